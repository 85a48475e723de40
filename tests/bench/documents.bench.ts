import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOrgTree, readDivisionData } from '@cascade/db';
import { importPlanText, toImportJson } from '@cascade/documents';
import { createOrgDirectory, derivationToDraft, derivePlan, type PlanJson, planDraftFromJson } from '@cascade/engine';
import type { Benchmark, BenchResult } from './bench-result.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import');
const SEEDS = ['huizhou-city-2022', 'dianjiang-county-2022', 'guixi-city-2021'];

/** Median of `runs` timings of `work`, in ms (the median shrugs off a GC pause). */
function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * Importing each seed document (target < 50 ms) against the floor of any text importer: splitting
 * the same text into trimmed lines and testing each against one outline-number pattern.
 */
function importResults(runs: number): BenchResult[] {
  return SEEDS.map((seed) => {
    const text = readFileSync(path.join(fixtures, 'seed', `${seed}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(fixtures, `${seed}.expected.json`), 'utf8')) as PlanJson;
    let measures = 0;
    const ms = medianMs(runs, () => {
      measures = toImportJson(importPlanText(text, { fileName: `${seed}.txt` })).items.length;
    });
    const baselineMs = medianMs(runs, () => {
      text
        .split('\n')
        .filter((line) => /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/.test(line.trim()));
    });
    return {
      name: `import ${seed}`,
      value: round(ms),
      unit: 'ms',
      baseline: 'split into lines + one outline regex',
      baselineValue: round(baselineMs),
      ratio: ms / Math.max(baselineMs, 1e-6),
      target: '< 50 ms',
      met: ms < 50,
      agrees: measures === expected.items.length,
      details: { measures },
    };
  });
}

/** Deriving 博罗县's plan from 惠州市's 2022 plan, against copying the parent's items unchanged. */
function deriveResult(runs: number): BenchResult {
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'huizhou-city-2022.expected.json'), 'utf8'));
  const plan = planDraftFromJson(expected as PlanJson, 2022);
  const directory = createOrgDirectory(buildOrgTree(readDivisionData(), ['44']));
  const huizhou = directory.find('441300')!;
  const boluo = directory.find('441322')!;
  let derived = 0;
  const ms = medianMs(runs, () => {
    derived = derivationToDraft(derivePlan(plan, huizhou, boluo, directory), plan).items.length;
  });
  const baselineMs = medianMs(runs, () => {
    structuredClone(plan.items);
  });
  return {
    name: 'derive 博罗县 from 惠州市 2022',
    value: round(ms),
    unit: 'ms',
    baseline: 'structuredClone of the parent items',
    baselineValue: round(baselineMs),
    ratio: ms / Math.max(baselineMs, 1e-6),
    target: '< 50 ms',
    met: ms < 50,
    agrees: derived > 0 && derived <= plan.items.length,
    details: { derived, parentItems: plan.items.length },
  };
}

export const documentsBenchmark: Benchmark = {
  name: 'documents',
  async run({ quick, log }) {
    const runs = quick ? 5 : 50;
    log(`documents: importing the seed documents and deriving 博罗县, median of ${runs} runs`);
    return [...importResults(runs), deriveResult(runs)];
  },
};
