import { describe, expect, it } from 'vitest';
import {
  type AdversarialSample,
  adversarialTable,
  evaluateAdversarialTargets,
  outcomeOf,
  summarizeAdversarial,
} from '../bench/adversarial-figures.js';
import { parseSections } from '../bench/sections.js';

const sample = (
  name: string,
  timesMs: number[],
  outcomes = ['article', 'article', 'article'],
): AdversarialSample => ({
  name,
  bytes: 4096,
  outcomes,
  timesMs,
});

describe('outcomeOf', () => {
  it('names an article, and a rejection by the first 60 characters of its reason', () => {
    // Prepare
    const reason =
      'reading the file took longer than 10 s, the limit for one article; its markup may be pathological';

    // Act
    const rejected = outcomeOf({ ok: false, rejection: { key: 'a.html', reason } });

    // Assess
    expect(rejected).toBe(`rejected: ${reason.slice(0, 60)}`);
    expect(rejected.length).toBe('rejected: '.length + 60);
  });
});

describe('summarizeAdversarial', () => {
  it('takes each file its minimum and median, and the file with the highest median as the worst', () => {
    // Act
    const summary = summarizeAdversarial([sample('table', [30, 10, 20]), sample('divs', [5, 400, 300])]);

    // Assess
    expect(summary.inputs).toEqual([
      { name: 'table', bytes: 4096, outcome: 'article', minMs: 10, medianMs: 20 },
      { name: 'divs', bytes: 4096, outcome: 'article', minMs: 5, medianMs: 300 },
    ]);
    expect(summary).toMatchObject({ worstMedianMs: 300, worstName: 'divs' });
  });

  it('shows every outcome when the runs of a file differ', () => {
    // Act
    const summary = summarizeAdversarial([
      sample('slow', [9000, 10_000, 9500], ['article', 'rejected: x', 'article']),
    ]);

    // Assess
    expect(summary.inputs[0]?.outcome).toBe('article | rejected: x');
  });
});

describe('adversarialTable', () => {
  it('lists the slowest median first, with sizes in KiB', () => {
    // Prepare
    const { inputs } = summarizeAdversarial([
      sample('fast', [1.25, 1.5, 2]),
      sample('slow', [1200, 1500, 1300]),
    ]);

    // Act
    const lines = adversarialTable(inputs).split('\n');

    // Assess
    expect(lines[0]).toMatch(/^file\s+KiB\s+outcome\s+min ms\s+median ms$/u);
    expect(lines[2]).toMatch(/^slow\s+4\s+article\s+1,200\s+1,300$/u);
    expect(lines[3]).toMatch(/^fast\s+4\s+article\s+1\.3\s+1\.5$/u);
  });
});

describe('evaluateAdversarialTargets', () => {
  it('passes a worst median under the deadline, and misses one over it', () => {
    // Act
    const under = evaluateAdversarialTargets({ worstMedianMs: 2500, deadlineMs: 10_000 });
    const over = evaluateAdversarialTargets({ worstMedianMs: 12_000, deadlineMs: 10_000 });

    // Assess
    expect(under).toEqual([
      {
        target: 'worst adversarial file extracts in under the per-file deadline (10 s)',
        measured: '2,500 ms',
        verdict: 'pass',
        margin: '75 % to spare',
      },
    ]);
    expect(over[0]).toMatchObject({ verdict: 'MISS', margin: 'missed by 20 %' });
  });
});

describe('bench options', () => {
  it('runs the hostile files alone when told to', () => {
    expect([...parseSections('adversarial')]).toEqual(['adversarial']);
  });
});
