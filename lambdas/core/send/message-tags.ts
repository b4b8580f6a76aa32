import type { MessageTag } from '../ports.js';

/** What the mail service allows in a message tag's name and value (SES: letters, digits, `_`, `.`, `-`). */
const TAG_CHARACTERS = /[^A-Za-z0-9_.-]/gu;
/** SES's longest tag value. */
const MAX_TAG_VALUE = 256;

const tagValue = (value: string): string => value.replace(TAG_CHARACTERS, '_').slice(0, MAX_TAG_VALUE);

/**
 * The tags each message of an edition carries: the mail service copies them into every event it
 * reports about the message (sent, delivered, bounced, complained), which is how such an event is
 * matched to its edition and recipient. The recipient is named by its keyed id, never its address.
 */
export function messageTags(edition: string, recipient: string): readonly MessageTag[] {
  return [
    { name: 'edition', value: tagValue(edition) },
    { name: 'recipient', value: tagValue(recipient) },
  ];
}
