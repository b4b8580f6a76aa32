/**
 * The news digest engine: pure TypeScript, no AWS. Handlers and the local CLI reach it only
 * through these exports.
 */

export { buildDigest, storyId } from './digest/build-digest.js';
export type { Digest, DigestArticle, DigestKeyPoint, DigestStory } from './digest/digest-model.js';
export { buildEdition } from './edition/build-edition.js';
export { checkTimeZone, editionDate } from './edition/edition-date.js';
export { type EditionSnapshot, readSnapshot, snapshotKey } from './edition/edition-snapshot.js';
export { type OpenEditionOptions, openEdition } from './edition/open-edition.js';
export {
  ArticleRejectedError,
  CorruptRecordError,
  CorruptStateError,
  EditionBusyError,
  InvalidConfigError,
  MessageTooLargeError,
  OutOfTimeError,
  PreconditionFailedError,
  RecipientRejectedError,
  type RejectionCode,
  SendingBlockedError,
  SendOutcomeUnknownError,
  ThrottledError,
} from './errors.js';
export {
  checkSize,
  DEFAULT_MAX_BYTES,
  type ExtractOptions,
  extractArticle,
} from './extract/extract-article.js';
export { type IngestResult, ingestFile, toRejection } from './extract/ingest-file.js';
export { groupArticles } from './group/group-articles.js';
export { GROUPING, type GroupingConfig } from './group/grouping-config.js';
export { type ArticleRecord, parseRecord, RECORDS, recordKey, toRecord } from './ingest/article-record.js';
export {
  INBOX,
  type IngestOutcome,
  type IngestPorts,
  type IngestSettings,
  ingestObject,
  ingestObjects,
} from './ingest/ingest-objects.js';
export { carriedShare, carries, isSameKeyPoint } from './merge/fact-alignment.js';
export { storyKeyPoints } from './merge/story-key-points.js';
export type { Article, Rejection, SourceFile } from './model.js';
export { SUPPORTED_EXTENSIONS } from './parse/parse-document.js';
export type {
  Extractor,
  ListedObject,
  Log,
  MailSender,
  MessageTag,
  ObjectStore,
  OutgoingMessage,
  PutOptions,
  StoredObject,
} from './ports.js';
export { attribution, storyOutlets } from './render/attribution.js';
export {
  MAX_HTML_BYTES,
  type NewsletterLinks,
  type NewsletterTemplates,
} from './render/newsletter-options.js';
export { safeUrl } from './render/newsletter-view.js';
export { MAX_POSTAL_ADDRESS, postalAddressProblem } from './render/postal-address.js';
export { type RenderedNewsletter, renderNewsletter, TemplateError } from './render/render-newsletter.js';
export { renderText } from './render/render-text.js';
export { singleLine, subjectLine } from './render/subject-line.js';
export { type MailEventSummary, summarizeMailEvent } from './send/mail-event.js';
export { messageTags } from './send/message-tags.js';
export {
  type SendReport,
  type SendSettings,
  type Sleep,
  sendEdition,
} from './send/send-edition.js';
export { ledgerKey, STALE_CLAIM_MS } from './send/sent-ledger.js';
export {
  currentSubscribers,
  type SubscriberSources,
  type Subscribers,
  SubscribersFileError,
} from './subscribers/current-subscribers.js';
export { OPT_OUTS, optOutKey, recordOptOut } from './subscribers/opt-outs.js';
export {
  addressProblem,
  type InvalidSubscriber,
  isEmail,
  parseSubscribers,
} from './subscribers/subscriber-file.js';
export { recipientId } from './subscribers/subscriber-id.js';
export { isUnsubscribeToken, unsubscribeLink, unsubscribeToken } from './subscribers/unsubscribe-token.js';
export type { TermWeights } from './text/sparse-vector.js';
export {
  ALLOWED_METHODS,
  answerUnsubscribe,
  refuseRequest,
  type UnsubscribeAnswer,
  type UnsubscribeDeps,
} from './unsubscribe/answer-unsubscribe.js';
export { MAX_FORM_BYTES } from './unsubscribe/unsubscribe-form.js';
export { publishWebCopy, type WebCopyReport } from './web/publish-web-copy.js';
export { renderWebCopy } from './web/render-web-copy.js';
export {
  WEB_CACHE_CONTROL,
  WEB_EDITIONS,
  WEB_INDEX_KEY,
  webPageKey,
  webPageUrl,
  webSummaryKey,
} from './web/web-copy-keys.js';
export { type EditionSummary, editionSummary, renderWebIndex } from './web/web-index.js';
