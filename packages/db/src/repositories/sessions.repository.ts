import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { sessions } from '../schema/sessions.schema.ts';
import { users } from '../schema/users.schema.ts';
import type { SessionTimes } from './accounts.repository.ts';
import { logEvent } from './events.repository.ts';

/**
 * 登录设备: the holder's own live sessions, to tell their own browsers from a stranger's and end
 * the ones they do not recognise. A session is named to its holder by a handle — the first hex
 * digits of the stored hash — never by the cookie token, which is not stored at all.
 */
export type OwnSession = {
  handle: string;
  createdAt: string;
  /** To the minute: the idle expiry is pushed forward at most once a minute. */
  lastUsedAt: string;
  address: string | null;
  userAgent: string | null;
  /** The session this request came with. */
  current: boolean;
};

const HANDLE_LENGTH = 16;
export const handleOfSession = (sessionId: string) => sessionId.slice(0, HANDLE_LENGTH);

/** Who ended which sessions, and from where: an event in the holder's history. */
type Ender = { userId: string; username: string; actor: string; address?: string | undefined };

/** The account's sessions that may still be used, the latest used first. */
export async function listOwnSessions(
  db: Db,
  input: { userId: string; currentSessionId: string; times: SessionTimes },
): Promise<OwnSession[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, input.userId),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.absoluteExpiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(sessions.expiresAt));
  return rows.map((row) => {
    // The idle expiry was set to "last use + idle time", unless the absolute limit cut it short.
    const lastUsed = Math.max(row.createdAt.getTime(), row.expiresAt.getTime() - input.times.idleMs);
    return {
      handle: handleOfSession(row.id),
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: new Date(lastUsed).toISOString(),
      address: row.address,
      userAgent: row.userAgent,
      current: row.id === input.currentSessionId,
    };
  });
}

/** Ends one of the account's own sessions by its handle; false when it has none such (or it is gone). */
export async function endOwnSession(db: Db, input: Ender & { handle: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, input.userId), sql`left(${sessions.id}, ${HANDLE_LENGTH}) = ${input.handle}`))
      .returning({ id: sessions.id });
    if (!ended.length) return false;
    await logEnded(tx, input, 'auth.sessionEnded', { handle: input.handle });
    return true;
  });
}

/** 退出其他设备: ends every session of the account but the one kept; how many ended. */
export async function endOtherSessions(db: Db, input: Ender & { keepSessionId: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, input.userId), ne(sessions.id, input.keepSessionId)))
      .returning({ id: sessions.id });
    await logEnded(tx, input, 'auth.otherSessionsEnded', { count: ended.length });
    return ended.length;
  });
}

async function logEnded(db: Db, input: Ender, type: string, payload: Record<string, unknown>) {
  const [user] = await db.select({ orgId: users.orgId }).from(users).where(eq(users.id, input.userId));
  await logEvent(db, {
    actor: input.actor,
    type,
    subjectType: 'user',
    subjectId: input.userId,
    payload: {
      username: input.username,
      orgId: user?.orgId,
      ...(input.address ? { address: input.address } : {}),
      ...payload,
    },
  });
}
