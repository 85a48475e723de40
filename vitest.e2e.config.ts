import { defineConfig } from 'vitest/config';

// Browser tests in Debian's Chromium (tests/e2e) alone: `pnpm test:e2e`. `pnpm test` runs them too.
// They build the web app and load a province:
//   pnpm exec vitest run --config vitest.e2e.config.ts
// They use an in-memory PGlite, so no PostgreSQL global setup is needed here.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One browser at a time on a two-core machine.
    fileParallelism: false,
  },
});
