import type { DocumentReaders } from './document-readers.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';

/** Every large reader, loaded with this module: for callers that read any file at any time. */
export const ALL_READERS: DocumentReaders = { html: parseHtml, markdown: parseMarkdown };
