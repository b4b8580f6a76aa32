import type { RankedSentence, Sentence } from '../model.js';
import { isStatement, wordCount } from '../text/sentence-shape.js';
import type { TermWeights } from '../text/sparse-vector.js';
import { extractTerms } from '../text/terms.js';
import { articleVectors } from './article-vectors.js';
import { selectByMmr } from './select-by-mmr.js';
import type { TermVector } from './term-vector.js';

/** How many ranked sentences one article keeps: a story chooses its key points among them. */
export const MAX_ARTICLE_KEY_POINTS = 12;

const MIN_WORDS = 6;

interface Candidate {
  readonly sentence: Sentence;
  readonly vector: TermVector;
  readonly relevance: number;
}

function lengthFactor(words: number): number {
  if (words < 10) return 0.6 + (0.4 * (words - MIN_WORDS)) / 4;
  if (words <= 45) return 1;
  return Math.max(0.5, 1 - (words - 45) / 60);
}

/** A sentence that can stand alone as a key point: long enough, starting like a sentence, not a question. */
function isCandidate(text: string, words: number, language: string): boolean {
  return words >= MIN_WORDS && isStatement(text, language);
}

/**
 * Ranks an article's sentences by how much of the article they carry: similarity to the
 * article as a whole (centrality), an early-position prior (news leads with its facts),
 * names and numbers (specific facts), then picks them greedily while penalising repetition (MMR).
 */
export function rankKeyPoints(
  sentences: readonly Sentence[],
  weights: TermWeights,
  limit: number = MAX_ARTICLE_KEY_POINTS,
  language = 'en',
): RankedSentence[] {
  const termsOf = sentences.map((s) => extractTerms(s.text, language));
  const vectors = articleVectors(
    termsOf.map((terms) => terms.map((t) => t.stem)),
    weights,
  );
  // A loop, not Math.max(...): spreading many thousands of arguments overflows the stack.
  const paragraphs = sentences.reduce((n, s) => Math.max(n, s.paragraph + 1), 1);
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    const terms = termsOf[i] ?? [];
    if (terms.length < 3) return;
    const words = wordCount(sentence.text, language);
    if (!isCandidate(sentence.text, words, language)) return;
    const vector = vectors.sentence(i);
    const centrality = vectors.centrality(vector);
    const position = 1 - sentence.paragraph / (paragraphs + 2) + (sentence.index === 0 ? 0.15 : 0);
    let named = 0;
    for (const t of terms) if (t.capitalized || t.numeric) named++;
    const specific = named / terms.length;
    const relevance = (0.55 * centrality + 0.3 * position + 0.15 * specific) * lengthFactor(words);
    candidates.push({ sentence, vector, relevance });
  });
  return selectByMmr(candidates, limit, (c, picked) => vectors.cosine(c.vector, picked.vector)).map(
    ({ candidate, score }) => ({ ...candidate.sentence, score }),
  );
}
