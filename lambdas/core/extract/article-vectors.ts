import type { TermWeights } from '../text/sparse-vector.js';
import { DenseVector, type TermVector, termVector } from './term-vector.js';

/** The term vectors of one article's sentences, and how similar two of them are. */
export interface ArticleVectors {
  /** The vector of sentence `i`. */
  sentence(i: number): TermVector;
  /** Cosine of a sentence's vector with the vector of the whole article (all its sentences' terms). */
  centrality(v: TermVector): number;
  /** Cosine of two sentences' vectors. */
  cosine(a: TermVector, b: TermVector): number;
}

/**
 * Term vectors of an article whose sentences have the given stems, weighted by `weights` (a pure
 * function of the stem: each distinct stem is weighed once). Stems become small integer ids in the
 * order they first appear in the article, which is also the order of the article's own vector, so
 * that every sum runs in the order the stem-keyed vectors and their cosine sum in, to the last bit.
 */
export function articleVectors(
  stemsOf: readonly (readonly string[])[],
  weights: TermWeights,
): ArticleVectors {
  const idOf = new Map<string, number>();
  const idf: number[] = [];
  const idsOf = stemsOf.map((stems) =>
    stems.map((stem) => {
      let id = idOf.get(stem);
      if (id === undefined) {
        id = idf.length;
        idOf.set(stem, id);
        idf.push(weights.idf(stem));
      }
      return id;
    }),
  );
  const counts = new Int32Array(idf.length);
  // The article's vector spread by id, for lookups: every term of the article is there unless weightless.
  const doc = new DenseVector(idf.length);
  doc.spread(termVector(idsOf, idf, counts));
  const scratch = new DenseVector(idf.length);
  return {
    sentence: (i) => termVector([idsOf[i] ?? []], idf, counts),
    // A sentence has at most the article's terms, so the sum runs over the sentence, as cosine's would.
    centrality: (v) => doc.dot(v),
    cosine(a, b) {
      // Over the smaller vector (the first on a tie), looking up the other, as cosine does.
      const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
      scratch.spread(large);
      return scratch.dot(small);
    },
  };
}
