/**
 * What the newsletter function's bundle leaves out or shares, as esbuild aliases (resolved from the
 * project root, where NodejsFunction runs esbuild). MJML loads far more than the templates need:
 * cheerio (with undici, iconv-lite and parse5 behind it), juice (with another cheerio and undici),
 * a beautifier, a CSS minifier preset, htmlnano's configuration search and htmlparser2's DOM
 * helpers. Each is replaced by a stub in `lambdas/stubs/` that throws a clear error if it is ever
 * called; the compile options in `lambdas/core/render/compile-mjml.ts` keep every feature that
 * would call one turned off, and a test renders through this module set and compares with the full
 * `mjml` package (tests/newsletter-lean-mjml.test.ts).
 */
export const NEWSLETTER_ALIASES: Readonly<Record<string, string>> = {
  cheerio: './lambdas/stubs/cheerio.ts',
  juice: './lambdas/stubs/juice.ts',
  'js-beautify': './lambdas/stubs/js-beautify.ts',
  'cssnano-preset-lite': './lambdas/stubs/cssnano-preset-lite.ts',
  cosmiconfig: './lambdas/stubs/cosmiconfig.ts',
  undici: './lambdas/stubs/undici.ts',
  domutils: './lambdas/stubs/domutils.ts',
  // The few functions of lodash/fp the MJML packages call, from the one lodash: see the module.
  'lodash/fp': './lambdas/stubs/lodash-fp.ts',
  // htmlnano's CommonJS build falls back to a pattern import of its ES modules, so bundling it
  // carries both builds of its 25 minifier modules: its ES build (its `import` entry) alone.
  htmlnano: './node_modules/htmlnano/dist/index.mjs',
  // mjml-parser-xml and htmlnano's parser each bring their own htmlparser2 (9 and 7), with their
  // own entity tables: an alias resolved from the project root gives both the project's copy.
  htmlparser2: 'htmlparser2',
};
