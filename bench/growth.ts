/** How time grows with the number of articles. */

/** A measured time at one size. */
export interface SizePoint {
  readonly size: number;
  readonly ms: number;
}

/** The growth from one size to the next, and the same growth stated per doubling of the size. */
export interface Growth {
  readonly from: number;
  readonly to: number;
  readonly factor: number;
  /** `factor` per doubling: equal to it when `to` is twice `from`; 2 means linear, 4 quadratic. */
  readonly perDoubling: number;
}

/** The growth between consecutive sizes (sorted by size). */
export function growthFactors(points: readonly SizePoint[]): Growth[] {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  return sorted.slice(1).map((to, i) => {
    const from = sorted[i] as SizePoint;
    const factor = to.ms / from.ms;
    const doublings = Math.log2(to.size / from.size);
    return { from: from.size, to: to.size, factor, perDoubling: factor ** (1 / doublings) };
  });
}

/** `ms = a * size^b`, fitted by least squares on logarithms. */
export interface PowerLaw {
  readonly a: number;
  readonly b: number;
}

/** Fits a power law to the points; `b` is the empirical order of growth (1 linear, 2 quadratic). */
export function fitPowerLaw(points: readonly SizePoint[]): PowerLaw {
  if (points.length < 2) throw new Error('a power law needs two points or more');
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] ?? my) - my);
    sxx += (x - mx) ** 2;
  });
  const b = sxx === 0 ? 0 : sxy / sxx;
  return { a: Math.exp(my - b * mx), b };
}

/**
 * The time at a size, interpolated between measured points on a log-log scale (a power law
 * between each pair of neighbours); outside the measured range the nearest segment is extended.
 */
export function interpolateMs(points: readonly SizePoint[], size: number): number {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  if (sorted.length === 0) return Number.NaN;
  if (sorted.length === 1) return (sorted[0] as SizePoint).ms;
  let i = sorted.findIndex((p) => p.size >= size);
  if (i <= 0) i = i === 0 ? 1 : sorted.length - 1;
  const lo = sorted[i - 1] as SizePoint;
  const hi = sorted[i] as SizePoint;
  const b = Math.log(hi.ms / lo.ms) / Math.log(hi.size / lo.size);
  return lo.ms * (size / lo.size) ** b;
}
