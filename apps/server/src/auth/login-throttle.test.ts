import type { LoginAttemptStats } from '@cascade/db';
import { describe, expect, it } from 'vitest';
import { createAddressLimiter, loginWait, progressiveDelay } from './login-throttle.ts';

const quiet: LoginAttemptStats = {
  pairFailures: 0,
  secondsSincePairFailure: null,
  accountAddresses: 0,
  secondsSinceAccountFailure: null,
  isKnownAddress: false,
};

describe('the sign-in throttle', () => {
  it('doubles the pause from 1 s after the free tries, up to 5 minutes', () => {
    const step = { firstDelaySeconds: 1, maxDelaySeconds: 300 };
    expect([0, 1, 2, 3, 4, 9, 10, 40].map((n) => progressiveDelay(n, step))).toEqual([0, 1, 2, 4, 8, 256, 300, 300]);
  });

  it('lets three failures from one address go, then counts the pause from the latest', () => {
    expect(loginWait({ ...quiet, pairFailures: 2, secondsSincePairFailure: 0 })).toBeNull();
    expect(loginWait({ ...quiet, pairFailures: 3, secondsSincePairFailure: 0.2 })).toBe(1);
    expect(loginWait({ ...quiet, pairFailures: 3, secondsSincePairFailure: 1 })).toBeNull();
    expect(loginWait({ ...quiet, pairFailures: 6, secondsSincePairFailure: 3 })).toBe(5);
    expect(loginWait({ ...quiet, pairFailures: 50, secondsSincePairFailure: 10 })).toBe(290);
  });

  it('slows unknown addresses when many addresses fail on the account, never a known one', () => {
    const sprayed = { ...quiet, accountAddresses: 8, secondsSinceAccountFailure: 1 };
    expect(loginWait(sprayed)).toBe(7);
    expect(loginWait({ ...sprayed, isKnownAddress: true })).toBeNull();
    expect(loginWait({ ...sprayed, accountAddresses: 4 })).toBeNull();
    // The longer of the two pauses holds.
    expect(loginWait({ ...sprayed, pairFailures: 10, secondsSincePairFailure: 1 })).toBe(127);
  });

  it('limits one address across accounts per minute, in bounded memory', () => {
    let now = 0;
    const limiter = createAddressLimiter({ attempts: 3, windowMs: 60_000, maxTracked: 100 }, () => now);
    for (let i = 0; i < 3; i++) limiter.note('a');
    expect(limiter.check('a')).toBe(60);
    expect(limiter.check('b')).toBeNull();
    now = 30_000;
    expect(limiter.check('a')).toBe(30);
    now = 60_000;
    expect(limiter.check('a')).toBeNull();
    for (let i = 0; i < 1000; i++) limiter.note(`spray-${i}`);
    expect(limiter.tracked()).toBeLessThanOrEqual(100);
    // The oldest gave way; the newest are still counted.
    for (let i = 0; i < 2; i++) limiter.note('spray-999');
    expect(limiter.check('spray-999')).toBe(60);
  });
});
