/**
 * Ingest throughput on one core: `--jsonl <file>` (lines of the ECB+ shape) or `--folder <dir>`
 * (article files, as `npm run digest` reads them). Emits `IngestFigures`; for a JSONL, with whether
 * every file's output is still the one whose hash is stored (`bench/ingest-output-hashes.json`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listInputFiles } from '../scripts/lib/read-input-folder.js';
import { emit } from './child-io.js';
import { type IngestInput, measureIngest } from './ingest-measure.js';
import { checkOutput } from './ingest-output.js';
import { readArticlesJsonl, sourceFileOf, textBytes } from './jsonl-articles.js';

const { values } = parseArgs({ options: { jsonl: { type: 'string' }, folder: { type: 'string' } } });

async function inputs(): Promise<IngestInput[]> {
  if (values.jsonl) {
    return (await readArticlesJsonl(values.jsonl)).map((line) => ({
      ...sourceFileOf(line),
      textBytes: textBytes(line),
    }));
  }
  const folder = values.folder ?? 'seeds';
  const keys = await listInputFiles(folder);
  return Promise.all(
    keys.map(async (key) => {
      const bytes = new Uint8Array(await readFile(join(folder, key)));
      // A plain-text file is all text: its bytes are what the engine reads.
      return { key, bytes, textBytes: bytes.length };
    }),
  );
}

const files = await inputs();
const figures = measureIngest(files, values.jsonl ? 3000 : 1500);
// After the timed passes, untimed: the stored hashes are of the JSONL's files (ECB+).
emit(values.jsonl ? { ...figures, sameOutput: await checkOutput(files) } : figures);
