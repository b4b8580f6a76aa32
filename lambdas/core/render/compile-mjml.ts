import mjmlCore, { type MJMLParsingOptions } from 'mjml-core';
import Mustache from 'mustache';
import { NEWSLETTER_PRESET } from './mjml-preset.js';

type Mjml2Html = typeof mjmlCore.default;

// mjml-core is CommonJS with its compiler as `exports.default`: Node's ESM loader hands over the
// whole `module.exports` as the default import, Vite's (the tests) the compiler itself.
const loaded: unknown = mjmlCore;
const mjml2html: Mjml2Html = typeof loaded === 'function' ? (loaded as Mjml2Html) : mjmlCore.default;

/** Raised when the templates do not compile to valid MJML; keeps the validator's findings as its cause. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * How the templates are compiled, the components aside. Whitespace is collapsed (the HTML must
 * stay under Gmail's clipping size); CSS is left as written, its minifier being an optional
 * dependency the Lambda bundle does without; the templates hold no SVG to minify, and htmlnano
 * looks for no configuration file, so a render touches neither the file system nor a missing
 * optional package.
 */
export const MJML_OPTIONS = {
  validationLevel: 'strict',
  keepComments: false,
  minify: true,
  minifyOptions: { minifyCss: false, minifySvg: false, skipConfigLoading: true },
} as const;

/**
 * An MJML layout filled with `data` (Mustache, partials by name). Mustache escapes every value it
 * inserts and never evaluates the values themselves, so markup, MJML tags or template syntax in
 * an article reach the page as text.
 */
export function fillLayout(layout: string, data: object, partials: Readonly<Record<string, string>>): string {
  return Mustache.render(layout, data, partials);
}

/**
 * Fills an MJML layout with `data` (`fillLayout`) and compiles it to HTML at strict validation,
 * with the components the templates use (`NEWSLETTER_PRESET`).
 *
 * @throws TemplateError when the filled layout is not valid MJML.
 */
export async function compileMjml(
  layout: string,
  data: object,
  partials: Readonly<Record<string, string>>,
): Promise<string> {
  const mjml = fillLayout(layout, data, partials);
  try {
    const options = { ...MJML_OPTIONS, presets: [NEWSLETTER_PRESET] };
    const { html } = await mjml2html(mjml, options as MJMLParsingOptions);
    return html;
  } catch (cause) {
    throw new TemplateError(`the newsletter templates do not compile: ${(cause as Error).message}`, {
      cause,
    });
  }
}
