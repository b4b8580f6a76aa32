import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type EditionSummary, editionSummary, renderWebIndex } from '../lambdas/core/index.js';
import { parseSummary } from '../lambdas/core/web/web-index.js';
import { longDigest, TEMPLATES } from './helpers-render.js';

const doc = (html: string) => parseHTML(html).document;
const summary = (edition: string, stories: number, headlines: string[]): EditionSummary => ({
  edition,
  stories,
  headlines,
});

describe('the index of editions', () => {
  it('lists every edition newest first: its date linking its page, its story count and first headlines', async () => {
    // Prepare
    const summaries = [
      summary('2024-05-15', 1, ['Harbour fire contained']),
      summary('2024-05-17', 75, ['Quake hits coast', 'Bank holds rates', 'Storm nears']),
      summary('2024-05-16', 2, ['Putin in Beijing', 'Forum opens']),
    ];

    // Act
    const page = doc(await renderWebIndex(summaries, TEMPLATES));

    // Assess
    const links = [...page.querySelectorAll('h2 a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Friday 17 May 2024', 'editions/2024-05-17.html'],
      ['Thursday 16 May 2024', 'editions/2024-05-16.html'],
      ['Wednesday 15 May 2024', 'editions/2024-05-15.html'],
    ]);
    const newest = page.getElementById('2024-05-17');
    expect(newest?.textContent).toContain('75 stories');
    expect([...(newest?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(
      summaries[1]?.headlines,
    );
    expect(page.getElementById('2024-05-15')?.textContent).toContain('1 story');
    expect(page.body.textContent).toContain('3 editions, newest first');
  });

  it('says so when no edition is published yet', async () => {
    // Act
    const page = doc(await renderWebIndex([], TEMPLATES));

    // Assess
    expect(page.querySelectorAll('h2')).toHaveLength(0);
    expect(page.body.textContent).toContain('No edition has been published yet.');
  });

  it('summarises an edition by its story count and first three headlines', () => {
    // Act
    const result = editionSummary(longDigest());

    // Assess
    expect(result.stories).toBe(75);
    expect(result.headlines).toHaveLength(3);
    expect(result.headlines[0]).toMatch(/^1\. Story 1: /u);
  });

  it.each([
    ['not JSON', '{'],
    ['not a summary', JSON.stringify({ edition: '2024-05-17' })],
    ['a bad date', JSON.stringify(summary('17/05/2024', 1, ['x']))],
    ['too many headlines', JSON.stringify(summary('2024-05-17', 9, ['a', 'b', 'c', 'd']))],
  ])('reads back no summary from %s', (_case, text) => {
    // Assess
    expect(parseSummary(text)).toBeNull();
  });
});
