/** Files larger than this are rejected unread unless configured otherwise: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
