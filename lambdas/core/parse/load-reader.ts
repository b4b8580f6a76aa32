import type { DocumentReader, ReaderName } from './document-readers.js';

/**
 * Loads a large reader when a file first needs it. Each is a dynamic import, which the bundler
 * makes a chunk of its own: a thread that reads only text and JSON never loads the DOM,
 * Readability or markdown-it.
 */
export async function loadReader(name: ReaderName): Promise<DocumentReader> {
  switch (name) {
    case 'html':
      return (await import('./parse-html.js')).parseHtml;
    case 'markdown':
      return (await import('./parse-markdown.js')).parseMarkdown;
  }
}
