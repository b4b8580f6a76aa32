import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSesClient, SesMailSender } from '../lambdas/adapters/ses-mail-sender.js';
import { SendOutcomeUnknownError } from '../lambdas/core/index.js';

const message = {
  from: 'digest@example.com',
  to: 'reader@example.com',
  subject: 'Today',
  html: '<p>Hi</p>',
  text: 'Hi',
  unsubscribe: { url: 'https://example.com/u', mailto: 'unsubscribe@example.com' },
};
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((done) => server.close(done));
});

/** A loopback server that takes the request and never answers; returns its port. */
async function silentServer(): Promise<number> {
  const server = createServer((socket) => {
    socket.on('data', () => undefined);
    server.on('close', () => socket.destroy());
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  server.unref();
  return address.port;
}

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

const senderAt = (port: number) =>
  new SesMailSender(
    createSesClient(
      { connectionMs: 200, requestMs: 300 },
      {
        endpoint: `http://127.0.0.1:${port}`,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
      },
    ),
    undefined,
  );

describe('SES time limits', () => {
  it('gives up on an endpoint that never answers, with the outcome unknown', async () => {
    const sender = senderAt(await silentServer());
    const started = Date.now();

    const outcome = await sender.send(message).catch((error: unknown) => error);

    expect(outcome).toBeInstanceOf(SendOutcomeUnknownError);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reports a refused connection as not sent', async () => {
    const sender = senderAt(await closedPort());

    const outcome = await sender.send(message).catch((error: unknown) => error);

    expect(outcome).toBeInstanceOf(Error);
    expect(outcome).not.toBeInstanceOf(SendOutcomeUnknownError);
    expect((outcome as { code?: string }).code).toBe('ECONNREFUSED');
  });
});
