/** Raised by a module left out of a Lambda bundle when something calls it after all. */
export class LeftOutError extends Error {
  override readonly name = 'LeftOutError';
}

/**
 * A stand-in for a function of a module the bundle leaves out: some dependency loads the module
 * at import but calls it only for features the project never uses. If that ever changes, the call
 * fails saying which module is missing and why it was left out, instead of a vague TypeError.
 */
export function leftOut(name: string, why: string): (...args: unknown[]) => never {
  return () => {
    throw new LeftOutError(
      `${name} is left out of this bundle (${why}); drop its alias in infra/newsletter-bundle.ts to use it`,
    );
  };
}
