import type { FunctionSettings } from './bundle-assets.js';
import { type ColdImport, type ImportVariant, timeColdImports } from './cold-import.js';
import { startSecretsStandIn } from './secrets-stand-in.js';
import { median, quantile, round } from './stats.js';
import { synthBundles } from './synth-bundles.js';

/** Bundle sizes and cold imports. */
export interface ColdStartSection {
  readonly synthMs: number;
  readonly bundles: {
    readonly name: string;
    readonly mjsBytes: number;
    readonly mjsGzipBytes: number;
    readonly folderBytes: number;
  }[];
  readonly functions: { readonly ingest: FunctionSettings; readonly newsletter: FunctionSettings };
  readonly rounds: number;
  readonly imports: Record<
    string,
    { medianMs: number; minMs: number; p90Ms: number; medianSinceStartMs: number; rssMiB: number }
  >;
  readonly raw: Record<string, ColdImport[]>;
}

/** The ingest function's extraction thread, a module of its own beside the handler. */
export const INGEST_WORKER = 'ingest extract-worker.mjs';

/**
 * Synthesizes the stack, then times cold imports: the bare handler, the ingest bundle (also
 * without `--enable-source-maps`, to show what that setting costs), the start of its extraction
 * thread, and the newsletter bundle, whose import reads its key from a loopback stand-in for
 * Secrets Manager. The bare handler runs with the functions' NODE_OPTIONS, so only the code differs.
 */
export async function runColdStart(workDir: string, rounds: number): Promise<ColdStartSection> {
  const { synthMs, bundles } = await synthBundles(workDir);
  const byName = new Map(bundles.map((b) => [b.name, b]));
  const ingest = byName.get('ingest');
  const newsletter = byName.get('newsletter');
  const bare = byName.get('bare');
  if (!ingest?.settings || !newsletter?.settings || !bare)
    throw new Error('synth made no ingest or newsletter bundle');
  const { NODE_OPTIONS: nodeOptions, ...withoutMaps } = ingest.settings.environment;
  const worker = byName.get(INGEST_WORKER);
  const variants: ImportVariant[] = [
    { name: 'bare', bundle: bare, environment: nodeOptions ? { NODE_OPTIONS: nodeOptions } : {} },
    { name: 'ingest', bundle: ingest, environment: ingest.settings.environment },
    { name: 'ingest, no source maps', bundle: ingest, environment: withoutMaps },
    ...(worker
      ? [
          {
            name: INGEST_WORKER,
            bundle: worker,
            environment: ingest.settings.environment,
            kind: 'worker' as const,
          },
        ]
      : []),
    { name: 'newsletter', bundle: newsletter, environment: newsletter.settings.environment },
  ];
  const secrets = await startSecretsStandIn();
  const raw = await timeColdImports(variants, rounds, secrets.environment).finally(secrets.close);
  const imports = Object.fromEntries(
    Object.entries(raw).map(([name, runs]) => {
      const ms = runs.map((r) => r.importMs);
      return [
        name,
        {
          medianMs: round(median(ms)),
          minMs: round(Math.min(...ms)),
          p90Ms: round(quantile(ms, 0.9)),
          medianSinceStartMs: round(median(runs.map((r) => r.sinceStartMs))),
          rssMiB: round(median(runs.map((r) => r.rssMiB))),
        },
      ];
    }),
  );
  return {
    synthMs: round(synthMs),
    bundles: bundles.map(({ name, mjsBytes, mjsGzipBytes, folderBytes }) => ({
      name,
      mjsBytes,
      mjsGzipBytes,
      folderBytes,
    })),
    functions: { ingest: ingest.settings, newsletter: newsletter.settings },
    rounds,
    imports,
    raw,
  };
}
