import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cascadePlan,
  countRollupFromScratch,
  type DatabaseHandle,
  openMigratedDatabase,
  readRollup,
  seedOrgTree,
} from '@cascade/db';
import { findPostgresBinDir, startThrowawayPostgres } from '@cascade/db/testing';
import type { Benchmark, BenchResult } from './bench-result.ts';
import { huizhouPlan2022, percentile, perSecond, rawCopyMs, roundMs, timeRuns } from './cascade-copy.ts';

/**
 * Roll-up latency for the root's subtree: the incremental counts (one indexed read) against a
 * naive GROUP BY over the subtree's assignments, both timed many times in the same run.
 */
async function rollupLatency(handle: DatabaseHandle, kind: string, root: string, quick: boolean): Promise<BenchResult> {
  const runs = quick ? 30 : 200;
  const fast = await timeRuns(runs, () => readRollup(handle.db, root, 2022));
  const naive = await timeRuns(runs, () => countRollupFromScratch(handle.db, root, 2022));
  const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  const same =
    total(await readRollup(handle.db, root, 2022)) === total(await countRollupFromScratch(handle.db, root, 2022));
  const p95 = percentile(fast, 95);
  return {
    name: `roll-up (${kind}): ${quick ? '惠州市' : '广东省'} subtree p95`,
    value: roundMs(p95),
    unit: 'ms',
    baseline: 'naive GROUP BY over the subtree (p95)',
    baselineValue: roundMs(percentile(naive, 95)),
    ratio: p95 / Math.max(percentile(naive, 95), 1e-6),
    target: 'p95 < 50 ms',
    met: p95 < 50,
    agrees: same,
    details: { p50: roundMs(percentile(fast, 50)), naiveP50: roundMs(percentile(naive, 50)), runs },
  };
}

/**
 * Where the benchmark's PGlite keeps its files: a fresh data directory on disk, as the server keeps
 * its database (`data/pglite`); `BENCH_PGLITE_DIR=memory://` measures the in-memory database the
 * tests use.
 */
function pgliteDataDir(): { dataDir: string; remove: () => void } {
  const chosen = process.env.BENCH_PGLITE_DIR;
  if (chosen) return { dataDir: chosen, remove: () => {} };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cascade-bench-pglite-'));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * What the cascade must reach (issue #19): on PostgreSQL within 1.5× of copying its rows raw; on
 * the embedded database, which every first-time user runs, within 2× and at 20,000 rows/s or more.
 */
function cascadeTarget(kind: 'pglite' | 'postgres', ratio: number, rowsPerSecond: number) {
  return kind === 'postgres'
    ? { target: '≤ 1.5×', met: ratio <= 1.5 }
    : { target: '≤ 2.0× and ≥ 20,000 rows/s', met: ratio <= 2 && rowsPerSecond >= 20_000 };
}

async function runOn(kind: 'pglite' | 'postgres', quick: boolean, log: (l: string) => void): Promise<BenchResult[]> {
  const server = kind === 'postgres' ? await startThrowawayPostgres() : null;
  const local = server ? null : pgliteDataDir();
  const handle = await openMigratedDatabase(server ? { url: server.url } : { dataDir: local?.dataDir });
  try {
    await seedOrgTree(handle, { provinces: ['44'] });
    const plan = huizhouPlan2022();
    // Full: 广东省 over all its cities, counties and townships; quick: one city (惠州).
    const root = quick ? '441300' : '440000';
    const result = await cascadePlan(handle, { parent: plan, rootOrgId: root, actor: 'bench' });
    // Each plan is written with its version 1 (逐级下达 issues it): two rows per plan.
    const written = result.plans * 2 + result.items + result.assignments;
    const baseline = await rawCopyMs(handle);
    log(
      `cascade on ${kind}${local ? ` (${local.dataDir.startsWith('memory://') ? 'in memory' : 'data directory on disk'})` : ''}: ${result.plans} plans, ${written} rows in ${result.ms.toFixed(0)} ms (${perSecond(written, result.ms)} rows/s); raw COPY of ${baseline.rows} rows ${baseline.ms.toFixed(0)} ms (${perSecond(baseline.rows, baseline.ms)} rows/s)`,
    );
    const ratio = result.ms / baseline.ms;
    const rollup = await rollupLatency(handle, kind, root, quick);
    log(`roll-up on ${kind}: p95 ${rollup.value} ms vs naive GROUP BY p95 ${rollup.baselineValue} ms`);
    const cascade: BenchResult = {
      name: `cascade (${kind}): ${quick ? '惠州市' : '广东省'} subtree vs raw COPY`,
      value: Math.round(result.ms),
      unit: 'ms',
      baseline: 'raw COPY of the same rows',
      baselineValue: Math.round(baseline.ms),
      ratio,
      ...cascadeTarget(kind, ratio, perSecond(written, result.ms)),
      agrees: baseline.rows === written,
      details: {
        plans: result.plans,
        items: result.items,
        assignments: result.assignments,
        rowsPerSecond: perSecond(written, result.ms),
        rawRowsPerSecond: perSecond(baseline.rows, baseline.ms),
        ...(local ? { dataDir: local.dataDir.startsWith('memory://') ? 'memory' : 'disk' } : {}),
      },
    };
    return [cascade, rollup];
  } finally {
    await handle.close();
    await server?.stop();
    local?.remove();
  }
}

export const cascadeBenchmark: Benchmark = {
  name: 'cascade',
  run: async ({ quick, log }) => {
    // BENCH_DATABASES=postgres skips the embedded run, BENCH_DATABASES=pglite the server's.
    const engines = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
    const results = engines.includes('pglite') ? await runOn('pglite', quick, log) : [];
    if (!engines.includes('postgres')) return results;
    if (findPostgresBinDir()) results.push(...(await runOn('postgres', quick, log)));
    else log('cascade on PostgreSQL skipped: server binaries not found (apt-get install -y postgresql)');
    return results;
  },
};
