import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import mjml2html from 'mjml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS } from '../bench/bundle-options.js';
import { NEWSLETTER_ALIASES } from '../infra/newsletter-bundle.js';
import { PROJECT_ROOT } from '../infra/project-paths.js';
import type { Digest } from '../lambdas/core/index.js';
import { fillLayout, MJML_OPTIONS } from '../lambdas/core/render/compile-mjml.js';
import { newsletterView } from '../lambdas/core/render/newsletter-view.js';
import { fixturePath } from './helpers.js';
import { digestFixture, LINKS, TEMPLATES } from './helpers-render.js';

const run = promisify(execFile);

// The newsletter's module set as its function bundles it (the lean MJML components, the stubs and
// the shared parsers of infra/newsletter-bundle.ts), run in a Node process of its own, as Lambda
// loads it: a module set shared with the full `mjml` package here could borrow its components.
let dir = '';
let metafile: Metafile;

/** What the bundle's `renderNewsletter` or `compileMjml` gives for `call`, run in a fresh Node. */
async function inBundle(call: string, digest?: Digest): Promise<{ html?: string; error?: string }> {
  const digestFile = join(dir, 'digest.json');
  writeFileSync(digestFile, JSON.stringify(digest ?? null));
  const script = `import { readFileSync } from 'node:fs';
const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'lean-render-entry.mjs')).href)});
const digest = JSON.parse(readFileSync(${JSON.stringify(digestFile)}, 'utf8'));
const [templates, links] = ${JSON.stringify([TEMPLATES, LINKS])};
try { console.log(JSON.stringify({ html: await ${call} })); }
catch (error) { console.log(JSON.stringify({ error: error.message })); }`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout);
}

/** The full `mjml` package's HTML for what the newsletter of `digest` fills its layout with. */
async function fullMjml(digest: Digest): Promise<string> {
  const data = { ...newsletterView(digest, LINKS.archiveUrl), ...LINKS };
  const { html } = await mjml2html(fillLayout(TEMPLATES.layout, data, TEMPLATES.partials), MJML_OPTIONS);
  return html;
}

/** The package folders the bundle holds files of, nested copies apart (`node_modules/a/node_modules/b`). */
const packageDirs = (meta: Metafile): string[] => [
  ...new Set(
    Object.keys(meta.inputs).flatMap((path) => {
      const dir = /^(?:.*\/)?(node_modules\/(?:.*\/node_modules\/)?(?:@[^/]+\/)?[^/]+)\//u.exec(path)?.[1];
      return dir === undefined ? [] : [dir];
    }),
  ),
];

/** A package folder's package name. */
const nameOf = (dir: string): string => dir.replace(/^.*node_modules\//u, '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-digest-lean-mjml-'));
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [fixturePath('bundles', 'lean-render-entry.ts')],
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: PROJECT_ROOT,
    alias: { ...BUNDLE_OPTIONS.alias, ...NEWSLETTER_ALIASES },
    metafile: true,
  });
  metafile = result.metafile;
}, 60_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the newsletter bundle’s MJML', () => {
  it.each([
    ['25 stories', 'twenty-five-stories'],
    ['hostile text', 'hostile'],
  ])('renders a digest of %s byte for byte as the full mjml package does', async (_, name) => {
    // Prepare
    const digest = digestFixture(name);

    // Act
    const lean = await inBundle('m.renderNewsletter(digest, templates, links).then((r) => r.html)', digest);

    // Assess
    expect(lean.error).toBeUndefined();
    expect(lean.html).toBe(await fullMjml(digest));
  });

  it('refuses, by name, a component the templates do not use', async () => {
    // Act
    const result = await inBundle(
      `m.compileMjml('<mjml><mj-body><mj-section><mj-column><mj-button>Go</mj-button></mj-column></mj-section></mj-body></mjml>', {}, {})`,
    );

    // Assess
    expect(result.error).toMatch(/mj-button doesn't exist or is not registered/u);
  });

  it('holds one copy of each parser and none of the modules MJML loads but never calls', () => {
    // Act
    const dirs = packageDirs(metafile);
    const packages = dirs.map(nameOf);
    const files = Object.keys(metafile.inputs);

    // Assess
    for (const absent of [
      'cheerio',
      'undici',
      'juice',
      'iconv-lite',
      'parse5',
      'js-beautify',
      'cosmiconfig',
    ]) {
      expect(packages).not.toContain(absent);
    }
    expect(dirs.filter((d) => nameOf(d) === 'htmlparser2')).toEqual(['node_modules/htmlparser2']);
    expect(dirs.filter((d) => nameOf(d) === 'entities')).toHaveLength(1);
    expect(files.some((f) => f.endsWith('lodash/lodash.min.js'))).toBe(false);
    expect(packages.filter((p) => p.startsWith('mjml')).sort()).toEqual([
      'mjml-body',
      'mjml-column',
      'mjml-core',
      'mjml-divider',
      'mjml-head',
      'mjml-head-attributes',
      'mjml-head-preview',
      'mjml-head-style',
      'mjml-head-title',
      'mjml-parser-xml',
      'mjml-preset-core',
      'mjml-raw',
      'mjml-section',
      'mjml-text',
      'mjml-validator',
    ]);
  });
});
