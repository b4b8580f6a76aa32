import type { ColdStartSection } from './cold-start.js';
import type { BenchResults, RenderFigures } from './results.js';
import type { ScaleSection } from './scale-section.js';
import { evaluateTargets, type TargetResult } from './targets.js';

/** The targets judged on a whole run's figures. */
export function summarizeTargets(
  ingest: BenchResults['ingest'],
  scale: ScaleSection,
  render: RenderFigures,
  coldStart: ColdStartSection,
): TargetResult[] {
  const bundleBytes = (name: string) =>
    coldStart.bundles.find((b) => b.name === name)?.mjsBytes ?? Number.NaN;
  const importRatio = (name: string) =>
    (coldStart.imports[name]?.medianMs ?? Number.NaN) / (coldStart.imports.bare?.medianMs ?? Number.NaN);
  return evaluateTargets({
    ingestPerSecond: ingest.jsonl.articlesPerSecond,
    scale16kMs: scale.index.find((f) => f.size === 16_000)?.totalMs ?? Number.NaN,
    worstDoubling: Math.max(...scale.growth.map((g) => g.perDoubling)),
    speedup16k: scale.speedup.find((s) => s.size === 16_000)?.ratio ?? Number.NaN,
    scale16kPeakMiB: scale.index.find((f) => f.size === 16_000)?.peakMiB ?? Number.NaN,
    ingestBundleBytes: bundleBytes('ingest'),
    ingestImportRatio: importRatio('ingest'),
    newsletterBundleBytes: bundleBytes('newsletter'),
    newsletterImportRatio: importRatio('newsletter'),
    renderMs: render.medianMs,
  });
}
