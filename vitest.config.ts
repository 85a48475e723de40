import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser tests (tests/e2e) run here too; they skip with a printed reason without Chromium.
    exclude: ['**/node_modules/**', 'tests/reliability/**'],
    globalSetup: ['tests/setup/postgres-server.global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
