/** An article as listed under a story in `digest.json`. */
export interface DigestArticle {
  readonly key: string;
  readonly outlet: string | null;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly url: string | null;
  /** The language of the article, ISO 639-1 (`en`, `zh`, `ar`); digests built before it was recorded lack it. */
  readonly language?: string;
  /** Other files of the edition with exactly the same text, listed here instead of twice. */
  readonly copies?: readonly string[];
  /** The key of the article this one restates (a paraphrased rewrite, republished wire copy). */
  readonly rewriteOf?: string;
}

/** One fact of a story, stated once, with every outlet and article that reported it. */
export interface DigestKeyPoint {
  /** The sentence, verbatim from the article `sourceKey`. */
  readonly text: string;
  /** The article the sentence is quoted from; its source is named first. */
  readonly sourceKey: string;
  /** The named sources (outlet, else web host) of the articles that carry this fact, the source's first. */
  readonly outlets: readonly string[];
  /** Every article whose sentences carry this fact, `sourceKey` first. */
  readonly articleKeys: readonly string[];
  /** Independent voices behind it: a rewrite counts with its original as one, an unnamed article as its own. */
  readonly voices: number;
}

/** One real-world event and the articles that reported it. */
export interface DigestStory {
  readonly id: string;
  readonly headline: string;
  readonly articles: readonly DigestArticle[];
  readonly keyPoints: readonly DigestKeyPoint[];
}

/** The day's digest: the shape of `digest.json` and the input of the newsletter. */
export interface Digest {
  /** The edition's date, `YYYY-MM-DD`. */
  readonly edition: string;
  readonly stories: readonly DigestStory[];
  readonly rejected: readonly { readonly key: string; readonly reason: string }[];
}
