import { describe, expect, it } from 'vitest';
import { InvalidSettingError, readDeploySettings } from '../infra/deploy-settings.js';
import { SYNTH_SETTINGS } from './helpers-stack.js';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f2e4a1c-1111-2222-3333-444455556666';

const read = (overrides: Record<string, unknown>) =>
  readDeploySettings((key) => ({ ...SYNTH_SETTINGS, ...overrides })[key]);

describe('the web copies’ custom domain settings', () => {
  it('takes a domain name with its us-east-1 certificate, the name lower-cased', () => {
    // Act
    const settings = read({ webDomainName: 'News.Example.com', webCertificateArn: CERTIFICATE });

    // Assess
    expect(settings.webDomain).toEqual({ name: 'news.example.com', certificateArn: CERTIFICATE });
  });

  it('leaves the domain out when neither is given, or both are empty', () => {
    // Assess
    expect(read({}).webDomain).toBeUndefined();
    expect(read({ webDomainName: '', webCertificateArn: ' ' }).webDomain).toBeUndefined();
  });

  it.each([
    ['webCertificateArn', { webDomainName: 'news.example.com' }, /needs the ARN of its ACM certificate/],
    ['webDomainName', { webCertificateArn: CERTIFICATE }, /needs the domain name/],
    [
      'webDomainName',
      { webDomainName: 'https://news.example.com', webCertificateArn: CERTIFICATE },
      /host name/,
    ],
    ['webDomainName', { webDomainName: 'localhost', webCertificateArn: CERTIFICATE }, /host name/],
    [
      'webCertificateArn',
      { webDomainName: 'news.example.com', webCertificateArn: CERTIFICATE.replace('us-east-1', 'eu-west-1') },
      /in us-east-1/,
    ],
    ['webCertificateArn', { webDomainName: 'news.example.com', webCertificateArn: 'my-certificate' }, /ARN/],
  ])('rejects %s when wrong or alone, naming it', (setting, overrides, problem) => {
    // Act
    const act = () => read(overrides);

    // Assess
    expect(act).toThrow(InvalidSettingError);
    expect(act).toThrow(new RegExp(`^Invalid setting "${setting}": `, 'u'));
    expect(act).toThrow(problem);
  });
});
