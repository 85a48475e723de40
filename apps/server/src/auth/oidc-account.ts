import type { OidcRefusal } from '@cascade/contracts';
import {
  type Db,
  findAccountForLinking,
  findIdentityAccount,
  findOrg,
  linkIdentity,
  provisionIdentityAccount,
  resetAccountPassword,
  sqlStateOf,
  updateAccount,
} from '@cascade/db';
import { USERNAME_PATTERN } from '@cascade/engine';
import type { ClaimedIdentity } from './oidc-claims.ts';

/** Who changes accounts on the provider's word, in the event log. */
export const OIDC_ACTOR = 'system:oidc';

/**
 * A provisioned account has no password: this is no argon2 hash, so no password ever matches it
 * (`verifyPassword` answers false for a malformed hash).
 */
export const NO_PASSWORD_HASH = '!oidc-only';

export type OidcAccountOutcome =
  | { ok: true; userId: string; username: string; provisioned: boolean }
  | { ok: false; reason: OidcRefusal };

const refuse = (reason: OidcRefusal): OidcAccountOutcome => ({ ok: false, reason });

/**
 * A one-time password still waiting to be replaced is void once its holder is known by the platform:
 * otherwise the session would be held at 设置新密码, asking for a password the person may never have
 * been given — and it must not stay usable either. The account is left without a password
 * (`user.passwordReset` by `system:oidc`); an admin's reset gives it one again.
 */
async function voidOneTimePassword(
  db: Db,
  account: { username: string; mustChangePassword: boolean },
  actor: { actor: string; address: string },
) {
  if (!account.mustChangePassword) return;
  await resetAccountPassword(db, {
    ...actor,
    username: account.username,
    passwordHash: NO_PASSWORD_HASH,
    mustChangePassword: false,
  });
}
const within = (path: string, subtreePath: string) => path.startsWith(subtreePath);

/**
 * The account an identity signs in to, found, linked or provisioned — only ever inside the subtree:
 *
 * 1. An identity already linked by (issuer, subject) signs in to its account, unless it is disabled.
 *    If its claims name another org or role, the account follows them (`user.updated` by
 *    `system:oidc`), still only to an org inside the subtree.
 * 2. A first sign-in is linked to the account with the claimed username only when that account is in
 *    the claimed org (so a namesake elsewhere is never taken over), is not disabled and has no other
 *    identity at this provider.
 * 3. Otherwise, with provisioning on, a new account is made in the claimed org with the claimed role.
 *
 * Anything else is refused with a reason; nothing is created or changed by a refusal.
 */
export async function resolveOidcAccount(db: Db, input: OidcSignIn): Promise<OidcAccountOutcome> {
  try {
    return await resolveOnce(db, input);
  } catch (error) {
    // One person's first sign-in in two tabs at once: the one that lost the race to link or create
    // finds what the other made (or a namesake it may not take) on a second look.
    if (sqlStateOf(error) === UNIQUE_VIOLATION) return resolveOnce(db, input);
    throw error;
  }
}

type OidcSignIn = { issuer: string; identity: ClaimedIdentity; subtree: string; provision: boolean; address: string };
const UNIQUE_VIOLATION = '23505';

async function resolveOnce(db: Db, input: OidcSignIn): Promise<OidcAccountOutcome> {
  const { identity, issuer, address } = input;
  const subtree = await findOrg(db, input.subtree);
  if (!subtree) return refuse('outside-subtree');
  if (identity.role === null) return refuse('bad-role');
  const org = identity.orgCode === undefined ? undefined : await findOrg(db, identity.orgCode);
  if (identity.orgCode !== undefined && !org) return refuse('unknown-org');
  if (org && !within(org.path, subtree.path)) return refuse('outside-subtree');
  const actor = { actor: OIDC_ACTOR, address };

  const linked = await findIdentityAccount(db, { issuer, subject: identity.subject });
  if (linked) {
    if (linked.disabled) return refuse('disabled');
    // Moved out of the subtree by an admin, and no claim brings it back: not this way in.
    if (!org && !within(linked.orgPath, subtree.path)) return refuse('outside-subtree');
    const edit = {
      ...(org && org.id !== linked.orgId ? { orgId: org.id } : {}),
      ...(identity.role && identity.role !== linked.role ? { role: identity.role } : {}),
    };
    if (Object.keys(edit).length) await updateAccount(db, { ...actor, username: linked.username, edit });
    await voidOneTimePassword(db, linked, actor);
    return { ok: true, userId: linked.userId, username: linked.username, provisioned: false };
  }

  if (!identity.username) return refuse('missing-claims');
  const namesake = await findAccountForLinking(db, { username: identity.username, issuer });
  if (namesake) {
    // Linked to this very identity between the two looks above: the same person's first sign-in in
    // another tab won the race. Look again, and it is found linked.
    if (namesake.linkedSubject === identity.subject) return resolveOnce(db, input);
    if (namesake.disabled) return refuse('disabled');
    if (!org || org.id !== namesake.orgId || namesake.linkedSubject !== null) return refuse('account-mismatch');
    if (!(await linkIdentity(db, { ...actor, issuer, subject: identity.subject, userId: namesake.userId })))
      return refuse('account-mismatch');
    if (identity.role && identity.role !== namesake.role)
      await updateAccount(db, { ...actor, username: namesake.username, edit: { role: identity.role } });
    await voidOneTimePassword(db, namesake, actor);
    return { ok: true, userId: namesake.userId, username: namesake.username, provisioned: false };
  }

  if (!input.provision) return refuse('not-provisioned');
  if (!org || !identity.role) return refuse('missing-claims');
  if (!USERNAME_PATTERN.test(identity.username)) return refuse('missing-claims');
  const created = await provisionIdentityAccount(db, {
    ...actor,
    issuer,
    subject: identity.subject,
    user: {
      username: identity.username,
      displayName: identity.displayName ?? identity.username,
      passwordHash: NO_PASSWORD_HASH,
      orgId: org.id,
      role: identity.role,
      mustChangePassword: false,
    },
  });
  return { ok: true, userId: created.userId, username: identity.username, provisioned: true };
}
