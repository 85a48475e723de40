import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { sessions } from '../schema/sessions.schema.ts';
import { users } from '../schema/users.schema.ts';
import { logEvent } from './events.repository.ts';

export type UserRow = typeof users.$inferSelect;
/** A user with the org facts access checks need. */
export type Account = Pick<UserRow, 'id' | 'username' | 'displayName' | 'orgId' | 'role' | 'mustChangePassword'> & {
  orgName: string;
  orgPath: string;
};

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  orgId: users.orgId,
  role: users.role,
  mustChangePassword: users.mustChangePassword,
  orgName: orgs.name,
  orgPath: orgs.path,
};

/** The account that may sign in under this username: a disabled one answers as no account at all. */
export async function findUserByUsername(
  db: Db,
  username: string,
): Promise<(Account & { passwordHash: string }) | undefined> {
  const [row] = await db
    .select({ ...accountColumns, passwordHash: users.passwordHash })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(users.username, username), isNull(users.disabledAt)));
  return row;
}

/** The id an account is stored under: its username, prefixed. */
export const userIdOf = (username: string) => `user-${username}`;

export type NewUser = {
  username: string;
  displayName: string;
  passwordHash: string;
  orgId: string;
  role: string;
  /** Who creates it: a user id, or `system:cli` / `system:seed`. */
  actor: string;
  phone?: string | null;
  /** The password was handed over (generated): the first sign-in must set a new one. */
  mustChangePassword?: boolean;
  /** The address the request came from, for the event (none from the console). */
  address?: string;
};

/** Creates an account and logs `user.created` with its org, in one transaction. */
export async function createUser(db: Db, input: NewUser): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const id = userIdOf(input.username);
    const [user] = await tx
      .insert(users)
      .values({
        id,
        username: input.username,
        displayName: input.displayName,
        passwordHash: input.passwordHash,
        orgId: input.orgId,
        role: input.role,
        phone: input.phone ?? null,
        mustChangePassword: input.mustChangePassword ?? false,
      })
      .returning();
    const [org] = await tx.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, input.orgId));
    await logEvent(tx, {
      actor: input.actor,
      type: 'user.created',
      subjectType: 'user',
      subjectId: id,
      payload: {
        username: input.username,
        displayName: input.displayName,
        orgId: input.orgId,
        orgPath: org?.path ?? null,
        role: input.role,
        ...(input.address ? { address: input.address } : {}),
      },
    });
    return user as UserRow;
  });
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type SessionTimes = { idleMs: number; absoluteMs: number };

/** Where a session began: the client's address and its browser, as the holder will see them listed. */
export type SessionDevice = { address?: string | undefined; userAgent?: string | undefined };

/** Longer user agents are cut: the header is the client's to fill, the row is ours. */
const USER_AGENT_MAX = 300;

/** A new session for a user: the cookie token (returned once, stored only as a hash) and its CSRF token. */
export async function createSession(db: Db, userId: string, times: SessionTimes, device: SessionDevice = {}) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = Date.now();
  await db.insert(sessions).values({
    id: sha256(token),
    userId,
    csrfToken,
    expiresAt: new Date(now + times.idleMs),
    absoluteExpiresAt: new Date(now + times.absoluteMs),
    address: device.address ?? null,
    userAgent: device.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
  });
  return { token, csrfToken };
}

/** The session lookup every request makes, as a query drizzle builds once per database. */
function sessionLookup(db: Db) {
  return db
    .select({
      ...accountColumns,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      readAfterLsn: sessions.readAfterLsn,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.absoluteExpiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    )
    .prepare('find_session');
}
const sessionLookups = new WeakMap<Db, ReturnType<typeof sessionLookup>>();

/**
 * The live session a cookie token names, with its account; pushes the idle expiry forward (at
 * most once a minute, so reads do not each write). Expired sessions are gone.
 */
export async function findSession(db: Db, token: string, times: SessionTimes) {
  const id = sha256(token);
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = sessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ id });
  if (!row) return undefined;
  let expiresAt = row.expiresAt.getTime();
  const renewed = Math.min(Date.now() + times.idleMs, row.absoluteExpiresAt.getTime());
  if (isRenewalDue(expiresAt, renewed)) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(renewed) })
      .where(eq(sessions.id, id));
    expiresAt = renewed;
  }
  const { csrfToken, readAfterLsn, expiresAt: _e, absoluteExpiresAt, ...account } = row;
  return {
    account: account as Account,
    csrfToken,
    readAfterLsn,
    expiresAtMs: expiresAt,
    absoluteExpiresAtMs: absoluteExpiresAt.getTime(),
  };
}

export type FoundSession = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** The idle expiry is pushed forward once it would move by more than a minute (so reads do not each write). */
export const isRenewalDue = (expiresAtMs: number, renewedMs: number) => renewedMs - expiresAtMs > 60_000;

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256(token)));
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.absoluteExpiresAt, sql`now()`));
}

/** Display names of users by id (actors in the event log); `system:…` actors are named by the caller. */
export async function displayNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id) => id.startsWith('user-')))];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
