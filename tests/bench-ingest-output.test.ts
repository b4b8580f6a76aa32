import { describe, expect, it } from 'vitest';
import { compareOutputs, sameOutputLine } from '../bench/ingest-same-output.js';

const stored = { 'a.json': 'h1', 'b.json': 'h2', 'c.json': 'h3' };

describe('the ingest output check', () => {
  it('finds the same output when every file hashes as stored', () => {
    // Act
    const check = compareOutputs({ 'a.json': 'h1', 'b.json': 'h2', 'c.json': 'h3' }, stored);

    // Assess
    expect(check).toEqual({ compared: 3, differing: [], differingCount: 0, unknown: 0, same: true });
    expect(sameOutputLine(check)).toMatch(/byte-identical .* for all 3 files/u);
  });

  it('names the files whose output changed', () => {
    // Act
    const check = compareOutputs({ 'a.json': 'h1', 'b.json': 'changed', 'c.json': 'h3' }, stored);

    // Assess
    expect(check).toMatchObject({ compared: 3, differing: ['b.json'], differingCount: 1, same: false });
    expect(sameOutputLine(check)).toMatch(/DIFFERS for 1 files \(b\.json/u);
  });

  it('does not call output the same when some files have no stored hash', () => {
    // Act
    const partly = compareOutputs({ 'a.json': 'h1', 'new.json': 'h9' }, stored);
    const none = compareOutputs({ 'new.json': 'h9' }, stored);

    // Assess
    expect(partly).toMatchObject({ compared: 1, unknown: 1, same: false });
    expect(sameOutputLine(none)).toBe('output: not checked (no stored hashes for these files)');
  });
});
