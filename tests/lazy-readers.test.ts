import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestFileLazily, LazyReaders } from '../lambdas/core/extract/lazy-readers.js';
import { ingestFile, type SourceFile } from '../lambdas/core/index.js';
import { loadReader } from '../lambdas/core/parse/load-reader.js';
import { readFixture, TEST_OPTIONS } from './helpers.js';

// The real loader, watched: which readers a file makes the thread load.
vi.mock('../lambdas/core/parse/load-reader.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../lambdas/core/parse/load-reader.js')>();
  return { loadReader: vi.fn(real.loadReader) };
});

const file = (key: string, name = key): SourceFile => ({ key, bytes: readFixture('articles', name) });

const jsonWithHtml: SourceFile = {
  key: 'quake.json',
  bytes: new TextEncoder().encode(
    JSON.stringify({
      title: 'Earthquake strikes western Nepal',
      text: '<html><body><p>A magnitude 5.6 earthquake struck the Jajarkot district of western Nepal late on Friday, killing at least 128 people, officials said.</p><p>Rescue teams reached the district on Saturday morning after roads were cleared by the army.</p></body></html>',
    }),
  ),
};

beforeEach(() => {
  vi.mocked(loadReader).mockClear();
});

describe('ingestFileLazily', () => {
  it.each([
    ['a text file', file('feed-excerpt.txt'), []],
    ['a JSON file of plain text', file('storm.json'), []],
    ['an HTML file', file('quake.html'), ['html']],
    ['a Markdown file', file('election.md'), ['markdown']],
    ['a JSON file whose text is HTML', jsonWithHtml, ['html']],
  ])(
    'reads %s into the article ingestFile makes, loading only the readers it needs',
    async (_, source, needed) => {
      // Prepare
      const readers = new LazyReaders();

      // Act
      const result = await ingestFileLazily(source, TEST_OPTIONS, readers);

      // Assess
      expect(result).toEqual(ingestFile(source, TEST_OPTIONS));
      expect(result.ok).toBe(true);
      expect(vi.mocked(loadReader).mock.calls.map(([name]) => name)).toEqual(needed);
      expect(Object.keys(readers.loaded)).toEqual(needed);
    },
  );

  it('loads a reader once for every file after it', async () => {
    // Prepare
    const readers = new LazyReaders();

    // Act
    await ingestFileLazily(file('quake.html'), TEST_OPTIONS, readers);
    await ingestFileLazily(file('again.html', 'quake.html'), TEST_OPTIONS, readers);
    await ingestFileLazily(jsonWithHtml, TEST_OPTIONS, readers);

    // Assess
    expect(vi.mocked(loadReader)).toHaveBeenCalledTimes(1);
  });

  it('rejects a file it cannot read without loading anything', async () => {
    // Act
    const result = await ingestFileLazily(
      { key: 'notes.docx', bytes: new TextEncoder().encode('x') },
      TEST_OPTIONS,
      new LazyReaders(),
    );

    // Assess
    expect(result.ok).toBe(false);
    expect(vi.mocked(loadReader)).not.toHaveBeenCalled();
  });

  it('fails, rather than rejecting the file, when a reader cannot be loaded', async () => {
    // Prepare
    vi.mocked(loadReader).mockRejectedValueOnce(new Error('Cannot find module parse-html-X.mjs'));

    // Act
    const reading = ingestFileLazily(file('quake.html'), TEST_OPTIONS, new LazyReaders());

    // Assess
    await expect(reading).rejects.toThrow('Cannot find module parse-html-X.mjs');
  });
});
