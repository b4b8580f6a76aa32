import type { Target } from './targets.js';

/** The cold-start figures the targets are judged on; NaN when not measured. */
export interface ColdStartFigures {
  /** The ingest handler's `index.mjs` (its extraction thread's modules are counted on their own). */
  readonly ingestBundleBytes: number;
  /** Median cold import of the ingest bundle over the bare handler's. */
  readonly ingestImportRatio: number;
  readonly newsletterBundleBytes: number;
  /** Median cold import of the newsletter bundle (its key read included) over the bare handler's. */
  readonly newsletterImportRatio: number;
}

const kib = (v: number): string => `${v.toFixed(0)} KiB`;
const times = (v: number): string => `${v.toFixed(2)}x`;

/** The targets on the functions' bundles and cold imports. */
export function coldStartTargets(f: ColdStartFigures): Target[] {
  return [
    {
      text: 'ingest bundle < 250 KiB',
      value: f.ingestBundleBytes / 1024,
      limit: 250,
      kind: 'max',
      show: kib,
    },
    {
      text: 'ingest cold import <= 1.3x bare handler',
      value: f.ingestImportRatio,
      limit: 1.3,
      kind: 'max',
      show: times,
    },
    {
      text: 'newsletter bundle < 1.5 MiB',
      value: f.newsletterBundleBytes / 1024,
      limit: 1.5 * 1024,
      kind: 'max',
      show: kib,
    },
    {
      text: 'newsletter cold import <= 2.5x bare handler',
      value: f.newsletterImportRatio,
      limit: 2.5,
      kind: 'max',
      show: times,
    },
  ];
}
