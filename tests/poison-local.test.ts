import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf, roundTrip } from '../scripts/local/round-trip.js';
import { SEEDS_DIR } from './helpers.js';

/** The seeds, and beside them files built to sink a batch: each must fail alone. */
function seedsWithPoison(): string {
  const folder = mkdtempSync(join(tmpdir(), 'poison-'));
  cpSync(SEEDS_DIR, folder, { recursive: true });
  // Nothing but the attack in each: a 4 MiB one-word title, an emphasis bomb, unclosed nesting.
  writeFileSync(join(folder, 'giant-word.txt'), `${'W'.repeat(4 * 1024 * 1024)}\n`);
  writeFileSync(join(folder, 'emphasis-bomb.md'), `# Markup\n\n${'*_'.repeat(50_000)}\n`);
  writeFileSync(join(folder, 'unclosed-divs.html'), `<html><body>${'<div>'.repeat(100_000)}`);
  return folder;
}

describe('poison files among the seeds on the local emulators', () => {
  it('rejects each poison file alone, with its reason, and every seed story reaches every recipient', async () => {
    // Act
    const trip = await roundTrip([seedsWithPoison()], { concurrency: 8 });

    // Assess
    expect(problemsOf(trip)).toEqual([]);
    expect(trip.disposition.lost).toEqual([]);
    expect(trip.disposition.processed.filter((k) => /\/\d{3}_/u.test(k))).toHaveLength(5);
    const poison = ['emphasis-bomb.md', 'giant-word.txt', 'unclosed-divs.html'];
    expect(trip.disposition.rejected.sort()).toEqual(poison.map((p) => `inbox/${p}`));
    expect(trip.snapshot?.digest.rejected).toEqual(
      poison.map((key) => ({ key, reason: expect.stringMatching(/^no article text was found/u) })),
    );
    expect(trip.emails.map((e) => e.destination.to[0]).sort()).toEqual([
      'editor@example.com',
      'reader@example.com',
    ]);
    for (const email of trip.emails) {
      expect(email.body.html).toContain('Putin arrives in China for state visit, summit with Xi');
      expect(email.body.html).toContain(
        'Vladimir Putin’s Visit to Beijing to Strengthen Russia-China Alliance',
      );
      expect((email.body.html ?? '').length).toBeLessThan(102_000);
    }
  }, 120_000);
});
