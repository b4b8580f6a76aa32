import { ArticleRejectedError } from '../errors.js';
import type { ParsedDocument } from '../model.js';
import { type DocumentReaders, readerOf } from './document-readers.js';
import { parseJson } from './parse-json.js';
import { parsePlainText } from './parse-plain-text.js';
import { boundSource } from './text-blocks.js';

/** The article formats the engine reads. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json';

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
};

/** The extensions the engine accepts, for messages and documentation. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION).map((e) => `.${e}`);

/**
 * The format of a file from its name, or from its first characters when it has no extension.
 * @throws ArticleRejectedError `unsupported-type` for any other extension.
 */
export function detectFormat(key: string, text: string): ArticleFormat {
  const name = key.split('/').at(-1) ?? key;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) {
    const head = text.trimStart().slice(0, 200).toLowerCase();
    if (head.startsWith('{')) return 'json';
    if (
      head.startsWith('<!doctype html') ||
      head.startsWith('<html') ||
      /^<(head|body|article)\b/u.test(head)
    )
      return 'html';
    return 'text';
  }
  const ext = name.slice(dot + 1).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (!format) {
    throw new ArticleRejectedError(
      'unsupported-type',
      `".${ext}" files are not read; articles must be ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  return format;
}

/**
 * Parses decoded text in the given format into title, blocks and structured metadata. Text and
 * Markdown are bounded first (`boundSource`; Markdown after its nesting); JSON must be read whole
 * to be valid, and HTML pages carry scripts and styles before their text, so those two bound their
 * own parsing. HTML and Markdown (and JSON whose text is HTML) are read by `readers`.
 *
 * @throws ReaderNotLoadedError when the file needs a reader `readers` lacks.
 */
export function parseDocument(format: ArticleFormat, text: string, readers: DocumentReaders): ParsedDocument {
  switch (format) {
    case 'json':
      return parseJson(text, readers);
    case 'html':
      return readerOf(readers, 'html')(text);
    case 'markdown':
      return readerOf(readers, 'markdown')(text);
    case 'text':
      return parsePlainText(boundSource(text));
  }
}
