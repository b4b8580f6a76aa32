import { describe, expect, it } from 'vitest';
import { buildDigest, renderText } from '../lambdas/core/index.js';
import { digestFixture, LINKS } from './helpers-render.js';
import { seedArticles } from './seed-articles.js';

const seedDigest = buildDigest('2024-05-17', seedArticles(), []);

describe('renderText', () => {
  it('is written as text: headlines, attribution, key points as a list, wrapped at 72 columns', () => {
    // Act
    const text = renderText(seedDigest, LINKS);

    // Assess
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['NEWS DIGEST', 'Friday 17 May 2024', '2 stories from 5 sources']);
    expect(text).toContain('1. VLADIMIR PUTIN’S VISIT TO BEIJING TO STRENGTHEN RUSSIA-CHINA ALLIANCE');
    expect(text).toContain('   Reported by Time News and 2 unnamed sources;');
    for (const line of lines.filter((l) => !/^\s*https?:\/\/\S+$/u.test(l)))
      expect(line.length).toBeLessThanOrEqual(72);
    const points = lines.filter((l) => l.startsWith('   * '));
    expect(points).toHaveLength(seedDigest.stories.reduce((n, s) => n + s.keyPoints.length, 0));
    expect(text).not.toMatch(/<[a-z]/u);
  });

  it('spells out the unsubscribe and archive addresses', () => {
    const text = renderText(seedDigest, LINKS);

    expect(text).toContain(`Unsubscribe:\n${LINKS.unsubscribeUrl}\n`);
    expect(text).toContain(`View this edition in your browser:\n${LINKS.archiveUrl}\n`);
  });

  it('ends with the sender’s postal address, wrapped like the rest', () => {
    // Prepare
    const postalAddress = `News Digest, ${'Long Street Name '.repeat(5)}1, Springfield, ST 00000, USA`;

    // Act
    const text = renderText(seedDigest, { ...LINKS, postalAddress });

    // Assess
    const tail = text.slice(text.lastIndexOf(`${LINKS.unsubscribeUrl}\n`) + LINKS.unsubscribeUrl.length + 1);
    expect(tail.startsWith('\n')).toBe(true);
    expect(tail.trim().replace(/\n/gu, ' ')).toBe(postalAddress.replace(/\s+/gu, ' '));
    expect(tail.split('\n').every((line) => line.length <= 72)).toBe(true);
  });

  it('lists source links, only http(s) ones, and keeps article text on its lines', () => {
    const text = renderText(digestFixture('hostile'), LINKS);

    const links = text.slice(text.indexOf('Read it at:'), text.indexOf('--'));
    expect(links.split('\n').filter((l) => /^\s+\S+:\/\//u.test(l))).toEqual([
      '     https://example.org/a?b=1&c=%22%3E%3Cscript%3Ealert(2)%3C/script%3E',
    ]);
    expect(links).toContain('   - Evil & Co {{> footer}}:');
    expect(text).toContain('{{#stories}}loop{{/stories}}');
  });
});
