import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupsDigest, sameAsReference } from '../bench/scale-groups.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the scale benchmark check of groups', () => {
  it('digests stories as one line of keys each, in order', () => {
    // Prepare
    const stories = [[{ key: 'b.json' }, { key: 'a.json' }], [{ key: 'c.json' }]];

    // Act
    const digest = groupsDigest(stories);

    // Assess
    expect(digest).toBe(sha256('b.json a.json\nc.json\n'));
    expect(groupsDigest([stories[1] ?? [], stories[0] ?? []])).not.toBe(digest);
  });

  it('compares with the reference grouping of the same input, and knows when there is none', () => {
    const reference = JSON.parse(readFileSync('bench/scale-reference-groups.json', 'utf8')) as {
      groups: Record<string, { groups: string }>;
    };
    const [input, entry] = Object.entries(reference.groups)[0] ?? [];
    if (!input || !entry) throw new Error('no reference');

    expect(sameAsReference(input, entry.groups)).toBe(true);
    expect(sameAsReference(input, sha256('other'))).toBe(false);
    expect(sameAsReference(sha256('unknown input'), entry.groups)).toBeNull();
  });
});
