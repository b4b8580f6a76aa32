import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_SCHEDULE,
  InvalidSettingError,
  readDeploySettings,
} from '../infra/deploy-settings.js';
import { SYNTH_SETTINGS } from './helpers-stack.js';

const getter =
  (overrides: Record<string, unknown> = {}) =>
  (key: string): unknown =>
    ({ ...SYNTH_SETTINGS, ...overrides })[key];

/** The error `readDeploySettings` throws for these settings (fails the test when none is thrown). */
function settingError(overrides: Record<string, unknown>): InvalidSettingError {
  try {
    readDeploySettings(getter(overrides));
  } catch (error) {
    if (error instanceof InvalidSettingError) return error;
    throw error;
  }
  throw new Error(`no InvalidSettingError for ${JSON.stringify(overrides)}`);
}

describe('readDeploySettings', () => {
  it('reads the synth command line and fills in the defaults', () => {
    // Act
    const settings = readDeploySettings(getter());

    // Assess
    expect(settings).toEqual({
      senderEmail: 'digest@example.com',
      recipients: ['reader@example.com'],
      schedule: DEFAULT_SCHEDULE,
      sendRate: 1,
      listName: 'News Digest',
      listId: 'news-digest',
      maxBytes: DEFAULT_MAX_BYTES,
      editionTimeZone: 'UTC',
      postalAddress: 'News Digest, 1 Example Street, Springfield, ST 00000, USA',
    });
  });

  it('splits recipients on commas, reads numbers given as text, keeps optional settings', () => {
    // Prepare
    const overrides = {
      recipients: ' a@example.com, b@example.org ,',
      subscribersKey: 'config/subscribers.txt',
      schedule: 'rate(1 day)',
      sendRate: '14.5',
      maxBytes: 1_000_000,
      archiveBaseUrl: 'https://news.example.com/archive',
      editionTimeZone: 'Europe/London',
      listName: 'Morning Brief',
      unsubscribeMailto: 'unsubscribe@example.com',
    };

    // Act
    const settings = readDeploySettings(getter(overrides));

    // Assess
    expect(settings).toMatchObject({
      recipients: ['a@example.com', 'b@example.org'],
      subscribersKey: 'config/subscribers.txt',
      schedule: 'rate(1 day)',
      sendRate: 14.5,
      maxBytes: 1_000_000,
      archiveBaseUrl: 'https://news.example.com/archive',
      editionTimeZone: 'Europe/London',
      listName: 'Morning Brief',
      unsubscribeMailto: 'unsubscribe@example.com',
    });
  });

  it('accepts a subscribers file instead of recipients', () => {
    // Act
    const settings = readDeploySettings(
      getter({ recipients: undefined, subscribersKey: 'subscribers.json' }),
    );

    // Assess
    expect(settings.recipients).toEqual([]);
    expect(settings.subscribersKey).toBe('subscribers.json');
  });

  it.each(['cron(30 7 ? * MON-FRI *)', 'rate(1 hour)', 'rate(12 hours)', 'rate(90 minutes)'])(
    'accepts the schedule %s',
    (schedule) => {
      // Act
      const settings = readDeploySettings(getter({ schedule }));

      // Assess
      expect(settings.schedule).toBe(schedule);
    },
  );

  it.each([
    [
      'senderEmail',
      { senderEmail: 'digest.example.com' },
      /expected an email address, got "digest.example.com"/,
    ],
    ['senderEmail', { senderEmail: undefined }, /required/],
    ['recipients', { recipients: 'reader@example.com, nobody' }, /got "nobody"/],
    ['recipients', { recipients: undefined }, /at least one of recipients .* or subscribersKey/],
    ['recipients', { recipients: ' , ' }, /at least one of recipients/],
    ['subscribersKey', { subscribersKey: 'inbox/subscribers.txt' }, /must not be under inbox\//],
    ['subscribersKey', { subscribersKey: 'lists/*' }, /wildcards/],
    ['schedule', { schedule: '0 6 * * ? *' }, /expected cron\(<6 fields>\) or rate/],
    ['schedule', { schedule: 'cron(0 6 * * ?)' }, /got "cron\(0 6 \* \* \?\)"/],
    ['schedule', { schedule: 'rate(1 days)' }, /rate/],
    ['sendRate', { sendRate: '0' }, /expected a positive number, got "0"/],
    ['sendRate', { sendRate: 'fast' }, /got "fast"/],
    ['sendRate', { sendRate: -2 }, /got -2/],
    ['maxBytes', { maxBytes: '1.5' }, /positive whole number/],
    ['listName', { listName: 'News\u202eDigest' }, /one line of printable text/],
    ['listName', { listName: 'x'.repeat(81) }, /at most 80/],
    ['listId', { listId: 'News Digest' }, /slug/],
    ['unsubscribeConcurrency', { unsubscribeConcurrency: '0' }, /positive whole number/],
    ['unsubscribeMailto', { unsubscribeMailto: 'mailto:unsubscribe' }, /email address/],
    ['archiveBaseUrl', { archiveBaseUrl: 'example.com/archive' }, /https:\/\/ URL/],
    ['editionTimeZone', { editionTimeZone: 'Mars/Olympus' }, /IANA time zone/],
  ])('rejects a bad %s, naming it', (setting, overrides, problem) => {
    // Act
    const error = settingError(overrides);

    // Assess
    expect(error.name).toBe('InvalidSettingError');
    expect(error.setting).toBe(setting);
    expect(error.message).toContain(`"${setting}"`);
    expect(error.message).toMatch(problem);
  });
});
