/** Ports `npm run local` listens on, so `local:drop` and `local:send` can find it. */
export const LOCAL_PORTS = {
  s3: Number(process.env.LOCAL_S3_PORT ?? 4568),
  ses: Number(process.env.LOCAL_SES_PORT ?? 8005),
  unsubscribe: Number(process.env.LOCAL_UNSUBSCRIBE_PORT ?? 8007),
  web: Number(process.env.LOCAL_WEB_PORT ?? 8006),
} as const;

/** Endpoints of a running `npm run local`. */
export const LOCAL_ENDPOINTS = {
  s3: `http://127.0.0.1:${LOCAL_PORTS.s3}`,
  ses: `http://127.0.0.1:${LOCAL_PORTS.ses}`,
  unsubscribe: `http://127.0.0.1:${LOCAL_PORTS.unsubscribe}/`,
  /** The web copies, as the emails link them. */
  web: `http://127.0.0.1:${LOCAL_PORTS.web}`,
} as const;

/** Today's edition, as the local newsletter names it (editions are named in UTC unless configured). */
export const todayEdition = (): string => new Date().toISOString().slice(0, 10);
