/**
 * One benchmark figure, always measured against a baseline in the same run so the ratio holds
 * on a noisy machine. `ratio` = value / baselineValue for throughputs (higher is better) and
 * baselineValue / value… no: always value ÷ baselineValue; `target` says which way is good.
 */
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number;
  ratio: number;
  /** e.g. "≥ 100×" or "≤ 2.0×" */
  target: string;
  /** Whether the target is met in this run. */
  met: boolean;
  /** Whether the measured code and the baseline produced the same results. */
  agrees: boolean;
  details?: Record<string, unknown>;
};

export type BenchContext = { quick: boolean; log: (line: string) => void };

export type Benchmark = {
  name: string;
  /**
   * Runs only when named (`pnpm bench national`), never in a plain `pnpm bench` or CI's
   * `pnpm bench --quick`: for benchmarks that take an hour at full size.
   */
  onlyWhenNamed?: boolean;
  run: (ctx: BenchContext) => Promise<BenchResult[]>;
};
