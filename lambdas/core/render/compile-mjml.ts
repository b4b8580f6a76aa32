import mjml2html from 'mjml';
import Mustache from 'mustache';

/** Raised when the templates do not compile to valid MJML; keeps the validator's findings as its cause. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * Fills an MJML layout with `data` (Mustache, partials by name) and compiles it to HTML at strict
 * validation. Mustache escapes every value it inserts and never evaluates the values themselves,
 * so markup, MJML tags or template syntax in an article reach the page as text.
 *
 * @throws TemplateError when the filled layout is not valid MJML.
 */
export async function compileMjml(
  layout: string,
  data: object,
  partials: Readonly<Record<string, string>>,
): Promise<string> {
  const mjml = Mustache.render(layout, data, partials);
  try {
    // Whitespace is collapsed (the HTML must stay under Gmail's clipping size); CSS is left as
    // written, its minifier being an optional dependency the Lambda bundle does without.
    const { html } = await mjml2html(mjml, {
      validationLevel: 'strict',
      keepComments: false,
      minify: true,
      minifyOptions: { minifyCss: false },
    } as Parameters<typeof mjml2html>[1]);
    return html;
  } catch (cause) {
    throw new TemplateError(`the newsletter templates do not compile: ${(cause as Error).message}`, {
      cause,
    });
  }
}
