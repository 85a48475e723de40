import { rememberedByText } from '@cascade/engine';
import type { DatabaseHandle } from '../client.ts';
import { type FoundSession, findSession, isRenewalDue, type SessionTimes, sha256 } from './accounts.repository.ts';

/** The channel the triggers of migration 0016 notify when what a session lookup reads changes. */
export const SESSIONS_CHANNEL = 'cascade_sessions';

/**
 * A statement of this process that may change what a session lookup reads: any write to `users`
 * or `orgs`, and a session ended, truncated or changed. Pushing an idle expiry forward (the
 * lookup's own renewal, below) is not one: each entry checks its expiry itself.
 */
const WRITES_ACCOUNTS =
  /\b(?:update|delete\s+from|insert\s+into|truncate(?:\s+table)?)\s+(?:only\s+)?"?(?:users|orgs)\b/i;
const WRITES_SESSIONS = /\b(?:update|delete\s+from|truncate(?:\s+table)?)\s+(?:only\s+)?"?sessions\b/i;
const RENEWAL = /^update "sessions" set "expires_at" = \$1 where "sessions"\."id" = \$2$/;

export function changesSessions(statement: string): boolean {
  return WRITES_ACCOUNTS.test(statement) || (WRITES_SESSIONS.test(statement) && !RENEWAL.test(statement));
}

/** At most this many sessions are held; the oldest goes first. */
const MOST_HELD = 10_000;
/** An entry is read again after this even if no change was told (one lost while a listener reconnected). */
const LONGEST_HELD_MS = 60_000;

export type SessionCache = {
  /** The live session a cookie token names, as `findSession` finds it; from memory while nothing changed. */
  find: (token: string, times: SessionTimes) => Promise<FoundSession | undefined>;
  /** Forgets every session held. */
  clear: () => void;
  /** How many sessions are held now. */
  held: () => number;
};

type Held = { session: FoundSession; heldSince: number };

const caches = new WeakMap<DatabaseHandle, SessionCache>();

/**
 * The sessions of one database held in this process's memory, so that a signed-in request does not
 * look its session up each time (a round trip of three on a transition: docs/BENCHMARKS.md). What
 * is held is forgotten, all of it, when a change could make it wrong:
 * - at once, when this process sends a statement that writes sessions, accounts or units (before
 *   it is sent: a lookup already under way when it is sent is not kept either);
 * - when another process's such write commits, told by the triggers of migration 0016 (PostgreSQL
 *   delivers the notification within milliseconds of the commit; PGlite, one process, at the
 *   commit itself);
 * - whenever listening (re)starts, since notifications sent while it was down are lost.
 * Until listening has started nothing is held: every request looks its session up.
 */
export function sessionCacheFor(handle: DatabaseHandle): SessionCache {
  let cache = caches.get(handle);
  if (!cache) {
    cache = createSessionCache(handle);
    caches.set(handle, cache);
  }
  return cache;
}

function createSessionCache(handle: DatabaseHandle): SessionCache {
  const held = new Map<string, Held>();
  let generation = 0;
  let listening = false;
  const clear = () => {
    generation++;
    held.clear();
  };
  // Every statement the process sends is judged, and the hot ones are the same few texts: each is
  // judged once (the regular expressions ran on each, ~1 % of a transition's CPU).
  const changes = rememberedByText(changesSessions, { longest: 4_000 });
  handle.watchStatements?.((statement) => {
    if (changes(statement)) clear();
  });
  handle
    .listen(SESSIONS_CHANNEL, clear, () => {
      clear();
      listening = true;
    })
    .catch(() => {
      listening = false; // no notifications, nothing held: every request asks the database
    });

  return {
    clear,
    held: () => held.size,
    async find(token, times) {
      const id = sha256(token);
      const now = Date.now();
      const entry = held.get(id);
      if (listening && entry && isFresh(entry, now, times)) return entry.session;
      const before = generation;
      const session = await findSession(handle.db, token, times);
      held.delete(id);
      if (session && listening && generation === before) {
        if (held.size >= MOST_HELD) held.delete(held.keys().next().value as string);
        held.set(id, { session, heldSince: now });
      }
      return session;
    },
  };
}

/** Held briefly enough, not expired, and not yet due for its idle expiry to be pushed forward. */
function isFresh({ session, heldSince }: Held, now: number, times: SessionTimes): boolean {
  return (
    now - heldSince < LONGEST_HELD_MS &&
    session.expiresAtMs > now &&
    session.absoluteExpiresAtMs > now &&
    !isRenewalDue(session.expiresAtMs, Math.min(now + times.idleMs, session.absoluteExpiresAtMs))
  );
}
