import { readFileSync } from 'node:fs';
import { isSameKeyPoint } from '../lambdas/core/merge/same-key-point.js';
import { BACKGROUND_WEIGHTS } from '../lambdas/core/text/term-statistics.js';
import { extractTerms } from '../lambdas/core/text/terms.js';

const pairs = JSON.parse(readFileSync('tests/fixtures/key-points/pairs.json', 'utf8'));
const stat = (a: string, b: string) => {
  const wa = new Map(extractTerms(a).map((t) => [t.stem, BACKGROUND_WEIGHTS.idf(t.stem)]));
  const wb = new Map(extractTerms(b).map((t) => [t.stem, BACKGROUND_WEIGHTS.idf(t.stem)]));
  let sh = 0,
    ta = 0,
    tb = 0;
  for (const [k, w] of wa) {
    ta += w;
    if (wb.has(k)) sh += w;
  }
  for (const w of wb.values()) tb += w;
  return `shared ${sh.toFixed(1)} dice ${((2 * sh) / (ta + tb)).toFixed(2)} cont ${(sh / Math.min(ta, tb)).toFixed(2)}`;
};
for (const kind of ['same', 'different'])
  for (const [a, b] of pairs[kind]) console.log(kind, isSameKeyPoint(a, b), stat(a, b));
