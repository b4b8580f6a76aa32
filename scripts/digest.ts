import { join } from 'node:path';
import { parseDigestArgs, UsageError } from './lib/digest-args.js';
import { InputFolderError, runDigest } from './lib/run-digest.js';

const USAGE = 'usage: npm run digest -- [inputDir] [--out outDir] [--edition YYYY-MM-DD] [--max-bytes N]';

try {
  const run = parseDigestArgs(process.argv.slice(2), USAGE);
  if (run === 'help') {
    console.log(USAGE);
  } else {
    const started = performance.now();
    const { digest, newsletter } = await runDigest(run);
    const articles = digest.stories.reduce((n, s) => n + s.articles.length, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `digest: ${articles} articles in ${digest.stories.length} stories, ${digest.rejected.length} rejected, in ${seconds} s`,
    );
    for (const r of digest.rejected) console.log(`  rejected ${r.key}: ${r.reason}`);
    for (const a of digest.stories.flatMap((s) => s.articles))
      for (const copy of a.copies ?? []) console.log(`  copy ${copy}: same text as ${a.key}`);
    console.log(`subject: ${newsletter.subject}`);
    console.log(`wrote ${join(run.outDir, 'digest.json')}, newsletter.html and newsletter.txt`);
  }
} catch (error) {
  // node:util parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
  const badOption = String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof UsageError || error instanceof InputFolderError || badOption)) throw error;
  console.error(`digest: ${(error as Error).message}`);
  process.exit(1);
}
