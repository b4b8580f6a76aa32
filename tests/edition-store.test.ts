import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '../lambdas/adapters/s3-object-store.js';
import {
  ConcurrentUpdateError,
  CorruptStateError,
  type EditionState,
  editionKey,
  ingestObject,
  type ObjectStore,
  updateEdition,
} from '../lambdas/core/index.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { SEEDS_DIR } from './helpers.js';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const settings = { maxBytes: 5 * 1024 * 1024 };
let s3: FakeS3;
let store: S3ObjectStore;

/** A store whose reads of the edition state wait until `readers` of them are under way: writers then race for real. */
function racingStore(inner: ObjectStore, readers: number): ObjectStore {
  let waiting: (() => void)[] = [];
  return {
    ...inner,
    head: (k) => inner.head(k),
    copy: (a, b, o) => inner.copy(a, b, o),
    delete: (k, o) => inner.delete(k, o),
    put: (k, b, o) => inner.put(k, b, o),
    async get(key) {
      const object = await inner.get(key);
      if (key.startsWith('editions/') && readers > 0) {
        readers--;
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (readers === 0) {
            for (const release of waiting) release();
            waiting = [];
          }
        });
      }
      return object;
    },
  };
}

beforeEach(() => {
  s3 = fakeS3();
  store = new S3ObjectStore(new S3Client({ region: 'eu-west-1' }), 'bucket');
});
afterEach(() => s3.mock.restore());

describe('updateEdition', () => {
  it('lets two concurrent merges into one edition both survive', async () => {
    // Prepare: both ingestions read the (empty) edition before either writes.
    s3.put('inbox/000.txt', readFileSync(join(SEEDS_DIR, '000_91234ff0336afd09.txt')));
    s3.put('inbox/003.txt', readFileSync(join(SEEDS_DIR, '003_244b8d813f4475ac.txt')));
    const racing = racingStore(store, 2);

    // Act
    await Promise.all([
      ingestObject(racing, 'inbox/000.txt', '2024-05-16', settings, silent),
      ingestObject(racing, 'inbox/003.txt', '2024-05-16', settings, silent),
    ]);

    // Assess
    const state: EditionState = JSON.parse(s3.text(editionKey('2024-05-16')) ?? 'null');
    expect(state.articles.map((a) => a.key)).toEqual(['000.txt', '003.txt']);
    expect(state.stories.flatMap((s) => s.articles.map((a) => a.key)).sort()).toEqual(['000.txt', '003.txt']);
    const puts = s3.mock.commandCalls(PutObjectCommand, { Key: editionKey('2024-05-16') });
    expect(puts).toHaveLength(3);
  });

  it('gives up with ConcurrentUpdateError when every write loses its race', async () => {
    const alwaysLate: ObjectStore = {
      ...store,
      head: (k) => store.head(k),
      get: async () => ({
        body: new TextEncoder().encode(
          JSON.stringify({ edition: 'e', articles: [], rejected: [], stories: [] }),
        ),
        etag: '"old"',
      }),
      put: (k, b, o) => store.put(k, b, { ...o, ifMatch: '"never"' }),
      copy: (a, b, o) => store.copy(a, b, o),
      delete: (k) => store.delete(k),
    };
    s3.put(editionKey('e'), '{}');

    await expect(updateEdition(alwaysLate, 'e', (s) => ({ ...s, rejected: [] }))).rejects.toThrow(
      ConcurrentUpdateError,
    );
  });

  it('refuses to overwrite a state it cannot read', async () => {
    s3.put(editionKey('2024-05-16'), '{"not":"a state"');

    await expect(updateEdition(store, '2024-05-16', (s) => s)).rejects.toThrow(CorruptStateError);
    expect(s3.text(editionKey('2024-05-16'))).toBe('{"not":"a state"');
  });

  it('writes nothing when the change has nothing to add', async () => {
    const changed = await updateEdition(store, '2024-05-16', () => null);

    expect(changed).toBe(false);
    expect(s3.mock).toHaveReceivedCommandTimes(PutObjectCommand, 0);
  });
});
