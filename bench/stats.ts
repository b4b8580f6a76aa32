/** Small statistics over timings. */

/** The value below which a share `q` (0..1) of the samples fall, by linear interpolation. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const low = Math.floor(at);
  const lo = sorted[low] ?? Number.NaN;
  const hi = sorted[Math.min(low + 1, sorted.length - 1)] ?? lo;
  return lo + (hi - lo) * (at - low);
}

/** The middle of the samples: on a noisy machine it moves less than the mean. */
export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Rounds to a number of significant digits, so results.json stays readable. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}
