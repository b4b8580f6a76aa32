import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf, roundTrip } from '../scripts/local/round-trip.js';
import { fixturePath, SEEDS_DIR } from './helpers.js';

// One process, one set of local endpoints: the round trips run one after the other.
describe('the pipeline on local S3 and SES emulators, over real HTTP', () => {
  it('ingests the seeds and mails both stories to every recipient', async () => {
    // Act
    const trip = await roundTrip([SEEDS_DIR]);

    // Assess
    expect(problemsOf(trip)).toEqual([]);
    expect(trip.disposition.processed).toHaveLength(5);
    expect(trip.emails.map((e) => e.destination.to).sort()).toEqual([
      ['editor@example.com'],
      ['reader@example.com'],
    ]);
    for (const email of trip.emails) {
      expect(email.subject).toMatch(/^News Digest, \d{1,2} \w{3}: Vladimir Putin’s Visit to Beijing/u);
      expect(email.body.html).toContain('Putin arrives in China for state visit, summit with Xi');
      expect(email.body.html).toContain(
        'Vladimir Putin’s Visit to Beijing to Strengthen Russia-China Alliance',
      );
      expect(email.body.text).toContain('PUTIN ARRIVES IN CHINA FOR STATE VISIT, SUMMIT WITH XI');
      expect(email.body.text).toMatch(
        /Unsubscribe:\s+http:\/\/127\.0\.0\.1:\d+\/\?r=[0-9a-f]{32}&t=[\w-]{43}/u,
      );
      expect(email.body.text).not.toContain(encodeURIComponent(email.destination.to[0] ?? ''));
    }
  }, 60_000);

  it('takes a burst of 200 files uploaded at once: none lost, each recipient mailed once', async () => {
    // Prepare: 190 distinct articles (seeds with a line of their own) and 10 files that are not articles.
    const folder = mkdtempSync(join(tmpdir(), 'burst-'));
    const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 190; i++) {
      const name = seeds[i % seeds.length] ?? '';
      const text = readFileSync(join(SEEDS_DIR, name), 'utf8');
      const dir = join(folder, `desk ${i % 7}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${i}+${name}`),
        `${text}\nThis copy was filed by correspondent number ${i}.\n`,
      );
    }
    const bad = readdirSync(fixturePath('bad'));
    for (let i = 0; i < 10; i++)
      copyFileSync(
        fixturePath('bad', bad[i % bad.length] ?? ''),
        join(folder, `bad-${i}-${bad[i % bad.length]}`),
      );

    // Act
    const trip = await roundTrip([folder], { concurrency: 200 });

    // Assess
    expect(trip.uploaded).toHaveLength(200);
    expect(trip.disposition.lost).toEqual([]);
    expect(trip.deadLetters).toBe(0);
    expect(trip.disposition.processed.length + trip.disposition.rejected.length).toBe(200);
    expect(trip.disposition.rejected.length).toBeGreaterThanOrEqual(8);
    const recipients = trip.emails.flatMap((e) => e.destination.to).sort();
    expect(recipients).toEqual(['editor@example.com', 'reader@example.com']);
  }, 180_000);
});
