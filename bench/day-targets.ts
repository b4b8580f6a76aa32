import type { DayFigures } from './day-figures.js';
import { judgeTargets, type Target, type TargetResult } from './targets.js';

/** Share of the newsletter function's memory a build may peak at: a third stays spare. */
export const BUILD_MEMORY_SHARE = 2 / 3;

const at = (day: readonly DayFigures[], articles: number) => day.find((d) => d.articles === articles);
const nan = (v: number | null | undefined): number => v ?? Number.NaN;

/**
 * The day's targets: ingest costs the same per file on a big day as on a small one, and the
 * send-time build of 20,000 articles, and of the edition cap, leaves a third of the function's
 * memory spare. Peaks are judged on the highest run, since that is what the function must hold.
 */
export function evaluateDayTargets(
  day: readonly DayFigures[],
  memoryMb: number,
  cap: number,
): TargetResult[] {
  const small = at(day, 1000)?.ingestMsPerArticle;
  const big = at(day, 20_000)?.ingestMsPerArticle;
  const limit = memoryMb * BUILD_MEMORY_SHARE;
  const peak = (articles: number): Target => ({
    text: `build of ${articles.toLocaleString('en-US')} peaks < 2/3 of ${memoryMb} MB`,
    value: at(day, articles)?.buildFailures
      ? Number.POSITIVE_INFINITY
      : nan(at(day, articles)?.maxBuildPeakMiB),
    limit,
    kind: 'max',
    show: (v) => (Number.isFinite(v) ? `${v.toFixed(0)} MiB` : 'out of memory'),
  });
  const targets: Target[] = [
    {
      text: 'ingest ms/article at 20,000 <= 1.3x at 1,000',
      value: nan(big) / nan(small),
      limit: 1.3,
      kind: 'max',
      show: (v) => `${v.toFixed(2)}x`,
    },
    peak(20_000),
  ];
  if (cap !== 20_000) targets.push(peak(cap));
  return judgeTargets(targets);
}
