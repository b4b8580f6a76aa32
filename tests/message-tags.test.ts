import { describe, expect, it } from 'vitest';
import { messageTags, recipientId } from '../lambdas/core/index.js';

describe('messageTags', () => {
  it('names the edition and the recipient by its keyed id, never the address', () => {
    // Prepare
    const id = recipientId('ana@example.com', 'k'.repeat(32));

    // Act
    const tags = messageTags('2024-05-16', id);

    // Assess
    expect(tags).toEqual([
      { name: 'edition', value: '2024-05-16' },
      { name: 'recipient', value: id },
    ]);
    expect(JSON.stringify(tags)).not.toContain('example.com');
  });

  it('keeps values to the characters SES allows in a tag, and to its 256', () => {
    // Act
    const tags = messageTags('2024/05 16é', `${'a'.repeat(300)}`);

    // Assess
    expect(tags[0]?.value).toBe('2024_05_16_');
    expect(tags[1]?.value).toHaveLength(256);
    for (const tag of tags) expect(tag.value).toMatch(/^[A-Za-z0-9_.-]+$/u);
  });
});
