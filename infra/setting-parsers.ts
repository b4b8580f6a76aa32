import * as z from 'zod/mini';

/** A deploy-time setting is missing or malformed; `setting` names it as given to `cdk -c`. */
export class InvalidSettingError extends Error {
  override readonly name = 'InvalidSettingError';
  /** The setting's name, e.g. `senderEmail`. */
  readonly setting: string;

  constructor(setting: string, problem: string) {
    super(`Invalid setting "${setting}": ${problem}. Set it with: cdk synth -c ${setting}=<value>`);
    this.setting = setting;
  }
}

/** Reads one setting by name. */
type Get = (key: string) => unknown;

// The same validator the handlers use (zod's email), so an address accepted here is accepted there.
const EMAIL = z.email();
const CRON = /^cron\(\S+(?: \S+){5}\)$/u;
// EventBridge wants the singular unit for 1 and the plural for more.
const RATE = /^rate\((?:1 (?:minute|hour|day)|(?:[2-9]|[1-9]\d+) (?:minutes|hours|days))\)$/u;

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** A text setting, trimmed; `undefined` when absent or empty (an empty `-c name=` means unset). */
export function optionalString(get: Get, name: string): string | undefined {
  const value = get(name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidSettingError(name, `expected text, got ${describe(value)}`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function requiredString(get: Get, name: string): string {
  const value = optionalString(get, name);
  if (value === undefined) throw new InvalidSettingError(name, 'it is required');
  return value;
}

function checkEmail(name: string, value: string): string {
  if (!EMAIL.safeParse(value).success) {
    throw new InvalidSettingError(name, `expected an email address, got ${describe(value)}`);
  }
  return value;
}

/** A required email address. */
export const requiredEmail = (get: Get, name: string): string => checkEmail(name, requiredString(get, name));

/** A comma-separated list of email addresses; `undefined` when absent. */
export function optionalEmailList(get: Get, name: string): string[] | undefined {
  const value = optionalString(get, name);
  if (value === undefined) return undefined;
  const addresses = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return addresses.map((address) => checkEmail(name, address));
}

/** A required https URL, returned as given. */
export function requiredHttpsUrl(get: Get, name: string): string {
  const value = requiredString(get, name);
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') {
    throw new InvalidSettingError(name, `expected an https:// URL, got ${describe(value)}`);
  }
  return value;
}

/** An EventBridge schedule expression, checked for shape so a typo fails at synth, not at deploy. */
export function scheduleExpression(get: Get, name: string, fallback: string): string {
  const value = optionalString(get, name) ?? fallback;
  if (!CRON.test(value) && !RATE.test(value)) {
    throw new InvalidSettingError(
      name,
      `expected cron(<6 fields>) or rate(<n> <minute(s)|hour(s)|day(s)>), got ${describe(value)}`,
    );
  }
  return value;
}

/** A positive number given as a number (cdk.json) or as text (`-c name=2`). */
export function settingNumber(
  get: Get,
  name: string,
  options: { readonly fallback: number; readonly integer: boolean },
): number {
  const raw = get(name);
  if (raw === undefined || raw === null || raw === '') return options.fallback;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  const wanted = options.integer ? 'a positive whole number' : 'a positive number';
  const valid =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value > 0 &&
    (!options.integer || Number.isInteger(value));
  if (!valid) {
    throw new InvalidSettingError(name, `expected ${wanted}, got ${describe(raw)}`);
  }
  return value;
}
