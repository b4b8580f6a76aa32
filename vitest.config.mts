import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['aws-sdk-client-mock-vitest/extend'],
    // Powertools writes its JSON log lines and embedded-metric lines straight to stdout, past
    // Vitest's console capture, so the run would print them: both are off unless a test that checks
    // them turns them back on (vi.stubEnv before importing the handler) and captures stdout.
    env: { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' },
  },
});
