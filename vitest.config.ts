import { availableParallelism } from 'node:os';
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
    // Vitest's default leaves a core free (one worker on a 2-core machine), but the suites wait on
    // PostgreSQL and Chromium much of the time: two workers there halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
