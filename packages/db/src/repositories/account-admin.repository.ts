import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { events } from '../schema/events.schema.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { sessions } from '../schema/sessions.schema.ts';
import { users } from '../schema/users.schema.ts';
import { displayNames } from './accounts.repository.ts';
import { logEvent } from './events.repository.ts';

/** An account as an administrator lists it. */
export type AccountListing = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  phone: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
};

const listingColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  phone: users.phone,
  disabledAt: users.disabledAt,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

type ListingRow = Omit<AccountListing, 'disabled' | 'createdAt'> & { disabledAt: Date | null; createdAt: Date };

const toListing = ({ disabledAt, createdAt, ...row }: ListingRow): AccountListing => ({
  ...row,
  disabled: disabledAt !== null,
  createdAt: createdAt.toISOString(),
});

/** `%` and `_` typed by a user match themselves, not any text. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether the username is taken, by an account that may sign in or by a disabled one. */
export async function accountExists(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row !== undefined;
}

/** One account by username, disabled ones included; undefined when there is none. */
export async function findAccount(db: Db, username: string): Promise<AccountListing | undefined> {
  const [row] = await db
    .select(listingColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.username, username));
  return row ? toListing(row) : undefined;
}

export type AccountFilter = {
  /** Only accounts of this org and everything below it. */
  underOrgPath?: string;
  role?: string;
  /** true: only disabled accounts; false: only those that may sign in. */
  disabled?: boolean;
  /** Part of the username or display name. */
  q?: string;
};

function filterOf(filter: AccountFilter): SQL | undefined {
  const q = filter.q?.trim();
  return and(
    filter.underOrgPath ? like(orgs.path, `${filter.underOrgPath}%`) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.disabled === undefined
      ? undefined
      : filter.disabled
        ? isNotNull(users.disabledAt)
        : isNull(users.disabledAt),
    q ? or(ilike(users.username, `%${escapeLike(q)}%`), like(users.displayName, `%${escapeLike(q)}%`)) : undefined,
  );
}

/** Accounts of an org and everything below it (all accounts without one), by org then username. */
export async function listAccounts(db: Db, filter: AccountFilter = {}): Promise<AccountListing[]> {
  const rows = await db
    .select(listingColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(filterOf(filter))
    .orderBy(asc(orgs.path), asc(users.username));
  return rows.map(toListing);
}

/** One page of the accounts a filter selects, by org then username, and how many there are in all. */
export async function pageAccounts(
  db: Db,
  filter: AccountFilter & { limit: number; offset: number },
): Promise<{ total: number; items: AccountListing[] }> {
  const where = filterOf(filter);
  const [counted] = await db.select({ n: count() }).from(users).innerJoin(orgs, eq(orgs.id, users.orgId)).where(where);
  const rows = await db
    .select(listingColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(where)
    .orderBy(asc(orgs.path), asc(users.username))
    .limit(filter.limit)
    .offset(filter.offset);
  return { total: counted?.n ?? 0, items: rows.map(toListing) };
}

/** An org an account can be placed in, as the admin's picker shows it. */
export type AccountOrgChoice = { id: string; name: string; fullName: string; path: string; kind: string };

/**
 * Orgs of a subtree whose name holds `q` (or whose code starts with it), for placing an account:
 * governments first, higher levels first, exact names first.
 */
export async function searchOrgsUnder(
  db: Db,
  input: { underOrgPath: string; q: string; limit: number },
): Promise<AccountOrgChoice[]> {
  const q = input.q.trim();
  const escaped = escapeLike(q);
  return db
    .select({ id: orgs.id, name: orgs.name, fullName: orgs.fullName, path: orgs.path, kind: orgs.kind })
    .from(orgs)
    .where(
      and(
        like(orgs.path, `${input.underOrgPath}%`),
        q ? or(like(orgs.name, `%${escaped}%`), like(orgs.id, `${escaped}%`)) : undefined,
      ),
    )
    .orderBy(
      sql`CASE WHEN ${orgs.name} = ${q} OR ${orgs.id} = ${q} THEN 0 ELSE 1 END`,
      asc(orgs.depth),
      sql`CASE WHEN ${orgs.kind} IN ('government', 'zone') THEN 0 ELSE 1 END`,
      asc(orgs.sortKey),
      asc(orgs.id),
    )
    .limit(input.limit);
}

/** Who did it and from where: every change to an account is an event naming both. */
export type AccountActor = { actor: string; address?: string | undefined };

type AccountChange = AccountActor & {
  username: string;
  set: PgUpdateSetSource<typeof users>;
  /** The event type logged for the change ("user.disabled"). */
  event: string;
  /** Whether the account's sessions end with the change (a leaver, a new password); one may be kept. */
  endSessions: boolean | { except: string };
  payload?: Record<string, unknown>;
};

/** The account's org as the event records it, so admins above find it even after the account moves. */
async function orgOfUser(db: Db, username: string) {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, orgId: orgs.id, orgPath: orgs.path })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.username, username));
  return row;
}

/** One change to an account, its sessions ended if asked, and the event — all or nothing. */
async function changeAccount(db: Db, change: AccountChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await orgOfUser(tx, change.username);
    if (!before) return false;
    await tx.update(users).set(change.set).where(eq(users.id, before.id));
    if (change.endSessions === true) await tx.delete(sessions).where(eq(sessions.userId, before.id));
    else if (change.endSessions)
      await tx.delete(sessions).where(and(eq(sessions.userId, before.id), ne(sessions.id, change.endSessions.except)));
    await logEvent(tx, {
      actor: change.actor,
      type: change.event,
      subjectType: 'user',
      subjectId: before.id,
      payload: {
        username: change.username,
        displayName: before.displayName,
        orgId: before.orgId,
        orgPath: before.orgPath,
        ...(change.address ? { address: change.address } : {}),
        ...change.payload,
      },
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
  input: AccountActor & { username: string; disabled: boolean },
): Promise<boolean> {
  return changeAccount(db, {
    ...input,
    set: { disabledAt: input.disabled ? sql`now()` : null },
    event: input.disabled ? 'user.disabled' : 'user.enabled',
    endSessions: input.disabled,
  });
}

/**
 * Sets a new password (already hashed) and ends the account's sessions; an event with its actor.
 * With `mustChangePassword` (a one-time password handed over), the next sign-in must set its own.
 */
export function resetAccountPassword(
  db: Db,
  input: AccountActor & { username: string; passwordHash: string; mustChangePassword?: boolean },
): Promise<boolean> {
  return changeAccount(db, {
    ...input,
    set: { passwordHash: input.passwordHash, mustChangePassword: input.mustChangePassword ?? false },
    event: 'user.passwordReset',
    endSessions: true,
  });
}

/**
 * The holder's own new password (already hashed): clears "must change", ends the account's other
 * sessions (the one it was changed in goes on) and logs `user.passwordChanged`.
 */
export function changeOwnPassword(
  db: Db,
  input: AccountActor & { username: string; passwordHash: string; keepSessionId: string },
): Promise<boolean> {
  return changeAccount(db, {
    ...input,
    set: { passwordHash: input.passwordHash, mustChangePassword: false },
    event: 'user.passwordChanged',
    endSessions: { except: input.keepSessionId },
  });
}

export type AccountEdit = { displayName?: string; orgId?: string; role?: string; phone?: string | null };

/**
 * Changes an account's name, org, role or phone; logs `user.updated` with each field's before and
 * after (and the org it left, so the admins there still see it). Sessions go on: the next request
 * reads the new role and org. False when there is no such username; true with nothing to change.
 */
export async function updateAccount(
  db: Db,
  input: AccountActor & { username: string; edit: AccountEdit },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ ...listingColumns })
      .from(users)
      .innerJoin(orgs, eq(orgs.id, users.orgId))
      .where(eq(users.username, input.username));
    if (!before) return false;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of ['displayName', 'orgId', 'role', 'phone'] as const) {
      const next = input.edit[field];
      if (next !== undefined && next !== before[field]) changes[field] = { from: before[field], to: next };
    }
    const set = Object.fromEntries(Object.entries(changes).map(([field, { to }]) => [field, to])) as PgUpdateSetSource<
      typeof users
    >;
    if (!Object.keys(changes).length) return true;
    await tx.update(users).set(set).where(eq(users.id, before.id));
    const [after] = await tx
      .select({ orgPath: orgs.path })
      .from(orgs)
      .where(eq(orgs.id, input.edit.orgId ?? before.orgId));
    await logEvent(tx, {
      actor: input.actor,
      type: 'user.updated',
      subjectType: 'user',
      subjectId: before.id,
      payload: {
        username: input.username,
        displayName: input.edit.displayName ?? before.displayName,
        orgId: input.edit.orgId ?? before.orgId,
        orgPath: after?.orgPath ?? before.orgPath,
        ...(changes.orgId ? { fromOrgPath: before.orgPath } : {}),
        ...(input.address ? { address: input.address } : {}),
        changes,
      },
    });
    return true;
  });
}

/** The events of account administration, in the order they are listed. */
export const ACCOUNT_EVENT_TYPES = [
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.passwordReset',
  'user.passwordChanged',
] as const;
export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number];

export type AccountEvent = {
  id: number;
  at: string;
  type: AccountEventType;
  /** Who did it: a user id, or `system:cli` (the console) / `system:seed`. */
  actor: { id: string; name: string };
  /** Whose account. */
  username: string;
  displayName: string;
  /** The account's org when it happened. */
  orgId: string;
  orgName: string;
  address: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
};

const SYSTEM_ACTORS: Record<string, string> = {
  'system:cli': '服务器控制台',
  'system:seed': '系统初始化',
  'system:oidc': '统一身份认证',
};

/**
 * What was done to the accounts of an org subtree, newest first: created, changed (also moved in or
 * out), disabled, enabled, password reset or changed — each with its actor and address.
 */
export async function listAccountEvents(
  db: Db,
  input: { underOrgPath: string; limit: number; offset: number },
): Promise<{ total: number; items: AccountEvent[] }> {
  const prefix = `${input.underOrgPath}%`;
  // Events written before the org was recorded in them fall back to the account's org now.
  const orgPath = sql<string>`coalesce(${events.payload}->>'orgPath', ${orgs.path})`;
  const where = and(
    eq(events.subjectType, 'user'),
    inArray(events.type, [...ACCOUNT_EVENT_TYPES]),
    or(sql`${orgPath} LIKE ${prefix}`, sql`${events.payload}->>'fromOrgPath' LIKE ${prefix}`),
  );
  const rows = await db
    .select({
      id: events.id,
      at: events.at,
      actor: events.actor,
      type: events.type,
      payload: events.payload,
      currentName: users.displayName,
      currentOrgId: users.orgId,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.subjectId))
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(where)
    .orderBy(desc(events.id))
    .limit(input.limit)
    .offset(input.offset);
  const [counted] = await db
    .select({ n: count() })
    .from(events)
    .leftJoin(users, eq(users.id, events.subjectId))
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(where);
  const payloads = rows.map((r) => r.payload);
  const orgIds = [...new Set(rows.map((r, i) => String(payloads[i]?.orgId ?? r.currentOrgId ?? '')).filter(Boolean))];
  const orgNames = new Map(
    orgIds.length
      ? (await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, orgIds))).map((o) => [
          o.id,
          o.name,
        ])
      : [],
  );
  const actors = await displayNames(
    db,
    rows.map((r) => r.actor),
  );
  return {
    total: counted?.n ?? 0,
    items: rows.map((row, i) => {
      const payload = payloads[i] ?? {};
      const orgId = String(payload.orgId ?? row.currentOrgId ?? '');
      return {
        id: row.id,
        at: row.at.toISOString(),
        type: row.type as AccountEventType,
        actor: { id: row.actor, name: SYSTEM_ACTORS[row.actor] ?? actors.get(row.actor) ?? row.actor },
        username: String(payload.username ?? ''),
        displayName: String(payload.displayName ?? row.currentName ?? ''),
        orgId,
        orgName: orgNames.get(orgId) ?? orgId,
        address: typeof payload.address === 'string' ? payload.address : null,
        changes: (payload.changes as AccountEvent['changes']) ?? null,
      };
    }),
  };
}
