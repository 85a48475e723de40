import { defineConfig } from 'vitest/config';

// Reliability scenarios (tests/reliability): real server processes on a throwaway PostgreSQL each
// scenario starts itself; kill -9, database outages, several instances. `pnpm test:reliability`;
// RELIABILITY_FULL=1 for the sizes, figures to .tmp/reliability-figures.json
// (`pnpm reliability:doc` rewrites docs/RELIABILITY.md from them).
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.reliability.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One scenario at a time: they measure, and the machine has two cores.
    fileParallelism: false,
  },
});
