import type { LoginAttemptStats, LoginAttemptWindows } from '@cascade/db';

type Step = { firstDelaySeconds: number; maxDelaySeconds: number };
type AddressRules = { attempts: number; windowMs: number; maxTracked: number };
export type ThrottleRules = {
  pair: Step & { freeFailures: number; windowMs: number };
  account: Step & { freeAddresses: number; windowMs: number };
  knownAddressMs: number;
  perAddress: AddressRules;
};

/**
 * How sign-in attempts are slowed, never refused for good:
 * - one address on one account: 3 failures free, then 1 s, 2 s, 4 s … up to 5 min between tries,
 *   counted since that address last signed in to the account (within a day). Failures from other
 *   addresses do not touch this pair, so nobody can lock the owner out from elsewhere.
 * - the account as a whole: once 5 or more addresses failed on it within an hour (a spray from many
 *   addresses), addresses that have not signed in to it within 90 days wait, together, 1 s, 2 s,
 *   4 s … up to 5 min after the account's latest failure. Addresses it signed in from are exempt.
 * - one address across all accounts: 30 failed or refused attempts a minute (this process only).
 */
export const LOGIN_THROTTLE: ThrottleRules = {
  pair: { freeFailures: 3, firstDelaySeconds: 1, maxDelaySeconds: 300, windowMs: 24 * 3_600_000 },
  account: { freeAddresses: 4, firstDelaySeconds: 1, maxDelaySeconds: 300, windowMs: 3_600_000 },
  knownAddressMs: 90 * 86_400_000,
  perAddress: { attempts: 30, windowMs: 60_000, maxTracked: 10_000 },
};

export const LOGIN_WINDOWS: LoginAttemptWindows = {
  pairMs: LOGIN_THROTTLE.pair.windowMs,
  accountMs: LOGIN_THROTTLE.account.windowMs,
  knownAddressMs: LOGIN_THROTTLE.knownAddressMs,
};

/** The pause after `over` steps past the free ones: first, double, double …, capped. */
export function progressiveDelay(over: number, step: Step): number {
  if (over <= 0) return 0;
  return Math.min(step.firstDelaySeconds * 2 ** Math.min(over - 1, 30), step.maxDelaySeconds);
}

/** Seconds still to wait after a pause of `delay` that began `since` seconds ago; null: go ahead. */
function remaining(delay: number, since: number | null): number | null {
  if (delay <= 0 || since === null) return null;
  const left = delay - since;
  return left > 0 ? Math.ceil(left) : null;
}

/** Whether an attempt may go ahead now (null) or how many seconds to wait: the pure rule. */
export function loginWait(stats: LoginAttemptStats, rules = LOGIN_THROTTLE): number | null {
  const pair = remaining(
    progressiveDelay(stats.pairFailures - rules.pair.freeFailures + 1, rules.pair),
    stats.secondsSincePairFailure,
  );
  const account = stats.isKnownAddress
    ? null
    : remaining(
        progressiveDelay(stats.accountAddresses - rules.account.freeAddresses, rules.account),
        stats.secondsSinceAccountFailure,
      );
  if (pair === null && account === null) return null;
  return Math.max(pair ?? 0, account ?? 0);
}

export type AddressLimiter = {
  /** Seconds to wait when the address used up its attempts this minute; null otherwise. */
  check: (address: string) => number | null;
  /** Counts a failed or refused attempt against the address. */
  note: (address: string) => void;
  /** How many addresses it remembers (at most `maxTracked`). */
  tracked: () => number;
};

/**
 * The spray limit, one fixed window per address, in this process: bounded memory (expired windows
 * are dropped first, then the oldest) under a spray of addresses.
 */
export function createAddressLimiter(
  rules: AddressRules = LOGIN_THROTTLE.perAddress,
  now: () => number = Date.now,
): AddressLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (address: string) => {
    const w = windows.get(address);
    return w && now() - w.start < rules.windowMs ? w : undefined;
  };
  return {
    check(address) {
      const w = current(address);
      if (!w || w.count < rules.attempts) return null;
      return Math.max(1, Math.ceil((w.start + rules.windowMs - now()) / 1000));
    },
    note(address) {
      const w = current(address);
      if (w) {
        w.count++;
        return;
      }
      windows.delete(address);
      if (windows.size >= rules.maxTracked) {
        for (const [key, value] of windows) if (now() - value.start >= rules.windowMs) windows.delete(key);
        for (const key of windows.keys()) {
          if (windows.size < rules.maxTracked) break;
          windows.delete(key);
        }
      }
      windows.set(address, { start: now(), count: 1 });
    },
    tracked: () => windows.size,
  };
}
