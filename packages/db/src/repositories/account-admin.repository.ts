import { asc, eq, like, sql } from 'drizzle-orm';
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

/**
 * Disables a leaver's account (it cannot sign in, its sessions end at once) or enables it again;
 * the change is an event with its actor. False when there is no such username.
 */
export async function setAccountDisabled(
  db: Db,
  input: { username: string; disabled: boolean; actor: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? sql`now()` : null })
      .where(eq(users.username, input.username))
      .returning({ id: users.id });
    if (!user) return false;
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await logEvent(tx, {
      actor: input.actor,
      type: input.disabled ? 'user.disabled' : 'user.enabled',
      subjectType: 'user',
      subjectId: user.id,
      payload: { username: input.username },
    });
    return true;
  });
}

/** Sets a new password (already hashed) and ends the account's sessions; an event with its actor. */
export async function resetAccountPassword(
  db: Db,
  input: { username: string; passwordHash: string; actor: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash: input.passwordHash })
      .where(eq(users.username, input.username))
      .returning({ id: users.id });
    if (!user) return false;
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await logEvent(tx, {
      actor: input.actor,
      type: 'user.passwordReset',
      subjectType: 'user',
      subjectId: user.id,
      payload: { username: input.username },
    });
    return true;
  });
}
