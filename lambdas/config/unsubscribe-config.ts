import * as z from 'zod/mini';
import { ENV } from './env-names.js';
import { type Environment, readBucketName, readSetting } from './read-settings.js';
import { readSubscriberKeySource, type SubscriberKeySource } from './subscriber-key-setting.js';

/** Settings of the unsubscribe function. */
export interface UnsubscribeConfig {
  readonly bucketName: string;
  /** The newsletter's name, shown on the page. */
  readonly listName: string;
  /** The list's stable id, part of every token. */
  readonly listId: string;
  readonly keySource: SubscriberKeySource;
}

/** The list name when none is set; the newsletter's own name. */
export const DEFAULT_LIST_NAME = 'News Digest';

/** A list name: printable, one line, short enough for a page title. */
export const listNameSchema = z.string().check(z.maxLength(80), z.regex(/^[^\p{Cc}\p{Cf}]+$/u));

/** The list id when none is set. */
export const DEFAULT_LIST_ID = 'news-digest';

/** A list id: a short slug, since it only tells lists under one key apart. */
export const listIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/u));

/** Reads the list's id (the same in every function, since tokens depend on it). */
export const readListId = (env: Environment): string =>
  readSetting(env, ENV.listId, z.optional(listIdSchema), 'a slug of lowercase letters, digits and -') ??
  DEFAULT_LIST_ID;

/** Reads the list's name, shown on the unsubscribe page. */
export const readListName = (env: Environment): string =>
  readSetting(env, ENV.listName, z.optional(listNameSchema), 'a one-line name of at most 80 characters') ??
  DEFAULT_LIST_NAME;

/** Reads and validates the unsubscribe function's settings. */
export function loadUnsubscribeConfig(env: Environment): UnsubscribeConfig {
  return {
    bucketName: readBucketName(env),
    listName: readListName(env),
    listId: readListId(env),
    keySource: readSubscriberKeySource(env),
  };
}

let cached: UnsubscribeConfig | undefined;

/** The unsubscribe function's settings, read from the environment once per container. */
export function unsubscribeConfig(): UnsubscribeConfig {
  cached ??= loadUnsubscribeConfig(process.env);
  return cached;
}
