import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from './events.repository.ts';
import { rowsOf } from './rollup.repository.ts';

/**
 * Sign-in attempts live in the event log, one row each, subject `user` / the username typed:
 * `auth.loginAttempt` while the password is being checked, then `auth.loginFailed` or
 * `auth.login` (actor: the user), with `payload.address` the client's address. Reading the log
 * (not process memory) is what makes the throttle hold across server instances.
 */
const ATTEMPT = 'auth.loginAttempt';
const FAILED = 'auth.loginFailed';
const SIGNED_IN = 'auth.login';

/** What the throttle weighs for one (username, address) pair; seconds are the database's clock. */
export type LoginAttemptStats = {
  /** Failures (and attempts still in flight) from this address since its last sign-in, in the pair window. */
  pairFailures: number;
  /** Seconds since this address's latest failure on the account; null when none. */
  secondsSincePairFailure: number | null;
  /** Distinct addresses that failed on the account in the account window (attempts in flight not counted). */
  accountAddresses: number;
  /** Seconds since the account's latest failure from any address; null when none. */
  secondsSinceAccountFailure: number | null;
  /** This address signed in to this account within the known-address window. */
  isKnownAddress: boolean;
};

/**
 * How a sign-in was made: a password at the sign-in page, the current password checked again to set
 * a new one, or the unified identity platform (统一身份认证, OpenID Connect).
 */
export type SignInMethod = 'password' | 'passwordCheck' | 'oidc';

export type LoginAttemptWindows = { pairMs: number; accountMs: number; knownAddressMs: number };

export type LoginAttemptReservation = { attemptId: number } | { waitSeconds: number };

/** An attempt still unsettled after this long was cut off (a crash) and counts as a failure. */
const IN_FLIGHT_MS = 60_000;

const secs = (ms: number) => sql`make_interval(secs => ${ms / 1000})`;

/**
 * Reads the pair's and the account's recent attempts and, when `decide` lets it go ahead, logs the
 * attempt at once (as in flight) — under a per-username advisory lock, so parallel requests on any
 * instance each see the ones before them and cannot slip through together.
 */
export async function reserveLoginAttempt(
  db: Db,
  input: { username: string; address: string; windows: LoginAttemptWindows; method?: SignInMethod },
  decide: (stats: LoginAttemptStats) => number | null,
): Promise<LoginAttemptReservation> {
  const { username, address, windows, method = 'password' } = input;
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${username}`}, 0))`);
    const [row] = rowsOf<Record<keyof LoginAttemptStats, unknown>>(
      await tx.execute(sql`
        WITH e AS (
          SELECT type, at, payload->>'address' AS address FROM events
          WHERE subject_type = 'user' AND subject_id = ${username}
            AND type IN (${ATTEMPT}, ${FAILED}, ${SIGNED_IN})
            AND at > now() - ${secs(Math.max(windows.knownAddressMs, windows.pairMs, windows.accountMs))}
        ),
        known AS (SELECT max(at) AS at FROM e WHERE type = ${SIGNED_IN} AND address = ${address}
                    AND at > now() - ${secs(windows.knownAddressMs)}),
        failed AS (SELECT * FROM e WHERE type <> ${SIGNED_IN}),
        -- For the account as a whole only settled failures count (and attempts left in flight by a
        -- crash): many people signing in to one shared office account at nine o'clock are not a spray.
        settled AS (SELECT * FROM failed WHERE type = ${FAILED} OR at < now() - ${secs(IN_FLIGHT_MS)})
        SELECT
          (SELECT count(*)::int FROM failed f, known k WHERE f.address = ${address}
             AND f.at > now() - ${secs(windows.pairMs)} AND (k.at IS NULL OR f.at > k.at)) AS "pairFailures",
          (SELECT extract(epoch FROM now() - max(at))::float8 FROM failed WHERE address = ${address})
             AS "secondsSincePairFailure",
          (SELECT count(DISTINCT address)::int FROM settled WHERE at > now() - ${secs(windows.accountMs)})
             AS "accountAddresses",
          (SELECT extract(epoch FROM now() - max(at))::float8 FROM settled) AS "secondsSinceAccountFailure",
          (SELECT at IS NOT NULL FROM known) AS "isKnownAddress"`),
    );
    const seconds = (v: unknown) => (v === null || v === undefined ? null : Math.max(0, Number(v)));
    const wait = decide({
      pairFailures: Number(row?.pairFailures ?? 0),
      secondsSincePairFailure: seconds(row?.secondsSincePairFailure),
      accountAddresses: Number(row?.accountAddresses ?? 0),
      secondsSinceAccountFailure: seconds(row?.secondsSinceAccountFailure),
      isKnownAddress: Boolean(row?.isKnownAddress),
    });
    if (wait !== null) return { waitSeconds: wait };
    const attemptId = await logEvent(tx, {
      actor: 'anonymous',
      type: ATTEMPT,
      subjectType: 'user',
      subjectId: username,
      payload: { address, method },
    });
    return { attemptId };
  });
}

/** The attempt's outcome: a failure stays anonymous, a sign-in is the user's own act. */
export async function settleLoginAttempt(
  db: Db,
  attemptId: number,
  outcome: { signedIn: false } | { signedIn: true; userId: string },
): Promise<void> {
  await db.execute(sql`UPDATE events
    SET type = ${outcome.signedIn ? SIGNED_IN : FAILED}, actor = ${outcome.signedIn ? outcome.userId : 'anonymous'}
    WHERE id = ${attemptId} AND type = ${ATTEMPT}`);
}

export type LoginFailure = { at: string; address: string };

/**
 * What a user is told at sign-in: the failures on the account since its previous sign-in (or within
 * `days` when there was none), counted, with the `limit` newest. Call before this sign-in is settled.
 */
export async function loginFailuresSinceLastSignIn(
  db: Db,
  input: { username: string; days: number; limit: number },
): Promise<{ total: number; since: string | null; items: LoginFailure[] }> {
  const rows = rowsOf<{ at: unknown; address: string | null; total: number; since: unknown }>(
    await db.execute(sql`
      WITH last AS (
        SELECT max(at) AS at FROM events
        WHERE subject_type = 'user' AND subject_id = ${input.username} AND type = ${SIGNED_IN}
      )
      SELECT e.at, e.payload->>'address' AS address, count(*) OVER ()::int AS total, last.at AS since
      FROM last LEFT JOIN events e ON e.subject_type = 'user' AND e.subject_id = ${input.username}
        AND e.type = ${FAILED} AND e.at > coalesce(last.at, now() - make_interval(days => ${input.days}))
      ORDER BY e.id DESC NULLS LAST LIMIT ${input.limit}`),
  );
  const since = rows[0]?.since ? new Date(rows[0].since as string).toISOString() : null;
  const found = rows.filter((r) => r.at !== null);
  return { total: found.length ? Number(found[0]?.total) : 0, since, items: found.map(toFailure) };
}

export type OrgLoginFailure = {
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  address: string;
  count: number;
  firstAt: string;
  lastAt: string;
};

/**
 * Failed sign-ins on the accounts of an org subtree within `days`, one row per account and address
 * (how many, first and last), the latest first. Usernames that name no account are nobody's to see.
 */
export async function listOrgLoginFailures(
  db: Db,
  input: { orgPath: string; days: number; limit: number },
): Promise<OrgLoginFailure[]> {
  const rows = rowsOf<Omit<OrgLoginFailure, 'firstAt' | 'lastAt'> & { firstAt: unknown; lastAt: unknown }>(
    await db.execute(sql`
      SELECT u.username, u.display_name AS "displayName", o.id AS "orgId", o.name AS "orgName",
             coalesce(e.payload->>'address', '') AS address, count(*)::int AS count,
             min(e.at) AS "firstAt", max(e.at) AS "lastAt"
      FROM users u
      JOIN orgs o ON o.id = u.org_id
      JOIN events e ON e.subject_type = 'user' AND e.subject_id = u.username AND e.type = ${FAILED}
        AND e.at > now() - make_interval(days => ${input.days})
      WHERE o.path LIKE ${`${input.orgPath}%`}
      GROUP BY u.username, u.display_name, o.id, o.name, e.payload->>'address'
      ORDER BY max(e.at) DESC, u.username
      LIMIT ${input.limit}`),
  );
  return rows.map((r) => ({
    ...r,
    count: Number(r.count),
    firstAt: new Date(r.firstAt as string).toISOString(),
    lastAt: new Date(r.lastAt as string).toISOString(),
  }));
}

const toFailure = (r: { at: unknown; address: string | null }): LoginFailure => ({
  at: new Date(r.at as string).toISOString(),
  address: r.address ?? '',
});

/** One entry of an account's sign-in history. */
export type SignInRecord = { at: string; address: string; signedIn: boolean; method: SignInMethod };

/**
 * 登录记录: the account's sign-ins and failed attempts within `days`, newest first, at most `limit`,
 * with how many of each there were. Attempts logged before the method was recorded were passwords.
 */
export async function listSignIns(
  db: Db,
  input: { username: string; days: number; limit: number },
): Promise<{ signIns: number; failures: number; items: SignInRecord[] }> {
  const rows = rowsOf<{ at: unknown; address: string | null; type: string; method: string | null }>(
    await db.execute(sql`
      SELECT at, type, payload->>'address' AS address, payload->>'method' AS method FROM events
      WHERE subject_type = 'user' AND subject_id = ${input.username} AND type IN (${SIGNED_IN}, ${FAILED})
        AND at > now() - make_interval(days => ${input.days})
      ORDER BY id DESC LIMIT ${input.limit}`),
  );
  const [counts] = rowsOf<{ signIns: number; failures: number }>(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE type = ${SIGNED_IN})::int AS "signIns",
             count(*) FILTER (WHERE type = ${FAILED})::int AS failures
      FROM events
      WHERE subject_type = 'user' AND subject_id = ${input.username} AND type IN (${SIGNED_IN}, ${FAILED})
        AND at > now() - make_interval(days => ${input.days})`),
  );
  return {
    signIns: Number(counts?.signIns ?? 0),
    failures: Number(counts?.failures ?? 0),
    items: rows.map((r) => ({
      ...toFailure(r),
      signedIn: r.type === SIGNED_IN,
      method: isSignInMethod(r.method) ? r.method : 'password',
    })),
  };
}

const isSignInMethod = (v: unknown): v is SignInMethod => v === 'password' || v === 'passwordCheck' || v === 'oidc';
