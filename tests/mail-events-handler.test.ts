import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePath } from './helpers.js';

let written: string[];

/** The JSON log lines the handler wrote. */
const logLines = (): Record<string, unknown>[] =>
  written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function loadHandler() {
  vi.resetModules();
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
  return (await import('../lambdas/handlers/mail-events-handler.js')).handler;
}

const mailEvent = (name: string): unknown =>
  JSON.parse(readFileSync(fixturePath('mail-events', `${name}.json`), 'utf8'));

beforeEach(() => {
  written = [];
  // Powertools writes its JSON lines to the process's standard streams.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('mail events handler', () => {
  it('logs a delivery as one info line naming the edition, the recipient id and the message', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    await handler(mailEvent('delivery'));

    // Assess
    expect(logLines()).toEqual([
      expect.objectContaining({
        level: 'INFO',
        message: 'mail event',
        service: 'news-digest-mail-events',
        eventType: 'Delivery',
        edition: '2024-05-16',
        recipient: '3f2a9c1b7e5d4a6b8c0d1e2f3a4b5c6d',
        messageId: '0102018f7a6b5c4d-1234abcd-5678-90ef-abcd-1234567890ab-000000',
      }),
    ]);
  });

  it.each(['bounce', 'complaint', 'reject'])('logs a %s as a warning', async (name) => {
    // Prepare
    const handler = await loadHandler();

    // Act
    await handler(mailEvent(name));

    // Assess
    expect(logLines().map((line) => line.level)).toEqual(['WARN']);
  });

  it('writes no address, whatever the event', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    for (const name of ['send', 'delivery', 'bounce', 'complaint', 'delivery-delay', 'reject']) {
      await handler(mailEvent(name));
    }

    // Assess
    expect(logLines()).toHaveLength(6);
    expect(written.join('')).not.toMatch(/@/u);
  });
});
