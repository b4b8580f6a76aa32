import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDigestApp, type DigestApp } from '../infra/digest-app.js';
import { PROJECT_ROOT } from '../infra/project-paths.js';
import { ENV } from '../lambdas/config/env-names.js';
import { type IngestResult, ingestFile } from '../lambdas/core/index.js';
import { fixturePath } from './helpers.js';
import { logicalId, SYNTH_SETTINGS } from './helpers-stack.js';

const run = promisify(execFile);

// These tests bundle for real (esbuild, a few seconds), unlike the other stack tests.
let outdir = '';
let built: DigestApp;

/** The folder a function's code asset was bundled into. */
const bundleDir = (fn: IConstruct): string => join(outdir, (fn.node.findChild('Code') as Asset).assetPath);

/** The ingest function's modules: its handler, the extraction worker and the worker's chunks. */
const ingestModules = (): string[] =>
  readdirSync(bundleDir(built.stack.ingest.ingestFunction.function), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mjs'))
    .sort();

/** A value of the template as text, each part resolved at deploy (a reference, an attribute) a stand-in. */
function standIn(value: unknown): string {
  if (typeof value === 'string') return value;
  // Joined values keep their literal parts: an address built from the distribution's name stays an address.
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  return join ? join[1].map(standIn).join(join[0]) : 'a-value-set-at-deployment-by-cloudformation';
}

/**
 * Imports a bundle in a fresh Node process with the environment the template gives the function
 * (values resolved at deploy replaced by stand-ins), as Lambda would, and says what `handler` is.
 */
async function loadHandler(fn: IConstruct): Promise<string> {
  const template = JSON.parse(readFileSync(join(outdir, `${built.stack.artifactId}.template.json`), 'utf8'));
  const variables: Record<string, unknown> =
    template.Resources[logicalId(fn)].Properties.Environment.Variables;
  const environment = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : (DEPLOYED[name] ?? standIn(value)),
    ]),
  );
  const script = `const m = await import(${JSON.stringify(join(bundleDir(fn), 'index.mjs'))}); console.log(typeof m.handler);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsEndpoint,
      ...environment,
    },
  });
  return stdout.trim();
}

/** Stand-ins, of the right shape, for values CloudFormation resolves at deployment. */
const DEPLOYED: Readonly<Record<string, string>> = {
  [ENV.unsubscribeUrl]: 'https://abc123.lambda-url.eu-west-1.on.aws/',
  [ENV.recipientIdKeySecretArn]: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:key-AbCdEf',
};

/** A loopback stand-in for Secrets Manager, which the handlers ask for their key at cold start. */
let secretsServer: Server;
let secretsEndpoint = '';
const secretRequests: string[] = [];

beforeAll(async () => {
  secretsServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      secretRequests.push(`${request.headers['x-amz-target']} ${body}`);
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ Name: 'key', SecretString: 'k'.repeat(64) }));
    });
  });
  await new Promise<void>((resolve) => secretsServer.listen(0, '127.0.0.1', resolve));
  secretsEndpoint = `http://127.0.0.1:${(secretsServer.address() as AddressInfo).port}`;
  outdir = mkdtempSync(join(tmpdir(), 'news-digest-bundles-'));
  // Lambda provides the AWS SDK, which the bundles leave out; here the project's copy stands in.
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(outdir, 'node_modules'));
  // CDK announces each asset it bundles on stderr; the test keeps the runner's output its own.
  const announce = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    built = buildDigestApp({
      outdir,
      builtinCloudFormationValidation: false,
      context: { ...SYNTH_SETTINGS, 'aws:cdk:bundling-stacks': ['**'] },
    });
    built.app.synth();
  } finally {
    announce.mockRestore();
  }
}, 60_000);

afterAll(() => {
  secretsServer?.close();
  if (outdir !== '') rmSync(outdir, { recursive: true, force: true });
});

describe('function bundles', () => {
  it('are ESM with a require for CommonJS dependencies, and source maps', () => {
    for (const fn of [
      built.stack.ingest.ingestFunction.function,
      built.stack.newsletter.newsletterFunction.function,
      built.stack.unsubscribe.unsubscribeFunction.function,
      built.stack.mailEvents.eventsFunction.function,
    ]) {
      // Act
      const dir = bundleDir(fn);
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');

      // Assess
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'node:module';")).toBe(
        true,
      );
      expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
    }
  });

  it('keep the mail events function small: the engine’s parsers and renderer stay out of it', () => {
    // Act
    const code = readFileSync(
      join(bundleDir(built.stack.mailEvents.eventsFunction.function), 'index.mjs'),
      'utf8',
    );

    // Assess
    expect(code.length).toBeLessThan(100_000);
  });

  it('carry the newsletter templates next to the newsletter handler', () => {
    // Act
    const templates = readdirSync(
      join(bundleDir(built.stack.newsletter.newsletterFunction.function), 'templates'),
    );

    // Assess
    expect(templates.sort()).toEqual(readdirSync(join(PROJECT_ROOT, 'templates')).sort());
    expect(templates).toContain('newsletter.mjml');
  });

  it('leave sanitize-html out of the ingest bundle, its extraction worker and the worker’s chunks', () => {
    for (const file of ingestModules()) {
      // Act
      const code = readFileSync(join(bundleDir(built.stack.ingest.ingestFunction.function), file), 'utf8');

      // Assess: a name found in sanitize-html's defaults, and nowhere else in the dependencies.
      expect(code).not.toContain('allowedSchemesAppliedToAttributes');
    }
  });

  it('split the HTML and Markdown readers out of the extraction worker, into chunks beside it', () => {
    // Prepare
    const dir = bundleDir(built.stack.ingest.ingestFunction.function);
    const code = (file: string) => readFileSync(join(dir, file), 'utf8');
    const chunks = ingestModules().filter((f) => f.startsWith('extract-worker-chunks/'));
    const chunk = (name: string) => chunks.find((f) => f.startsWith(`extract-worker-chunks/${name}-`)) ?? '';

    // Assess: names kept by the minifier, one from Readability, one from markdown-it's presets.
    expect(code('extract-worker.mjs')).not.toMatch(/unlikelyCandidates|commonmark/u);
    expect(code(chunk('parse-html'))).toContain('unlikelyCandidates');
    expect(code(chunk('parse-markdown'))).toContain('commonmark');
  });

  it.each([
    ['a text', 'cnn/003.txt', join(PROJECT_ROOT, 'seeds', '003_244b8d813f4475ac.txt')],
    ['an HTML', 'kathmandu/quake.html', fixturePath('articles', 'quake.html')],
    ['a Markdown', 'nltimes/election.md', fixturePath('articles', 'election.md')],
  ])(
    'carry the extraction worker beside the ingest handler, and it reads %s file on its own',
    async (_, key, path) => {
      // Prepare
      const entry = join(bundleDir(built.stack.ingest.ingestFunction.function), 'extract-worker.mjs');
      const bytes = new Uint8Array(readFileSync(path));
      const worker = new Worker(entry, { stdout: true, stderr: true });

      // Act
      const result = await new Promise<IngestResult>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (message: unknown) => {
          if (message === 'ready') worker.postMessage({ key, bytes, maxBytes: 5_000_000 });
          else resolve(message as IngestResult);
        });
      }).finally(() => worker.terminate());

      // Assess: the article the engine makes from its sources.
      expect(result.ok).toBe(true);
      expect(result).toEqual(ingestFile({ key, bytes }, { maxBytes: 5_000_000 }));
    },
  );

  it('load in Node.js with the environment the stack sets, read their key at cold start, and export the handler', async () => {
    // Act
    const ingest = await loadHandler(built.stack.ingest.ingestFunction.function);
    const newsletter = await loadHandler(built.stack.newsletter.newsletterFunction.function);
    const unsubscribe = await loadHandler(built.stack.unsubscribe.unsubscribeFunction.function);
    const mailEvents = await loadHandler(built.stack.mailEvents.eventsFunction.function);

    // Assess
    expect([ingest, newsletter, unsubscribe, mailEvents]).toEqual([
      'function',
      'function',
      'function',
      'function',
    ]);
    expect(secretRequests).toHaveLength(2);
    expect(secretRequests[0]).toMatch(/^secretsmanager\.GetSecretValue .*key-AbCdEf/u);
  }, 30_000);
});
