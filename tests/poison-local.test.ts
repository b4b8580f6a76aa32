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
  const sentence = 'The council approved the new harbour budget on Monday after a long debate.';
  writeFileSync(join(folder, 'giant-word.txt'), `${'W'.repeat(4 * 1024 * 1024)}\n\n${sentence}\n`);
  writeFileSync(join(folder, 'emphasis-bomb.md'), `# Markup\n\n${'*_'.repeat(50_000)}\n`);
  writeFileSync(
    join(folder, 'unclosed-divs.html'),
    `<html><body>${'<div>'.repeat(100_000)}<p>${sentence}</p>`,
  );
  return folder;
}

describe('poison files among the seeds on the local emulators', () => {
  it('rejects or reads each poison file alone, and every seed story reaches every recipient', async () => {
    // Act
    const trip = await roundTrip([seedsWithPoison()], { concurrency: 8 });

    // Assess
    expect(problemsOf(trip)).toEqual([]);
    expect(trip.disposition.lost).toEqual([]);
    expect(trip.disposition.processed.filter((k) => /\/\d{3}_/u.test(k))).toHaveLength(5);
    const rejected = trip.snapshot?.digest.rejected ?? [];
    for (const { reason } of rejected) expect(reason).toMatch(/^[a-z].{20,}/u);
    const handled = [...trip.disposition.processed, ...trip.disposition.rejected];
    for (const poison of ['giant-word.txt', 'emphasis-bomb.md', 'unclosed-divs.html'])
      expect(handled).toContain(`inbox/${poison}`);
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
