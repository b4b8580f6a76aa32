import { encode } from 'html-entities';
import type { Digest } from '../digest/digest-model.js';

const esc = (text: string): string => encode(text, { mode: 'specialChars' });

/** Renders a digest as a simple HTML page, every piece of article text escaped. */
export function renderHtml(digest: Digest): string {
  const stories = digest.stories
    .map((story) => {
      const points = story.keyPoints
        .map(
          (p) =>
            `<li>${esc(p.text)}${p.outlets.length ? ` <small>(${esc(p.outlets.join(', '))})</small>` : ''}</li>`,
        )
        .join('');
      return `<section><h2>${esc(story.headline)}</h2><ul>${points}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News digest ${esc(digest.edition)}</title></head><body><h1>News digest, ${esc(digest.edition)}</h1>\n${stories}\n</body></html>\n`;
}
