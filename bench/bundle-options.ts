import type { BuildOptions } from 'esbuild';

// The bundle is ESM, but mjml and other CommonJS dependencies call `require`, which ESM lacks.
const CREATE_REQUIRE_BANNER =
  "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);";

/**
 * The options NodejsFunction gives esbuild for the real functions (see infra/digest-function.ts),
 * for what the benchmark bundles itself: the bare handler, and the scripts it runs as a function would.
 */
export const BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  external: ['@aws-sdk/*'],
  mainFields: ['module', 'main'],
  // sbd's tiny browser stand-in for sanitize-html, as the functions' bundles alias it.
  alias: { 'sanitize-html': 'sbd/lib/sanitize-html-browser.js' },
  banner: { js: CREATE_REQUIRE_BANNER },
  logLevel: 'silent',
};

/**
 * How a worker thread's script is bundled beside its caller (`bundleBeside` in
 * infra/digest-function.ts): its dynamic imports as chunks in `<name>-chunks/`, loaded on demand.
 * Used with `outdir` and an entry point named `extract-worker`.
 */
export const WORKER_SPLITTING: BuildOptions = {
  splitting: true,
  chunkNames: 'extract-worker-chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
};
