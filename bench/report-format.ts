/** Number formats of the report. */

const finite = (v: number, show: (v: number) => string): string => (Number.isFinite(v) ? show(v) : '-');

/** A whole number with thousands separators. */
export const n0 = (v: number): string => finite(v, (x) => Math.round(x).toLocaleString('en-US'));
export const n1 = (v: number): string => finite(v, (x) => x.toFixed(1));
export const n2 = (v: number): string => finite(v, (x) => x.toFixed(2));
/** Dollars: cents when there are some, else enough digits to see the amount. */
export const usd = (v: number): string => finite(v, (x) => `$${x < 0.01 ? x.toFixed(5) : x.toFixed(2)}`);
export const kib = (bytes: number): string => (bytes < 10 * 1024 ? n1(bytes / 1024) : n0(bytes / 1024));
