import { randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { oidcSignIns, userIdentities } from '../schema/identities.schema.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { users } from '../schema/users.schema.ts';
import { createUser, type NewUser, sha256 } from './accounts.repository.ts';
import { logEvent } from './events.repository.ts';

/** What a sign-in through the provider keeps between leaving for the provider and coming back. */
export type OidcSignInChecks = { state: string; nonce: string; codeVerifier: string };

/**
 * Remembers a sign-in under way for `ttlMs`; returns the token for the browser's cookie (only its
 * hash is stored). Sign-ins abandoned before are cleared on the way.
 */
export async function saveOidcSignIn(db: Db, checks: OidcSignInChecks, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.delete(oidcSignIns).where(lt(oidcSignIns.expiresAt, sql`now()`));
  await db.insert(oidcSignIns).values({ id: sha256(token), ...checks, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

/** The sign-in a cookie token stands for, if it has not expired — removed at once, so it serves once. */
export async function takeOidcSignIn(db: Db, token: string): Promise<OidcSignInChecks | undefined> {
  const [row] = await db
    .delete(oidcSignIns)
    .where(eq(oidcSignIns.id, sha256(token)))
    .returning({
      state: oidcSignIns.state,
      nonce: oidcSignIns.nonce,
      codeVerifier: oidcSignIns.codeVerifier,
      expiresAt: oidcSignIns.expiresAt,
    });
  if (!row || row.expiresAt.getTime() <= Date.now()) return undefined;
  const { expiresAt: _e, ...checks } = row;
  return checks;
}

/** An account as sign-in through the provider weighs it. */
export type IdentityAccount = {
  userId: string;
  username: string;
  displayName: string;
  orgId: string;
  orgPath: string;
  role: string;
  disabled: boolean;
  /** A one-time password handed over and not yet replaced. */
  mustChangePassword: boolean;
};

const identityAccountColumns = {
  userId: users.id,
  username: users.username,
  displayName: users.displayName,
  orgId: users.orgId,
  orgPath: orgs.path,
  role: users.role,
  disabledAt: users.disabledAt,
  mustChangePassword: users.mustChangePassword,
};

const toIdentityAccount = ({
  disabledAt,
  ...row
}: Omit<IdentityAccount, 'disabled'> & { disabledAt: Date | null }) => ({
  ...row,
  disabled: disabledAt !== null,
});

/** The account linked to (issuer, subject), disabled or not; undefined when the identity is new. */
export async function findIdentityAccount(
  db: Db,
  identity: { issuer: string; subject: string },
): Promise<IdentityAccount | undefined> {
  const [row] = await db
    .select(identityAccountColumns)
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)));
  return row ? toIdentityAccount(row) : undefined;
}

/** An account by username, for linking a first sign-in to it; with whether it is linked at this issuer. */
export async function findAccountForLinking(
  db: Db,
  input: { username: string; issuer: string },
): Promise<(IdentityAccount & { linkedSubject: string | null }) | undefined> {
  const [row] = await db
    .select({ ...identityAccountColumns, linkedSubject: userIdentities.subject })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(userIdentities, and(eq(userIdentities.userId, users.id), eq(userIdentities.issuer, input.issuer)))
    .where(eq(users.username, input.username));
  return row ? { ...toIdentityAccount(row), linkedSubject: row.linkedSubject } : undefined;
}

type Linking = { issuer: string; subject: string; actor: string; address?: string | undefined };

async function insertIdentity(db: Db, link: Linking & { userId: string; username: string; orgPath: string }) {
  await db.insert(userIdentities).values({ issuer: link.issuer, subject: link.subject, userId: link.userId });
  await logEvent(db, {
    actor: link.actor,
    type: 'user.identityLinked',
    subjectType: 'user',
    subjectId: link.userId,
    payload: {
      username: link.username,
      issuer: link.issuer,
      subject: link.subject,
      orgPath: link.orgPath,
      ...(link.address ? { address: link.address } : {}),
    },
  });
}

/**
 * Links an existing account to the identity (issuer, subject); logs `user.identityLinked`. False when
 * the account is already linked to another subject there, or the identity to another account.
 */
export async function linkIdentity(db: Db, link: Linking & { userId: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({ username: users.username, orgPath: orgs.path })
      .from(users)
      .innerJoin(orgs, eq(orgs.id, users.orgId))
      .where(eq(users.id, link.userId));
    if (!account) return false;
    const [taken] = await tx
      .select({ userId: userIdentities.userId })
      .from(userIdentities)
      .where(
        sql`(${userIdentities.issuer} = ${link.issuer} AND ${userIdentities.subject} = ${link.subject})
          OR (${userIdentities.issuer} = ${link.issuer} AND ${userIdentities.userId} = ${link.userId})`,
      );
    if (taken) return false;
    await insertIdentity(tx, { ...link, ...account });
    return true;
  });
}

/**
 * A new account for a first sign-in through the provider, linked to its identity — one transaction,
 * logging `user.created` and `user.identityLinked`.
 */
export async function provisionIdentityAccount(
  db: Db,
  input: Linking & { user: Omit<NewUser, 'actor' | 'address'> },
): Promise<{ userId: string }> {
  return db.transaction(async (tx) => {
    const user = await createUser(tx, { ...input.user, actor: input.actor, address: input.address });
    const [org] = await tx.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, user.orgId));
    await insertIdentity(tx, { ...input, userId: user.id, username: user.username, orgPath: org?.path ?? '' });
    return { userId: user.id };
  });
}

/**
 * A sign-in through the provider: the identity's last use, and `auth.login` (method `oidc`) in the
 * account's sign-in history with the client's address.
 */
export async function recordIdentitySignIn(
  db: Db,
  input: { issuer: string; subject: string; userId: string; username: string; address: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(userIdentities)
      .set({ lastSignInAt: sql`now()` })
      .where(and(eq(userIdentities.issuer, input.issuer), eq(userIdentities.subject, input.subject)));
    await logEvent(tx, {
      actor: input.userId,
      type: 'auth.login',
      subjectType: 'user',
      subjectId: input.username,
      payload: { address: input.address, method: 'oidc' },
    });
  });
}

/** Why a sign-in through the provider was refused; logged as `auth.oidcRefused`. */
export async function logIdentityRefusal(
  db: Db,
  input: { reason: string; issuer: string; subject: string | null; address: string; claims?: Record<string, unknown> },
): Promise<void> {
  await logEvent(db, {
    actor: 'anonymous',
    type: 'auth.oidcRefused',
    subjectType: 'user',
    subjectId: input.subject ? `oidc:${input.subject}` : 'oidc:unknown',
    payload: {
      reason: input.reason,
      issuer: input.issuer,
      subject: input.subject,
      address: input.address,
      ...(input.claims ? { claims: input.claims } : {}),
    },
  });
}

/** Identities linked to an account (for the tests and the console). */
export async function listIdentities(db: Db, userId: string) {
  return db
    .select({
      issuer: userIdentities.issuer,
      subject: userIdentities.subject,
      lastSignInAt: userIdentities.lastSignInAt,
    })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId));
}
