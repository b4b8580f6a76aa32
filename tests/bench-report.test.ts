import { describe, expect, it } from 'vitest';
import { allPairsPass, pairCount, sampleRows } from '../bench/all-pairs-baseline.js';
import { functionAssets, functionSettings } from '../bench/bundle-assets.js';
import { evaluateTargets, type TargetInputs } from '../bench/targets.js';
import { formatTable } from '../bench/text-table.js';

const met: TargetInputs = {
  ingestPerSecond: 3000,
  scale16kMs: 9000,
  worstDoubling: 2.1,
  speedup16k: 80,
  scale16kPeakMiB: 390,
  ingestBundleBytes: 200 * 1024,
  ingestImportRatio: 1.2,
  newsletterBundleBytes: 1.2 * 1024 * 1024,
  newsletterImportRatio: 2.2,
  renderMs: 30,
};

describe('evaluateTargets', () => {
  it('passes figures within every target, with what is to spare', () => {
    const results = evaluateTargets(met);

    expect(results.map((r) => r.verdict)).toEqual(Array(10).fill('pass'));
    expect(results[0]?.margin).toBe('50 % to spare');
  });

  it('says by how much a minimum or a maximum is missed, and what was not measured', () => {
    const results = evaluateTargets({
      ...met,
      ingestPerSecond: 1600,
      scale16kMs: 11_500,
      speedup16k: Number.NaN,
      scale16kPeakMiB: 456,
    });

    expect(results[0]).toMatchObject({ verdict: 'MISS', margin: 'missed by 20 %' });
    expect(results[1]).toMatchObject({ verdict: 'MISS', margin: 'missed by 15 %', measured: '11.50 s' });
    expect(results[3]?.verdict).toBe('not measured');
    expect(results[4]).toMatchObject({ verdict: 'MISS', margin: 'missed by 14 %', measured: '456 MiB' });
  });
});

describe('formatTable', () => {
  it('aligns columns, numbers to the right', () => {
    expect(
      formatTable(
        ['name', 'ms'],
        [
          ['a', '5'],
          ['long name', '1,234'],
        ],
      ),
    ).toBe(['name          ms', '---------  -----', 'a              5', 'long name  1,234'].join('\n'));
  });
});

describe('all-pairs baseline', () => {
  const v = (entries: [string, number][]) => new Map(entries);
  const vectors = [
    v([['a', 1]]),
    v([['a', 1]]),
    v([['b', 1]]),
    v([
      ['c', 0.6],
      ['b', 0.8],
    ]),
  ];

  it('joins articles linked above the threshold, comparing every pair', () => {
    expect(allPairsPass(vectors)).toEqual({ pairs: 6, groups: 2 });
    expect(pairCount(4)).toBe(6);
  });

  it('counts the pairs of sampled rows only, rows spread over the whole range', () => {
    expect(allPairsPass(vectors, [0]).pairs).toBe(3);
    expect(sampleRows(1000, 4995)).toEqual([50, 150, 250, 350, 450, 550, 650, 750, 850, 950]);
  });
});

describe('bundle assets', () => {
  it('finds each function asset by its construct path', () => {
    const manifest = {
      files: {
        h1: { displayName: 'Ingest/Ingest/Function/Code', source: { path: 'asset.h1' } },
        h2: { displayName: 'NewsDigest Template', source: { path: 'NewsDigest.template.json' } },
      },
    };

    expect(functionAssets(manifest)).toEqual({ Ingest: 'asset.h1' });
  });

  it("reads a function's settings, deploy-time values stood in for, and its queue's batch size", () => {
    const template = {
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Metadata: { 'aws:asset:path': 'asset.h1' },
          Properties: {
            MemorySize: 1024,
            Timeout: 60,
            Environment: { Variables: { A: 'x', B: { Ref: 'Bucket' } } },
          },
        },
        Map: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { BatchSize: 50, FunctionName: { Ref: 'Fn' } },
        },
      },
    };

    expect(functionSettings(template, 'asset.h1')).toEqual({
      environment: { A: 'x', B: 'set-at-deploy' },
      memoryMb: 1024,
      timeoutS: 60,
      batchSize: 50,
    });
    expect(() => functionSettings(template, 'asset.nope')).toThrow(/asset\.nope/);
  });
});
