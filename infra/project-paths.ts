import { fileURLToPath } from 'node:url';

/** The repository root: where `package-lock.json`, `lambdas/` and `templates/` live. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The lock file NodejsFunction reads to find the project root and the esbuild it runs. */
export const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/** Absolute path of a Lambda handler's entry file under `lambdas/handlers/`. */
export const handlerEntry = (fileName: string): string =>
  fileURLToPath(new URL(`../lambdas/handlers/${fileName}`, import.meta.url));

/** Absolute path of an adapter's source file under `lambdas/adapters/`. */
export const adapterSource = (fileName: string): string =>
  fileURLToPath(new URL(`../lambdas/adapters/${fileName}`, import.meta.url));
