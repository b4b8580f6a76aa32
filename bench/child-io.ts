import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root, where children run so that relative paths mean the same everywhere. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A child's result: one JSON line, the last on its stdout. */
export function emit(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * Runs a benchmark script in a fresh Node process (the same Node as this one, TypeScript through
 * tsx) and returns the JSON it emits. A fresh process per measurement keeps one measurement's
 * compiled code, heap and peak memory out of the next. `--expose-gc` lets a child start its
 * memory window from a collected heap.
 */
export async function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args],
    { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: Error & { stderr?: string }) => {
    throw new Error(`${script} failed: ${error.stderr?.trim() || error.message}`, { cause: error });
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
