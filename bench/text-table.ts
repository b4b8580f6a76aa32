/** Plain-text tables for the terminal. */

/** Right-aligns a column when every value in it (the header aside) reads as a number. */
const numeric = (cell: string): boolean => /^[-+~]?[\d,.]+(?:\s?\S{0,6})?$/u.test(cell) || cell === '-';

/** Lays out rows under headers in aligned columns, two spaces apart, with a rule under the headers. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const right = headers.map((_, c) => rows.length > 0 && rows.every((r) => numeric(r[c] ?? '')));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
