// @ts-expect-error lodash ships no types; these are its own functions, taken as they are.
import lodash from 'lodash';

type Fn = (value: unknown) => unknown;

// The functions of `lodash/fp` that the MJML packages in the bundle call, from the lodash the
// bundle carries anyway. The real `lodash/fp` loads a second, minified lodash and wraps every one
// of its 300 functions when it is loaded, which took a fifth of the newsletter's cold import.
// fp's functions take their data last and call an iteratee with its value alone; `flow` is the
// same as lodash's.
export const flow: (...funcs: (Fn | Fn[])[]) => Fn = lodash.flow;
export const identity: Fn = lodash.identity;
export const filter =
  (predicate: Fn) =>
  (collection: unknown): unknown[] =>
    lodash.filter(collection, (value: unknown) => predicate(value));
export const map =
  (iteratee: Fn) =>
  (collection: unknown): unknown[] =>
    lodash.map(collection, (value: unknown) => iteratee(value));
export const join =
  (separator: string) =>
  (array: unknown): string =>
    lodash.join(array, separator);
