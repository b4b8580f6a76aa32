/** The committed hashes of what ingest makes of each ECB+ file: speed-ups must not change a byte. */
export const STORED_HASHES_PATH = 'bench/ingest-output-hashes.json';

/** How this run's outputs compare with the stored ones. */
export interface SameOutput {
  /** Files whose output was compared: those the stored hashes know. */
  readonly compared: number;
  /** Keys (at most 20) whose output differs from the stored one. */
  readonly differing: readonly string[];
  readonly differingCount: number;
  /** Files the stored hashes do not know (another data set), so not compared. */
  readonly unknown: number;
  /** Every file compared and none differs. */
  readonly same: boolean;
}

/** Compares a run's output hashes with stored ones, key by key. */
export function compareOutputs(
  actual: Readonly<Record<string, string>>,
  stored: Readonly<Record<string, string>>,
): SameOutput {
  const differing: string[] = [];
  let compared = 0;
  let unknown = 0;
  for (const [key, hash] of Object.entries(actual)) {
    const expected = stored[key];
    if (expected === undefined) unknown++;
    else {
      compared++;
      if (expected !== hash) differing.push(key);
    }
  }
  return {
    compared,
    differing: differing.slice(0, 20),
    differingCount: differing.length,
    unknown,
    same: compared > 0 && unknown === 0 && differing.length === 0,
  };
}

/** One line saying whether ingest made the same output as when the hashes were stored. */
export function sameOutputLine(check: SameOutput | undefined): string {
  if (check === undefined) return 'output: not checked';
  if (check.same)
    return `output: byte-identical to the stored hashes (${STORED_HASHES_PATH}) for all ${check.compared} files`;
  if (check.compared === 0) return 'output: not checked (no stored hashes for these files)';
  const first = check.differing.slice(0, 3).join(', ');
  const differs = check.differingCount > 0 ? ` DIFFERS for ${check.differingCount} files (${first}...);` : '';
  const unknown = check.unknown > 0 ? ` ${check.unknown} files have no stored hash;` : '';
  return `output:${differs}${unknown} ${check.compared} compared. Run bench/ingest-hashes.ts for the list.`;
}
