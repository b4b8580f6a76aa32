import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf, roundTrip } from '../scripts/local/round-trip.js';
import { SEEDS_DIR } from './helpers.js';

const SEEDS = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));

describe('the pipeline on the local emulators, with faults injected at the S3 front', () => {
  it('recovers from S3 errors on reads and writes, and from a 412 on every first conditional write', async () => {
    // Prepare: 20 reports, read and written through a front that fails on purpose.
    const folder = mkdtempSync(join(tmpdir(), 'faults-'));
    for (let i = 0; i < 20; i++) {
      const name = SEEDS[i % SEEDS.length] ?? '';
      writeFileSync(
        join(folder, `${i}-${name}`),
        `${readFileSync(join(SEEDS_DIR, name), 'utf8')}\nFiled by desk ${i}.\n`,
      );
    }
    const faults = [
      { method: 'GET', keyPrefix: 'inbox/3-', status: 503, times: 2 },
      { method: 'HEAD', keyPrefix: 'inbox/7-', status: 500, times: 1 },
      { method: 'PUT', keyPrefix: 'records/', status: 412, conditionalOnly: true, times: 3 },
      { method: 'PUT', keyPrefix: 'records/', status: 500, times: 1 },
      { method: 'PUT', keyPrefix: 'processed/1', status: 500, times: 2 },
    ];

    // Act
    const trip = await roundTrip([folder], { concurrency: 20, faults });

    // Assess
    expect(faults.map((f) => f.times)).toEqual([0, 0, 0, 0, 0]);
    expect(problemsOf(trip)).toEqual([]);
    expect(trip.disposition.processed).toHaveLength(20);
    expect(trip.emails.map((e) => e.destination.to[0]).sort()).toEqual([
      'editor@example.com',
      'reader@example.com',
    ]);
  }, 120_000);
});
