import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['aws-sdk-client-mock-vitest/extend'],
    // Powertools Metrics writes its embedded-metric lines straight to stdout, past Vitest's console
    // capture; a test that checks them turns them back on (vi.stubEnv) and captures stdout.
    env: { POWERTOOLS_METRICS_DISABLED: 'true' },
  },
});
