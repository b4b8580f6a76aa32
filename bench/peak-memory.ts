import { readFileSync, writeFileSync } from 'node:fs';

/** How the peak was found: Linux's resettable high-water mark, or the whole process's peak elsewhere. */
export type PeakMethod = 'VmHWM after clear_refs' | 'maxRSS of the process';

const MIB = 1024 * 1024;

function highWaterKiB(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Starts a peak-memory window. On Linux, writing 5 to clear_refs resets the kernel's resident-set
 * high-water mark, so the peak covers only what runs after this call (not the loading of the
 * data); elsewhere the process's lifetime peak is the best available. A synchronous computation
 * cannot be sampled from a timer, hence the kernel's own counter.
 */
export function startPeakWindow(): { method: PeakMethod; rssStartMiB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let method: PeakMethod = 'maxRSS of the process';
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    if (highWaterKiB() !== null) method = 'VmHWM after clear_refs';
  } catch {
    // Not Linux, or not allowed: fall back to the lifetime peak.
  }
  return { method, rssStartMiB: process.memoryUsage().rss / MIB };
}

/** The peak resident set size since `startPeakWindow`, in MiB. */
export function peakMiB(method: PeakMethod): number {
  const kib = method === 'VmHWM after clear_refs' ? highWaterKiB() : null;
  return (kib ?? process.resourceUsage().maxRSS) / 1024;
}
