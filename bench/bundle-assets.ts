/** Where `cdk synth` put each function's bundle, and how the template configures the function. */

import { ENV } from '../lambdas/config/env-names.js';

/** The asset manifest's entries that matter here (`<stack>.assets.json`). */
interface AssetManifest {
  readonly files?: Record<string, { displayName?: string; source?: { path?: string } }>;
}

interface Resource {
  Type?: string;
  Metadata?: Record<string, unknown>;
  Properties?: {
    Environment?: { Variables?: Record<string, unknown> };
    MemorySize?: number;
    Timeout?: number;
    BatchSize?: number;
    FunctionName?: unknown;
  };
}

/** The template's entries that matter here (`<stack>.template.json`). */
export interface Template {
  readonly Resources?: Record<string, Resource>;
}

/** A function as deployed: its environment, memory, timeout, and the batch size of its queue, if any. */
export interface FunctionSettings {
  readonly environment: Record<string, string>;
  readonly memoryMb: number;
  readonly timeoutS: number;
  readonly batchSize: number | null;
}

/**
 * The asset folder of each function's code, by the function's construct id (`Ingest`,
 * `Newsletter`): the manifest names each asset `<path>/Function/Code`.
 */
export function functionAssets(manifest: AssetManifest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of Object.values(manifest.files ?? {})) {
    const match = /^(?:.*\/)?([^/]+)\/Function\/Code$/u.exec(file.displayName ?? '');
    if (match?.[1] && file.source?.path) out[match[1]] = file.source.path;
  }
  return out;
}

/**
 * Stand-ins, of the right shape, for values CloudFormation resolves at deployment that the
 * handlers check at import: an address must be a URL, a secret's name an ARN.
 */
export const DEPLOYED_STAND_INS: Readonly<Record<string, string>> = {
  [ENV.unsubscribeUrl]: 'https://abc123.lambda-url.us-east-1.on.aws/',
  [ENV.recipientIdKeySecretArn]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:key-AbCdEf',
};

/** A value of the template as text: joined values keep their literal parts (an address stays one). */
function standIn(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] } | null)?.['Fn::Join'];
  return join ? join[1].map(standIn).join(join[0]) : 'set-at-deploy';
}

/**
 * The settings of the function whose code is in `assetPath`. Environment values resolved at
 * deploy time (references to the bucket, the configuration set) become a stand-in, as in the
 * bundle tests: the handlers validate their settings at import, so a cold start needs them set.
 */
export function functionSettings(template: Template, assetPath: string): FunctionSettings {
  const resources = Object.entries(template.Resources ?? {});
  const found = resources.find(
    ([, r]) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path'] === assetPath,
  );
  if (!found) throw new Error(`no function in the template has its code in ${assetPath}`);
  const [id, fn] = found;
  const variables = fn.Properties?.Environment?.Variables ?? {};
  const mapping = resources.find(
    ([, r]) =>
      r.Type === 'AWS::Lambda::EventSourceMapping' &&
      JSON.stringify(r.Properties?.FunctionName) === JSON.stringify({ Ref: id }),
  );
  return {
    environment: Object.fromEntries(
      Object.entries(variables).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : (DEPLOYED_STAND_INS[k] ?? standIn(v)),
      ]),
    ),
    // Lambda's defaults when the template leaves them out.
    memoryMb: fn.Properties?.MemorySize ?? 128,
    timeoutS: fn.Properties?.Timeout ?? 3,
    batchSize: mapping?.[1].Properties?.BatchSize ?? null,
  };
}
