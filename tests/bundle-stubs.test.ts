// @ts-expect-error lodash ships no types; the real lodash/fp is the reference here.
import fp from 'lodash/fp';
import { describe, expect, it } from 'vitest';
import { load } from '../lambdas/stubs/cheerio.js';
import { cosmiconfigSync } from '../lambdas/stubs/cosmiconfig.js';
import cssnanoPresetLite from '../lambdas/stubs/cssnano-preset-lite.js';
import { getFeed } from '../lambdas/stubs/domutils.js';
import { html } from '../lambdas/stubs/js-beautify.js';
import juice from '../lambdas/stubs/juice.js';
import { LeftOutError } from '../lambdas/stubs/left-out.js';
import * as lodashFp from '../lambdas/stubs/lodash-fp.js';
import { fetch, request } from '../lambdas/stubs/undici.js';

describe('the stubs of modules left out of the newsletter bundle', () => {
  it.each([
    ['cheerio', load],
    ['cosmiconfig', cosmiconfigSync],
    ['cssnano-preset-lite', cssnanoPresetLite],
    ['domutils', getFeed],
    ['js-beautify', html],
    ['juice', juice],
    ['undici', fetch],
    ['undici', request],
  ])('%s: a call fails, naming the module and why it was left out', (name, stub) => {
    // Act
    const call = () => stub('<p>anything</p>');

    // Assess
    expect(call).toThrow(LeftOutError);
    expect(call).toThrow(new RegExp(`^${name} is left out of this bundle \\(.+\\)`, 'u'));
  });

  it('give juice the `codeBlocks` table mjml-core reads beside its default export', () => {
    // Assess
    expect(juice.codeBlocks).toEqual({});
  });
});

describe('the lodash/fp stand-in', () => {
  it('answers the calls the MJML packages make as lodash/fp does', () => {
    // Prepare: mjml-section's background string and mjml-parser-xml's ending tags and preprocessors.
    const background = (f: typeof fp) => f.flow(f.filter(f.identity), f.join(' '));
    const components = { a: { endingTag: true, tag: 'mj-text' }, b: { tag: 'mj-body' }, c: { endingTag: 1 } };
    const endingTags = (f: typeof fp) =>
      f.flow(
        f.filter((c: { endingTag?: unknown }) => c.endingTag),
        f.map((c: { tag?: string }) => c.tag ?? null),
      );
    const preprocess = (f: typeof fp) => f.flow([(x: string) => `${x}!`, (x: string) => x.toUpperCase()]);

    // Act
    const ours = [
      background(lodashFp)(['#fff', undefined, '', "url('a.png')", null, 'no-repeat']),
      endingTags(lodashFp)(components),
      preprocess(lodashFp)('mjml'),
      lodashFp.flow([])('unchanged'),
    ];
    const theirs = [
      background(fp)(['#fff', undefined, '', "url('a.png')", null, 'no-repeat']),
      endingTags(fp)(components),
      preprocess(fp)('mjml'),
      fp.flow([])('unchanged'),
    ];

    // Assess
    expect(ours).toEqual(theirs);
    expect(ours[0]).toBe("#fff url('a.png') no-repeat");
  });
});
