import * as z from 'zod/mini';
import { readDateLine } from '../clean/metadata.js';
import { ArticleRejectedError } from '../errors.js';
import type { ParsedDocument } from '../model.js';
import { normalizeSpace } from '../text/normalize.js';
import { type DocumentReaders, readerOf } from './document-readers.js';
import { boundSource, textToBlocks } from './text-blocks.js';

const nullableString = z.optional(z.nullable(z.string()));

/** The accepted JSON article; `body` and `date` are accepted as other names of `text` and `publishedAt`. */
const JsonArticle = z.looseObject({
  title: nullableString,
  text: nullableString,
  body: nullableString,
  outlet: nullableString,
  source: nullableString,
  url: nullableString,
  publishedAt: nullableString,
  date: nullableString,
});

const LOOKS_LIKE_HTML = /<(p|div|br|h[1-6]|article|section)[\s>/]/iu;

/**
 * Parses a `.json` article `{ title, text (or body), outlet?, url?, publishedAt? }`; a text that
 * is HTML is read by the HTML reader of `readers`.
 * @throws ReaderNotLoadedError when the text is HTML and `readers` has no HTML reader.
 */
export function parseJson(text: string, readers: DocumentReaders): ParsedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    // The parser's own message quotes the file; the reason says only where it broke.
    const where = /line \d+ column \d+|position \d+/u.exec((cause as Error).message)?.[0];
    throw new ArticleRejectedError('invalid-json', `the JSON is malformed${where ? ` (at ${where})` : ''}`, {
      cause,
    });
  }
  const result = JsonArticle.safeParse(data);
  if (!result.success) {
    const fields = result.error.issues.map((i) => i.path.join('.') || '(top level)').join(', ');
    throw new ArticleRejectedError(
      'invalid-json',
      `the JSON is not an article object { title, text, outlet?, url?, publishedAt? }: wrong type at ${fields}`,
    );
  }
  const article = result.data;
  const body = article.text ?? article.body ?? '';
  if (normalizeSpace(body) === '') {
    throw new ArticleRejectedError(
      'no-text',
      'the JSON article has no "text" (or "body") field with article text',
    );
  }
  const fromHtml = LOOKS_LIKE_HTML.test(body) ? readerOf(readers, 'html')(body) : null;
  const blocks = fromHtml ? fromHtml.blocks : textToBlocks(boundSource(body));
  const given = normalizeSpace(article.title ?? '');
  // Scraped feeds sometimes put the dateline in the title field; the text then holds the headline.
  const title = given === '' || readDateLine(given) ? null : given;
  return {
    // Without a title, the first line that is not a date stands in; it stays in the body too.
    title: title ?? fromHtml?.title ?? blocks.find((b) => !readDateLine(b.text))?.text ?? null,
    blocks,
    preamble: [],
    outlet: normalizeSpace(article.outlet ?? article.source ?? '') || null,
    url: normalizeSpace(article.url ?? '') || null,
    publishedAt: article.publishedAt ?? article.date ?? null,
  };
}
