/**
 * Hashes what ingest makes of every line of a JSONL file (`--jsonl <file>`, default ECB+) and
 * either writes the hashes (`--write`, to `bench/ingest-output-hashes.json`) or compares them with
 * the stored ones, printing the keys that differ and exiting 1 if any does. Run `--write` only
 * when a change of output is intended; the bench's ingest section checks the same on every run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compareOutputs, outputHashes, STORED_HASHES_PATH } from './ingest-output.js';
import { readArticlesJsonl, sourceFileOf } from './jsonl-articles.js';

const { values } = parseArgs({
  options: {
    jsonl: { type: 'string', default: '../shared/data/ecbplus/articles.jsonl' },
    write: { type: 'boolean', default: false },
    hashes: { type: 'string', default: STORED_HASHES_PATH },
  },
});

const files = (await readArticlesJsonl(values.jsonl)).map(sourceFileOf);
const hashes = outputHashes(files);
if (values.write) {
  await writeFile(values.hashes, `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`wrote ${Object.keys(hashes).length} hashes to ${values.hashes}`);
} else {
  const result = compareOutputs(hashes, JSON.parse(await readFile(values.hashes, 'utf8')));
  console.log(JSON.stringify(result));
  if (!result.same) process.exitCode = 1;
}
