import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Article } from '../lambdas/core/index.js';

/** The articles a scale run groups, as a digest of their lines in the corpus file (one JSON article a line). */
export function inputDigest(articles: readonly Article[]): string {
  const hash = createHash('sha256');
  for (const article of articles) hash.update(`${JSON.stringify(article)}\n`);
  return hash.digest('hex');
}

/** What grouping returned, in order: a digest of one line per story, its articles' keys joined by spaces. */
export function groupsDigest(stories: readonly (readonly Pick<Article, 'key'>[])[]): string {
  const hash = createHash('sha256');
  for (const story of stories) hash.update(`${story.map((a) => a.key).join(' ')}\n`);
  return hash.digest('hex');
}

/** Reference groupings: the groups of each input as grouping made them before typed arrays. */
interface ReferenceFile {
  readonly groups: Readonly<Record<string, { readonly size: number; readonly groups: string }>>;
}

const REFERENCE: ReferenceFile = JSON.parse(
  readFileSync(new URL('scale-reference-groups.json', import.meta.url), 'utf8'),
) as ReferenceFile;

/**
 * Whether a run's groups are the reference's for the same input: true or false, or null when no
 * reference was made for that input (other data, or articles that ingest now reads otherwise).
 */
export function sameAsReference(input: string, groups: string): boolean | null {
  const reference = REFERENCE.groups[input];
  return reference ? reference.groups === groups : null;
}
