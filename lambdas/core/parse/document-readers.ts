import type { ParsedDocument } from '../model.js';

/** A reader of one format: decoded text in, title, blocks and metadata out. */
export type DocumentReader = (text: string) => ParsedDocument;

/** The readers whose parsers are large: HTML (a DOM and Readability) and Markdown (markdown-it). */
export type ReaderName = 'html' | 'markdown';

/**
 * The large readers at hand. Text and JSON are read without them; a file that needs one absent
 * here cannot be parsed until it is loaded (`ReaderNotLoadedError`), so a process reading only
 * text never loads, compiles or holds them.
 */
export type DocumentReaders = Readonly<Partial<Record<ReaderName, DocumentReader>>>;

/** Raised when a file needs a reader not given; the caller loads it (`loadReader`) and parses again. */
export class ReaderNotLoadedError extends Error {
  override readonly name = 'ReaderNotLoadedError';

  constructor(readonly reader: ReaderName) {
    super(`the ${reader} reader is not loaded`);
  }
}

/**
 * The reader of that name among `readers`.
 * @throws ReaderNotLoadedError when it is not there.
 */
export function readerOf(readers: DocumentReaders, name: ReaderName): DocumentReader {
  const reader = readers[name];
  if (reader === undefined) throw new ReaderNotLoadedError(name);
  return reader;
}
