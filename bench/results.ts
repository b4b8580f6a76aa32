import type { AdversarialSection } from './adversarial-figures.js';
import type { ColdStartSection } from './cold-start.js';
import type { CostSection } from './cost-section.js';
import type { DayFigures } from './day-figures.js';
import type { DaySettings } from './day-section.js';
import type { IngestFigures } from './ingest-measure.js';
import type { PipelineProbes } from './pipeline-probes.js';
import type { ScaleSection } from './scale-section.js';
import type { TargetResult } from './targets.js';

/** The machine the figures came from. */
export interface Machine {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** The 1-, 5- and 15-minute load averages at the start: other work running on the machine. */
  readonly loadAverage: readonly number[];
}

/** Newsletter rendering, as `render-child.ts` emits it. */
export interface RenderFigures {
  readonly stories: number;
  readonly storiesShown: number;
  readonly htmlKiB: number;
  readonly firstRenderMs: number;
  readonly renders: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly minMs: number;
  readonly perRecipientMs: number;
}

/** Everything one run measured: the content of `bench/results.json`. */
export interface BenchResults {
  readonly generatedAt: string;
  readonly durationS: number;
  readonly machine: Machine;
  readonly inputs: { readonly jsonl: string; readonly seeds: string; readonly sizes: readonly number[] };
  readonly ingest: {
    readonly seeds: IngestFigures;
    readonly jsonl: IngestFigures;
    /** A batch through the real pipeline: CPU per file, requests made, requests in turn. */
    readonly pipeline: PipelineProbes;
  };
  readonly scale: ScaleSection;
  readonly render: RenderFigures;
  readonly coldStart: ColdStartSection;
  /** Whole days ingested file by file, then built once as the newsletter function builds them. */
  readonly day: readonly DayFigures[];
  /** How and where the days were measured: they may come from a run of that section alone. */
  readonly daySettings: DaySettings & { readonly generatedAt: string; readonly machine: Machine };
  /** Hostile files through the production extraction path: it may come from a run of that section alone. */
  readonly adversarial: AdversarialSection;
  readonly cost: CostSection;
  readonly targets: readonly TargetResult[];
}
