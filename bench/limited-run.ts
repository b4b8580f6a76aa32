import { execFile } from 'node:child_process';
import { mkdir, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.js';
import { PROJECT_ROOT } from './child-io.js';

const run = promisify(execFile);

/** How a child was limited, and how it ended. */
export interface LimitedRun<T> {
  /** What the child emitted; null when it was stopped (out of memory) before emitting. */
  readonly result: T | null;
  readonly heapLimitMb: number;
  /** The memory controller's limit in MiB, or null when no cgroup could be made here. */
  readonly cgroupMiB: number | null;
  /** Why it stopped, when it did not finish: a signal or V8's out-of-memory message. */
  readonly failure: string | null;
}

/** V8's heap limit for a function of `memoryMb`: Lambda's Node bootstrap gives the heap about 90 %. */
export const heapLimitFor = (memoryMb: number): number => Math.floor(memoryMb * 0.9);

/**
 * Bundles a benchmark script as the functions are bundled (minified ESM for Node 24, the same
 * require banner), so it runs without tsx and its memory is what a function's would be.
 */
export async function bundleScript(script: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL(script, import.meta.url))],
    outfile,
    ...BUNDLE_OPTIONS,
  });
  return outfile;
}

// A cgroup v1 memory controller, where the machine has one and lets this process make groups.
async function makeCgroup(name: string, miB: number): Promise<string | null> {
  const dir = join('/sys/fs/cgroup/memory', name);
  try {
    await mkdir(dir);
    await writeFile(join(dir, 'memory.limit_in_bytes'), String(miB * 2 ** 20));
    return dir;
  } catch {
    await rmdir(dir).catch(() => undefined);
    return null;
  }
}

/**
 * Runs a bundled script in a process limited like a Lambda function of `memoryMb`: V8's heap
 * capped as Lambda's bootstrap caps it and, where possible, the whole process in a cgroup of
 * that much memory, so going over is fatal here as it is there.
 */
export async function runLimited<T>(
  bundle: string,
  args: readonly string[],
  memoryMb: number,
): Promise<LimitedRun<T>> {
  const heapLimitMb = heapLimitFor(memoryMb);
  const cgroup = await makeCgroup(`news-digest-bench-${process.pid}-${Date.now()}`, memoryMb);
  const node = [process.execPath, '--expose-gc', `--max-old-space-size=${heapLimitMb}`, bundle, ...args];
  // The shell joins the cgroup, then becomes node: the child is in the group from its first byte.
  const [file, argv] = cgroup
    ? ['/bin/sh', ['-c', `echo $$ > "${cgroup}/cgroup.procs" && exec "$@"`, 'sh', ...node]]
    : [node[0] as string, node.slice(1)];
  try {
    const { stdout } = await run(file, argv, { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    const last = stdout.trim().split('\n').at(-1) ?? '';
    return { result: JSON.parse(last) as T, heapLimitMb, cgroupMiB: cgroup ? memoryMb : null, failure: null };
  } catch (error) {
    const e = error as Error & { signal?: string; stderr?: string };
    const oom = /heap out of memory|Reached heap limit/u.test(e.stderr ?? '');
    const failure = oom ? 'V8 heap out of memory' : e.signal ? `killed (${e.signal})` : null;
    if (!failure) throw new Error(`${bundle} failed: ${e.stderr?.trim() || e.message}`, { cause: error });
    return { result: null, heapLimitMb, cgroupMiB: cgroup ? memoryMb : null, failure };
  } finally {
    if (cgroup) await rmdir(cgroup).catch(() => undefined);
  }
}
