import type { Benchmark, BenchResult } from './bench-result.ts';
import { cascadeBenchmark } from './cascade.bench.ts';
import { rulesBenchmark } from './rules.bench.ts';

/**
 * `pnpm bench [--quick] [--json] [name…]`: every figure is a ratio against a baseline measured
 * in the same run. `--quick` sizes for CI smoke runs, which check that each benchmark runs and
 * agrees with its baseline's results; timings are reported, not asserted.
 */
const BENCHMARKS: Benchmark[] = [rulesBenchmark, cascadeBenchmark];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const log = (line: string) => {
  if (!json) console.error(line);
};

const results: BenchResult[] = [];
for (const bench of BENCHMARKS) {
  if (only.length && !only.includes(bench.name)) continue;
  for (const r of await bench.run({ quick, log })) {
    results.push(r);
    if (json) console.log(JSON.stringify(r));
  }
}
if (!json) {
  console.table(
    results.map((r) => ({
      benchmark: r.name,
      value: `${r.value} ${r.unit}`,
      baseline: `${r.baselineValue} (${r.baseline})`,
      ratio: `${r.ratio.toFixed(2)}×`,
      target: r.target,
      met: r.met ? 'yes' : 'NO',
      'same results': r.agrees ? 'yes' : 'NO',
    })),
  );
}
const disagreeing = results.filter((r) => !r.agrees);
if (disagreeing.length) {
  console.error(`results differ from the baseline in: ${disagreeing.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
