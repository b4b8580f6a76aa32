/**
 * The news digest engine: pure TypeScript, no AWS. Handlers and the local CLI reach it only
 * through these exports.
 */

export { buildDigest, storyId } from './digest/build-digest.js';
export type { Digest, DigestArticle, DigestKeyPoint, DigestStory } from './digest/digest-model.js';
export { ArticleRejectedError, InvalidConfigError, type RejectionCode } from './errors.js';
export {
  checkSize,
  DEFAULT_MAX_BYTES,
  type ExtractOptions,
  extractArticle,
} from './extract/extract-article.js';
export { type IngestResult, ingestFile, toRejection } from './extract/ingest-file.js';
export { groupArticles } from './group/group-articles.js';
export { GROUPING, type GroupingConfig } from './group/grouping-config.js';
export { isSameKeyPoint } from './merge/same-key-point.js';
export { storyKeyPoints } from './merge/story-key-points.js';
export type { Article, Rejection, SourceFile } from './model.js';
export { SUPPORTED_EXTENSIONS } from './parse/parse-document.js';
export { renderHtml } from './render/render-html.js';
export { renderText } from './render/render-text.js';
export { type TermWeights, UNIFORM_WEIGHTS } from './text/sparse-vector.js';
