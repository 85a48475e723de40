import { countRecentLoginFailures, type Db } from '@cascade/db';

/** Five wrong passwords for one username within 15 minutes lock it for the rest of that window. */
export const LOCKOUT = { failures: 5, windowMs: 15 * 60_000 };
/** And one address may try 30 times a minute, whatever the usernames. */
const PER_ADDRESS = { attempts: 30, windowMs: 60_000 };

export type LoginThrottle = {
  /** Null when the attempt may go ahead, else seconds to wait. */
  check: (db: Db, username: string, address: string) => Promise<number | null>;
};

/**
 * Lockout by username is read from the event log (failed logins are logged anyway), so it holds
 * across server instances and restarts; the per-address limit is per process.
 */
export function createLoginThrottle(): LoginThrottle {
  const byAddress = new Map<string, number[]>();
  return {
    async check(db, username, address) {
      const now = Date.now();
      const recent = (byAddress.get(address) ?? []).filter((t) => now - t < PER_ADDRESS.windowMs);
      recent.push(now);
      byAddress.set(address, recent);
      if (byAddress.size > 10_000) byAddress.clear(); // bounded memory under a spray of addresses
      if (recent.length > PER_ADDRESS.attempts) return Math.ceil(PER_ADDRESS.windowMs / 1000);
      const failures = await countRecentLoginFailures(db, username, LOCKOUT.windowMs);
      return failures >= LOCKOUT.failures ? Math.ceil(LOCKOUT.windowMs / 1000) : null;
    },
  };
}
