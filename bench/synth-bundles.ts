import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type FunctionSettings, functionAssets, functionSettings } from './bundle-assets.js';
import { BUNDLE_OPTIONS } from './bundle-options.js';
import { PROJECT_ROOT } from './child-io.js';

const run = promisify(execFile);

/** A bundle to cold-start: its file, the environment its function gets, and its sizes. */
export interface Bundle {
  readonly name: string;
  readonly file: string;
  /** The function's settings in the template; the bare handler has none of its own. */
  readonly settings: FunctionSettings | null;
  readonly mjsBytes: number;
  readonly mjsGzipBytes: number;
  /**
   * A handler's whole asset folder: bundle, source map, (for the newsletter) templates and (for
   * ingest) the worker's modules; for another module of the folder, that file alone.
   */
  readonly folderBytes: number;
}

async function folderBytes(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map(async (f) => (await stat(f)).size))).reduce((a, b) => a + b, 0);
}

/** A module's sizes; `sizeOf` is the folder counted as its own, or a size already known. */
async function describe(
  name: string,
  file: string,
  settings: FunctionSettings | null,
  sizeOf: number | string,
): Promise<Bundle> {
  const mjs = await readFile(file);
  return {
    name,
    file,
    settings,
    mjsBytes: mjs.length,
    mjsGzipBytes: gzipSync(mjs).length,
    folderBytes: typeof sizeOf === 'number' ? sizeOf : await folderBytes(sizeOf),
  };
}

/**
 * A function's bundles: its handler (`index.mjs`, named after the function, its folder counted
 * whole), then every other module in its folder, such as a worker thread's script and the chunks
 * it loads on demand (named `<function> <path>`, each counted alone).
 */
async function functionBundles(name: string, folder: string, settings: FunctionSettings): Promise<Bundle[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const others = entries
    .filter((e) => e.isFile() && e.name.endsWith('.mjs'))
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .filter((path) => path !== 'index.mjs')
    .sort();
  return [
    await describe(name, join(folder, 'index.mjs'), settings, folder),
    ...(await Promise.all(
      others.map(async (path) => {
        const file = join(folder, path);
        return describe(`${name} ${path}`, file, settings, (await stat(file)).size);
      }),
    )),
  ];
}

/**
 * Synthesizes the stack into `outdir` (`npm run synth -- --output`), so the bundles are exactly
 * what a deploy uploads, and builds beside them a bare handler that imports only
 * `@aws-sdk/client-s3`, with the same esbuild options. The SDK is left out of every bundle, as
 * Lambda provides it; a `node_modules` link in `outdir` lends them the project's copy.
 */
export async function synthBundles(outdir: string): Promise<{ synthMs: number; bundles: Bundle[] }> {
  const start = performance.now();
  await run('npm', ['run', 'synth', '--', '--output', outdir], {
    cwd: PROJECT_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`npm run synth failed: ${error.stderr?.trim() || error.message}`, { cause: error });
  });
  const synthMs = performance.now() - start;
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(outdir, 'node_modules'));
  // The stack's name (STACK_NAME in infra/digest-app.ts), not imported: that would load the CDK here.
  const manifest = JSON.parse(await readFile(join(outdir, 'NewsDigest.assets.json'), 'utf8'));
  const template = JSON.parse(await readFile(join(outdir, 'NewsDigest.template.json'), 'utf8'));
  const assets = functionAssets(manifest);
  const bundles: Bundle[] = [];
  for (const [name, path] of Object.entries(assets)) {
    bundles.push(
      ...(await functionBundles(name.toLowerCase(), join(outdir, path), functionSettings(template, path))),
    );
  }
  const bare = join(outdir, 'bare');
  await mkdir(bare);
  await build({
    entryPoints: [fileURLToPath(new URL('bare-handler.ts', import.meta.url))],
    outfile: join(bare, 'index.mjs'),
    ...BUNDLE_OPTIONS,
    sourcemap: true,
    sourcesContent: false,
  });
  bundles.push(await describe('bare', join(bare, 'index.mjs'), null, bare));
  return { synthMs, bundles };
}
