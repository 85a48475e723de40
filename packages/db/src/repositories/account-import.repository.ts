import { and, asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { events } from '../schema/events.schema.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { users } from '../schema/users.schema.ts';
import type { AccountActor } from './account-admin.repository.ts';
import { userIdOf } from './accounts.repository.ts';

/** An org a bulk-imported account can be placed in. */
export type ImportOrg = { id: string; name: string; fullName: string; path: string };

/**
 * What an org cell of the sheet names: one org of the admin's subtree, or why not — `outOfReach`
 * when the org exists but lies outside the subtree (creating there is forbidden, not a typo).
 */
export type OrgResolution = { org: ImportOrg } | { error: string; outOfReach?: true };

const orgColumns = { id: orgs.id, name: orgs.name, fullName: orgs.fullName, path: orgs.path };

/** `%` and `_` in a cell match themselves, not any text. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Candidates listed in an "ambiguous" message before "等 N 个". */
const LISTED = 5;

/**
 * How well a candidate matches what was written: the full name (广东省惠州市博罗县司法局) first,
 * then the name (博罗县司法局), the end of the full name (惠州市博罗县司法局), the short name (县司法局).
 */
function rankOf(org: ImportOrg & { shortName: string }, text: string): number {
  if (org.fullName === text) return 0;
  if (org.name === text) return 1;
  if (org.fullName.endsWith(text)) return 2;
  return 3;
}

async function byName(db: Db, text: string, scope: { path: string; name: string }): Promise<OrgResolution> {
  const candidates = await db
    .select({ ...orgColumns, shortName: orgs.shortName })
    .from(orgs)
    .where(
      and(
        like(orgs.path, `${escapeLike(scope.path)}%`),
        or(
          eq(orgs.name, text),
          eq(orgs.shortName, text),
          eq(orgs.fullName, text),
          like(orgs.fullName, `%${escapeLike(text)}`),
        ),
      ),
    )
    .orderBy(asc(orgs.depth), asc(orgs.sortKey), asc(orgs.id))
    .limit(50);
  if (!candidates.length) {
    // The org tree is open to every signed-in user (GET /api/orgs): saying a name lies outside
    // the admin's subtree tells nothing the org browser does not.
    const [outside] = await db
      .select({ fullName: orgs.fullName })
      .from(orgs)
      .where(or(eq(orgs.name, text), eq(orgs.fullName, text)))
      .limit(1);
    return outside
      ? { error: `“${text}”（${outside.fullName}）不在您管理的范围内（${scope.name}及下级单位）`, outOfReach: true }
      : { error: `${scope.name}及下级单位中没有名为“${text}”的单位，请核对名称或改写单位代码` };
  }
  const best = Math.min(...candidates.map((c) => rankOf(c, text)));
  const top = candidates.filter((c) => rankOf(c, text) === best);
  if (top.length === 1) {
    const { shortName: _s, ...org } = top[0] as ImportOrg & { shortName: string };
    return { org };
  }
  const listed = top.slice(0, LISTED).map((c) => `${c.fullName}（${c.id}）`);
  const more = top.length > LISTED ? `等 ${top.length >= 50 ? '50 多' : top.length} 个` : '';
  return { error: `“${text}”可指多个单位：${listed.join('、')}${more}，请写单位代码或全称` };
}

/**
 * Resolves the org cells of a sheet against the admin's subtree: a code (441322, 441322-justice)
 * names that org; anything else is a name, looked for only within the subtree. An org outside it
 * is refused as out of reach, as a single create refuses it; a name that fits several is refused
 * with their full names and codes.
 */
export async function resolveImportOrgs(
  db: Db,
  input: { scope: { path: string; name: string }; refs: readonly string[] },
): Promise<Map<string, OrgResolution>> {
  const refs = [...new Set(input.refs.filter(Boolean))];
  const resolved = new Map<string, OrgResolution>();
  const byId = refs.length
    ? await db
        .select(orgColumns)
        .from(orgs)
        .where(inArray(orgs.id, refs.slice(0, 5_000)))
    : [];
  for (const org of byId)
    resolved.set(
      org.id,
      org.path.startsWith(input.scope.path)
        ? { org }
        : {
            error: `${org.id}（${org.fullName}）不在您管理的范围内（${input.scope.name}及下级单位）`,
            outOfReach: true,
          },
    );
  for (const ref of refs) if (!resolved.has(ref)) resolved.set(ref, await byName(db, ref, input.scope));
  return resolved;
}

/** Which of these usernames are taken (by any account, disabled ones too), compared without case. */
export async function takenUsernames(db: Db, usernames: readonly string[]): Promise<Map<string, string>> {
  const lowered = [...new Set(usernames.map((u) => u.toLowerCase()))];
  const taken = new Map<string, string>();
  for (let i = 0; i < lowered.length; i += 1_000) {
    const rows = await db
      .select({ username: users.username })
      .from(users)
      .where(inArray(sql`lower(${users.username})`, lowered.slice(i, i + 1_000)));
    for (const row of rows) taken.set(row.username.toLowerCase(), row.username);
  }
  return taken;
}

/** An account of a bulk import, its one-time password already hashed. */
export type ImportedAccount = {
  username: string;
  displayName: string;
  passwordHash: string;
  orgId: string;
  role: string;
  phone: string | null;
};

/** Rows per INSERT: 500 accounts × 8 columns stay far below PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

/**
 * Creates every account of a bulk import in ONE transaction — all of them or, on any failure (a
 * username taken in the meantime: 23505), none. Each must set a new password at first sign-in;
 * each is a `user.created` event with the actor and address (as a single create logs it), and the
 * batch one `user.bulkCreated` on the admin's org with the count and file.
 */
export async function createImportedAccounts(
  db: Db,
  input: AccountActor & { accounts: readonly ImportedAccount[]; actorOrgId: string; fileName: string },
): Promise<void> {
  const orgIds = [...new Set(input.accounts.map((a) => a.orgId))];
  await db.transaction(async (tx) => {
    const paths = new Map(
      (await tx.select({ id: orgs.id, path: orgs.path }).from(orgs).where(inArray(orgs.id, orgIds))).map((o) => [
        o.id,
        o.path,
      ]),
    );
    const address = input.address ? { address: input.address } : {};
    for (let i = 0; i < input.accounts.length; i += CHUNK) {
      const chunk = input.accounts.slice(i, i + CHUNK);
      await tx.insert(users).values(
        chunk.map((a) => ({
          id: userIdOf(a.username),
          username: a.username,
          displayName: a.displayName,
          passwordHash: a.passwordHash,
          orgId: a.orgId,
          role: a.role,
          phone: a.phone,
          mustChangePassword: true,
        })),
      );
      await tx.insert(events).values(
        chunk.map((a) => ({
          actor: input.actor,
          type: 'user.created',
          subjectType: 'user',
          subjectId: userIdOf(a.username),
          payload: {
            username: a.username,
            displayName: a.displayName,
            orgId: a.orgId,
            orgPath: paths.get(a.orgId) ?? null,
            role: a.role,
            bulk: true,
            ...address,
          },
        })),
      );
    }
    await tx.insert(events).values({
      actor: input.actor,
      type: 'user.bulkCreated',
      subjectType: 'org',
      subjectId: input.actorOrgId,
      payload: { count: input.accounts.length, fileName: input.fileName, orgIds, ...address },
    });
  });
}
