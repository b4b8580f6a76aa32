import type { SourceFile } from '../model.js';
import { type DocumentReaders, type ReaderName, ReaderNotLoadedError } from '../parse/document-readers.js';
import { loadReader } from '../parse/load-reader.js';
import { type IngestResult, toRejection } from './ingest-result.js';
import { type ExtractOptions, readArticle } from './read-article.js';

/** The large readers a process has loaded so far, each at the first file that needed it. */
export class LazyReaders {
  private readers: DocumentReaders = {};

  /** The readers loaded so far. */
  get loaded(): DocumentReaders {
    return this.readers;
  }

  /** Loads a reader (once: a second call finds it loaded). */
  async load(name: ReaderName): Promise<void> {
    if (this.readers[name] === undefined) this.readers = { ...this.readers, [name]: await loadReader(name) };
  }
}

/**
 * Reads one file into an article as `ingestFile` does, loading a large reader the first time a
 * file needs it: the file is parsed again once it is loaded, so a text or JSON file never loads
 * the HTML or Markdown reader, and an HTML file loads only the HTML one. Parsing is pure, so the
 * second attempt sees what the first saw; a file needs at most two readers (JSON holding HTML
 * needs one), so this ends.
 *
 * @throws Error when a reader cannot be loaded (a module missing from the deployment): not the
 * file's fault, so it is not rejected for it.
 */
export async function ingestFileLazily(
  file: SourceFile,
  options: ExtractOptions,
  readers: LazyReaders,
): Promise<IngestResult> {
  for (;;) {
    try {
      return { ok: true, article: readArticle(file, options, readers.loaded) };
    } catch (error) {
      if (!(error instanceof ReaderNotLoadedError))
        return { ok: false, rejection: toRejection(file.key, error) };
      await readers.load(error.reader);
    }
  }
}
