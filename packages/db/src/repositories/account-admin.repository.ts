import { asc, eq, like, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { sessions } from '../schema/sessions.schema.ts';
import { users } from '../schema/users.schema.ts';
import { logEvent } from './events.repository.ts';

/** An account as an administrator lists it. */
export type AccountListing = {
  username: string;
  displayName: string;
  role: string;
  orgId: string;
  orgName: string;
  disabled: boolean;
  createdAt: string;
};

/** Whether the username is taken, by an account that may sign in or by a disabled one. */
export async function accountExists(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row !== undefined;
}

/** Accounts of an org and everything below it (all accounts without one), by org then username. */
export async function listAccounts(db: Db, options: { underOrgPath?: string } = {}): Promise<AccountListing[]> {
  const rows = await db
    .select({
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      orgId: users.orgId,
      orgName: orgs.name,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(options.underOrgPath ? like(orgs.path, `${options.underOrgPath}%`) : undefined)
    .orderBy(asc(orgs.path), asc(users.username));
  return rows.map(({ disabledAt, createdAt, ...row }) => ({
    ...row,
    disabled: disabledAt !== null,
    createdAt: createdAt.toISOString(),
  }));
}

type AccountChange = {
  username: string;
  actor: string;
  set: PgUpdateSetSource<typeof users>;
  /** The event type logged for the change ("user.disabled"). */
  event: string;
  /** Whether the account's sessions end with the change (a leaver, a new password). */
  endSessions: boolean;
};

/** One change to an account, its sessions ended if asked, and the event — all or nothing. */
async function changeAccount(db: Db, change: AccountChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set(change.set)
      .where(eq(users.username, change.username))
      .returning({ id: users.id });
    if (!user) return false;
    if (change.endSessions) await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await logEvent(tx, {
      actor: change.actor,
      type: change.event,
      subjectType: 'user',
      subjectId: user.id,
      payload: { username: change.username },
    });
    return true;
  });
}

/**
 * Disables a leaver's account (it cannot sign in, its sessions end at once) or enables it again;
 * the change is an event with its actor. False when there is no such username.
 */
export function setAccountDisabled(
  db: Db,
  input: { username: string; disabled: boolean; actor: string },
): Promise<boolean> {
  return changeAccount(db, {
    username: input.username,
    actor: input.actor,
    set: { disabledAt: input.disabled ? sql`now()` : null },
    event: input.disabled ? 'user.disabled' : 'user.enabled',
    endSessions: input.disabled,
  });
}

/** Sets a new password (already hashed) and ends the account's sessions; an event with its actor. */
export function resetAccountPassword(
  db: Db,
  input: { username: string; passwordHash: string; actor: string },
): Promise<boolean> {
  return changeAccount(db, {
    username: input.username,
    actor: input.actor,
    set: { passwordHash: input.passwordHash },
    event: 'user.passwordReset',
    endSessions: true,
  });
}
