/**
 * Sizes of the reliability scenarios: small by default (each scenario well under two minutes in
 * CI), the sizes with RELIABILITY_FULL=1; each can be set on its own.
 */
const FULL = process.env.RELIABILITY_FULL === '1';

function size(name: string, ci: number, full: number): number {
  const set = process.env[name];
  if (set !== undefined && set !== '') {
    const n = Number(set);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} should be a positive number, got ${set}`);
    return n;
  }
  return FULL ? full : ci;
}

export const SIZES = {
  full: FULL,
  /** Scenario 1: clients, assignments, seconds of hammering. */
  clients: size('RELIABILITY_CLIENTS', 32, 32),
  assignments: size('RELIABILITY_ASSIGNMENTS', 100, 100),
  hammerSeconds: size('RELIABILITY_HAMMER_SECONDS', 5, 30),
  /** Scenario 2: the org whose plan is cascaded (惠州市 in CI, 广东省 full), transitions in the burst. */
  cascadeRoot: process.env.RELIABILITY_CASCADE_ROOT ?? (FULL ? '440000' : '441300'),
  burstTransitions: size('RELIABILITY_BURST', 400, 2000),
  /** Scenario 3: seconds PostgreSQL is down. */
  outageSeconds: size('RELIABILITY_OUTAGE_SECONDS', 3, 10),
  /** Scenario 4: the deadline-scan period (seconds) and how many periods the two instances run. */
  scanPeriodSeconds: size('RELIABILITY_SCAN_PERIOD_SECONDS', 3, 5),
  scanPeriods: size('RELIABILITY_SCAN_PERIODS', 2, 5),
};
