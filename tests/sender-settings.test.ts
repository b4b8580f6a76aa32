import { describe, expect, it } from 'vitest';
import { InvalidSettingError, readDeploySettings } from '../infra/deploy-settings.js';
import { SYNTH_SETTINGS } from './helpers-stack.js';

const DOMAIN = { senderEmail: 'digest@news.example.com', senderDomain: 'news.example.com' };

const read = (overrides: Record<string, unknown>) =>
  readDeploySettings((key) => ({ ...SYNTH_SETTINGS, ...overrides })[key]);

/** The error `readDeploySettings` throws for these settings (fails the test when none is thrown). */
function settingError(overrides: Record<string, unknown>): InvalidSettingError {
  try {
    read(overrides);
  } catch (error) {
    if (error instanceof InvalidSettingError) return error;
    throw error;
  }
  throw new Error(`no InvalidSettingError for ${JSON.stringify(overrides)}`);
}

describe('sender domain settings', () => {
  it('are absent without senderDomain: the sender address alone is the identity', () => {
    // Act
    const settings = read({});

    // Assess
    expect(settings.senderDomain).toBeUndefined();
    expect(settings.alarmEmail).toBeUndefined();
  });

  it('read a domain, lower-cased without its final dot, with the MAIL FROM subdomain mail', () => {
    // Act
    const settings = read({ senderEmail: 'Digest@News.Example.com', senderDomain: 'News.Example.com.' });

    // Assess
    expect(settings.senderDomain).toEqual({
      domain: 'news.example.com',
      mailFromDomain: 'mail.news.example.com',
    });
  });

  it('read a hosted zone holding the domain, a MAIL FROM subdomain and a DMARC report address', () => {
    // Act
    const settings = read({
      ...DOMAIN,
      hostedZoneId: 'Z0123456789ABC',
      hostedZoneName: 'example.com',
      mailFromSubdomain: 'bounce',
      dmarcReportEmail: 'dmarc@example.com',
    });

    // Assess
    expect(settings.senderDomain).toEqual({
      domain: 'news.example.com',
      mailFromDomain: 'bounce.news.example.com',
      hostedZone: { id: 'Z0123456789ABC', name: 'example.com' },
      dmarcReportEmail: 'dmarc@example.com',
    });
  });

  it('read alarmEmail', () => {
    // Act
    const settings = read({ alarmEmail: 'ops@example.com' });

    // Assess
    expect(settings.alarmEmail).toBe('ops@example.com');
  });

  it.each([
    ['senderDomain', { senderDomain: 'news example.com' }, /expected a domain such as example.com/],
    ['senderDomain', { senderDomain: 'localhost' }, /got "localhost"/],
    ['senderDomain', { senderDomain: '-news.example.com' }, /expected a domain/],
    ['senderDomain', { senderDomain: 'news.example.123' }, /expected a domain/],
    ['senderEmail', { senderDomain: 'example.org' }, /expected an address @example.org \(senderDomain\)/],
    ['senderEmail', { senderEmail: 'digest@mail.news.example.com' }, /@news.example.com/],
    ['hostedZoneId', { hostedZoneName: 'example.com' }, /give it with hostedZoneName/],
    ['hostedZoneName', { hostedZoneId: 'Z0123456789ABC' }, /give it with hostedZoneId/],
    [
      'hostedZoneId',
      { hostedZoneId: '/hostedzone/Z0123', hostedZoneName: 'example.com' },
      /Route 53 zone id such as Z0123456789ABC/,
    ],
    [
      'hostedZoneName',
      { hostedZoneId: 'Z0123', hostedZoneName: 'ample.com' },
      /the zone holding news.example.com/,
    ],
    [
      'hostedZoneName',
      { hostedZoneId: 'Z0123', hostedZoneName: 'other.example.com' },
      /got "other.example.com"/,
    ],
    ['mailFromSubdomain', { mailFromSubdomain: 'mail.bounce' }, /one DNS label/],
    ['mailFromSubdomain', { mailFromSubdomain: 'bounce_1' }, /one DNS label/],
    ['dmarcReportEmail', { dmarcReportEmail: 'reports' }, /email address/],
  ])('reject a bad %s, naming it', (setting, overrides, problem) => {
    // Act
    const error = settingError({ ...DOMAIN, ...overrides });

    // Assess
    expect(error.setting).toBe(setting);
    expect(error.message).toMatch(problem);
  });

  it.each(['hostedZoneId', 'hostedZoneName', 'mailFromSubdomain', 'dmarcReportEmail'])(
    'reject %s without senderDomain, where it would be ignored',
    (setting) => {
      // Act
      const error = settingError({ [setting]: 'example.com' });

      // Assess
      expect(error.setting).toBe(setting);
      expect(error.message).toMatch(/applies only with senderDomain/);
    },
  );

  it('reject a bad alarmEmail, naming it', () => {
    // Act
    const error = settingError({ alarmEmail: 'ops' });

    // Assess
    expect(error.setting).toBe('alarmEmail');
  });
});

describe('postalAddress setting', () => {
  it('is required', () => {
    // Act
    const error = settingError({ postalAddress: undefined });

    // Assess
    expect(error.setting).toBe('postalAddress');
    expect(error.message).toMatch(/required/);
  });

  it('is kept as given, trimmed, in any script', () => {
    // Act
    const settings = read({ postalAddress: '  Zeitung GmbH, Straße des 17. Juni 135, 10623 Berlin ' });

    // Assess
    expect(settings.postalAddress).toBe('Zeitung GmbH, Straße des 17. Juni 135, 10623 Berlin');
  });

  it.each([
    ['on two lines', '1 Example Street\nSpringfield', /U\+000A/],
    ['with a bidi override', '1 Example Street \u202eSpringfield', /U\+202E/],
    ['with a zero-width space', '1 Example\u200bStreet', /U\+200B/],
    ['too long', `1 ${'Example Street '.repeat(14)}`, /more than 200/],
  ])('is rejected %s, naming it', (_, postalAddress, problem) => {
    // Act
    const error = settingError({ postalAddress });

    // Assess
    expect(error.setting).toBe('postalAddress');
    expect(error.message).toMatch(problem);
  });
});
