import { InvalidConfigError } from '../errors.js';

/**
 * The date an edition built at `time` is named by, as the calendar reads in `timeZone`
 * (an IANA name such as `Europe/London`), `YYYY-MM-DD`.
 */
export function editionDate(time: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(time);
}

/**
 * Checks that a time zone is one the runtime knows.
 * @throws InvalidConfigError naming `setting` otherwise.
 */
export function checkTimeZone(setting: string, timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return timeZone;
  } catch (cause) {
    throw new InvalidConfigError(setting, `"${timeZone}" is not an IANA time zone (e.g. Europe/London)`, {
      cause,
    });
  }
}
