import { type Acknowledgment, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from './helpers-stack.js';

/** The acknowledgements made while building the app, each with the path of the construct it is on. */
function recordAcknowledgements(): (Acknowledgment & { readonly path: string })[] {
  const recorded: (Acknowledgment & { readonly path: string })[] = [];
  const of = Validations.of.bind(Validations);
  vi.spyOn(Validations, 'of').mockImplementation((scope: IConstruct) => {
    const validations = of(scope);
    // Recorded instead of applied, so the findings they answer show in the report.
    vi.spyOn(validations, 'acknowledge').mockImplementation((...rules) => {
      recorded.push(...rules.map((rule) => ({ ...rule, path: scope.node.path })));
    });
    return validations;
  });
  return recorded;
}

describe('cdk-nag AWS Solutions checks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('find nothing unacknowledged, neither errors nor warnings', () => {
    // Prepare
    const { app } = buildTestApp({
      subscribersKey: 'lists/subscribers.txt',
      archiveBaseUrl: 'https://example.com',
    });

    // Act
    const report = new AwsSolutionsChecks().validateScope(app);

    // Assess
    expect(
      report.violations.map((v) => `${v.ruleName} at ${v.violatingResources[0]?.constructPath}`),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('run on every synth and fail it on a finding', () => {
    // Prepare
    const { app, stack } = buildTestApp();
    new Bucket(stack, 'UncheckedBucket');

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).toThrow(/AwsSolutions-S1[\s\S]*UncheckedBucket/);
  });

  it('have every acknowledgement answer a finding on its construct, with a reason', () => {
    // Prepare
    const acknowledgements = recordAcknowledgements();
    const { app } = buildTestApp();

    // Act
    const report = new AwsSolutionsChecks().validateScope(app);

    // Assess
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { id, reason, path } of acknowledgements) {
      const finding = report.violations.find((v) => v.ruleName === id);
      const paths = finding?.violatingResources.map((r) => r.constructPath) ?? [];
      expect(
        paths.some((p) => p === path || p?.startsWith(`${path}/`)),
        `${id} on ${path}`,
      ).toBe(true);
      expect(reason.length, id).toBeGreaterThan(40);
    }
  });
});
