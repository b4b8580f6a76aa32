import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../lambdas/adapters/template-files.js';
import type { Digest, NewsletterLinks } from '../lambdas/core/index.js';
import { fixturePath } from './helpers.js';

/** The project's newsletter templates. */
export const TEMPLATES = loadTemplates(join(import.meta.dirname, '..', 'templates'));

/** Links as a deployment would give them. */
export const LINKS: NewsletterLinks = {
  unsubscribeUrl: 'https://digest.example.com/unsubscribe?token=abc',
  archiveUrl: 'https://digest.example.com/editions/2024-05-17.html',
  postalAddress: 'News Digest, 1 Example Street, Springfield, ST 00000, USA',
};

/** A digest fixture from `tests/fixtures/digests/`. */
export const digestFixture = (name: string): Digest =>
  JSON.parse(readFileSync(fixturePath('digests', `${name}.json`), 'utf8')) as Digest;

/** A digest of 75 stories (the 25-story fixture three times), more than one email shows. */
export function longDigest(): Digest {
  const base = digestFixture('twenty-five-stories');
  const stories = [...base.stories, ...base.stories, ...base.stories].map((s, i) => ({
    ...s,
    id: `${i}`,
    headline: `${i + 1}. ${s.headline}`,
  }));
  return { ...base, stories };
}
