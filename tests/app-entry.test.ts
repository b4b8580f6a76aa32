import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../infra/project-paths.js';
import { SYNTH_SETTINGS } from './helpers-stack.js';

const outdir = mkdtempSync(join(tmpdir(), 'news-digest-app-'));

/** Runs `infra/app.ts` the way `cdk synth` does: context in CDK_CONTEXT_JSON, output in CDK_OUTDIR. */
function runApp(context: Record<string, unknown>) {
  return spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['infra/app.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
    encoding: 'utf8',
  });
}

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

describe('infra/app.ts', () => {
  it('stops synth with a one-line message naming a bad setting, not a stack trace', () => {
    // Act
    const result = runApp({ ...SYNTH_SETTINGS, senderEmail: 'digest.example.com' });

    // Assess
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Invalid setting "senderEmail": expected an email address, got "digest.example.com". Set it with: cdk synth -c senderEmail=<value>\n',
    );
    expect(result.stderr).not.toMatch(/^\s+at /mu);
  });
});
