import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running stand-in for Secrets Manager: the endpoint to point the SDK at, and how to stop it. */
export interface SecretsStandIn {
  /** Environment that sends a bundle's Secrets Manager calls to the stand-in. */
  readonly environment: Record<string, string>;
  readonly close: () => Promise<void>;
}

/**
 * A loopback Secrets Manager that answers every GetSecretValue with a usable key. The newsletter
 * handler reads its key at cold start (a top-level await), so its import cannot finish without
 * one; any credentials do, the stand-in checks none.
 */
export async function startSecretsStandIn(): Promise<SecretsStandIn> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ Name: 'key', SecretString: 'k'.repeat(64) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    environment: {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
