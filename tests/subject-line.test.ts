import { describe, expect, it } from 'vitest';
import { type Digest, renderNewsletter, singleLine, subjectLine } from '../lambdas/core/index.js';
import { truncate } from '../lambdas/core/render/subject-line.js';
import { clipText } from '../lambdas/core/text/clip-text.js';
import { digestFixture, LINKS, TEMPLATES } from './helpers-render.js';

const FAMILY = '👨‍👩‍👧‍👦';
const FLAG = '🇫🇷';
const BIDI_AND_ZERO_WIDTH = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

/** The characters of a text as a reader sees them. */
const graphemes = (text: string): string[] =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** A digest of one story with the given headline. */
function digestWith(headline: string): Digest {
  const digest = digestFixture('hostile');
  const [story] = digest.stories;
  if (!story) throw new Error('fixture has no story');
  return { ...digest, stories: [{ ...story, headline }] };
}

describe('truncate', () => {
  it('never cuts inside an emoji: a surrogate pair, a flag or a ZWJ family', () => {
    // Prepare
    const texts = [`${'x'.repeat(8)}${'😀'.repeat(10)}`, FLAG.repeat(20), FAMILY.repeat(10)];

    for (const text of texts) {
      // From room for one whole character and the ellipsis.
      for (let max = FAMILY.length + 1; max < text.length; max++) {
        // Act
        const cut = truncate(text, max);

        // Assess
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(/\p{Surrogate}/u);
        const shown = graphemes(cut.slice(0, -1));
        expect(shown.every((g) => graphemes(text).includes(g))).toBe(true);
      }
    }
  });

  it('is the shared clipText', () => {
    // Assess
    expect(truncate).toBe(clipText);
  });
});

describe('subjectLine', () => {
  it('cuts a long headline of emoji at a whole character, with no U+FFFD', () => {
    // Prepare
    for (const unit of [FLAG, FAMILY, '😀']) {
      for (let pad = 0; pad < 12; pad++) {
        const digest = digestWith(`${'a'.repeat(pad)}${unit.repeat(80)}`);

        // Act
        const subject = subjectLine(digest);

        // Assess
        expect(subject.length).toBeLessThanOrEqual(140);
        expect(subject.endsWith('…')).toBe(true);
        expect(subject).not.toMatch(/[\p{Surrogate}\ufffd]/u);
        const body = subject.slice('News Digest, 17 May: '.length + pad, -1);
        expect(graphemes(body).every((g) => g === unit)).toBe(true);
      }
    }
  });
});

describe('singleLine', () => {
  it('removes bidi overrides, isolates and marks and zero-width characters', () => {
    // Prepare
    const text =
      '\u202eevil\u202c \u2066txt\u2069 pass\u200bword\u2060 \ufeffnote\u200e\u200f \u200dlone\u200d';

    // Act
    const line = singleLine(text);

    // Assess
    expect(line).toBe('evil txt password note lone');
  });

  it('keeps the joiners of an emoji ZWJ sequence, a virama joiner and the Persian non-joiner', () => {
    // Prepare
    const text = `${FAMILY} 🏳️‍🌈 क्‍ष می‌خواهم`;

    // Act
    const line = singleLine(text);

    // Assess
    expect(line).toBe(text);
  });
});

describe('renderNewsletter', () => {
  it('shows no bidi or zero-width characters in the subject, preheader, headlines or outlets', async () => {
    // Prepare
    const digest = digestFixture('hostile');
    const [story] = digest.stories;
    if (!story) throw new Error('fixture has no story');
    const hostile: Digest = {
      ...digest,
      stories: [
        {
          ...story,
          headline: 'Bank \u202efdp.exe\u202c warns\u200b of \u2067fraud\u2069',
          articles: story.articles.map((a) => ({ ...a, outlet: 'Daily\u200b \u202eNews\u202c' })),
          keyPoints: story.keyPoints.map((p) => ({ ...p, text: `\ufeff${p.text}\u2066` })),
        },
      ],
    };

    // Act
    const { subject, html, text } = await renderNewsletter(hostile, TEMPLATES, LINKS);

    // Assess
    expect(subject).toBe('News Digest, 17 May: Bank fdp.exe warns of fraud');
    expect(subject).not.toMatch(BIDI_AND_ZERO_WIDTH);
    expect(html).not.toMatch(BIDI_AND_ZERO_WIDTH);
    expect(text).not.toMatch(BIDI_AND_ZERO_WIDTH);
    expect(html).toContain('Daily News');
    expect(text).toContain('Daily News');
  });
});
