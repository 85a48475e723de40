import { CAPABILITY_KEYS, DomainError, type OrgCapabilities } from '@cascade/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { assignments } from '../schema/assignments.schema.ts';
import { events } from '../schema/events.schema.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { plans } from '../schema/plans.schema.ts';
import { users } from '../schema/users.schema.ts';
import { logEvent } from './events.repository.ts';
import { OrgNotFoundError, type OrgRecord, toOrgRecord } from './orgs.repository.ts';
import { sqlStateOf } from './retry-on-deadlock.ts';

/** A change an admin asks for that the org tree cannot take (a 股室 under a government, a name twice). */
export class OrgEditRefusedError extends DomainError {
  constructor(message: string) {
    super('org.editRefused', message);
    this.name = 'OrgEditRefusedError';
  }
}

/** A 股室 still named by ledger rows, accounts or plans: removing it would orphan them. */
export class OrgInUseError extends DomainError {
  constructor(message: string) {
    super('org.inUse', message);
    this.name = 'OrgInUseError';
  }
}

/** Capabilities to set; null puts one back to the default of the org's level and kind. */
export type CapabilityChange = { [K in keyof OrgCapabilities]?: OrgCapabilities[K] | null };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function lockOrg(tx: Tx, id: string): Promise<OrgRecord> {
  const [row] = await tx.select().from(orgs).where(eq(orgs.id, id)).for('update');
  if (!row) throw new OrgNotFoundError(id);
  return toOrgRecord(row);
}

/**
 * Sets or resets an org's capabilities (what localization rules read: 政府公报, 网站, 规范性文件,
 * 新闻发布会) and logs what they were and became, with the actor. A change that changes nothing
 * writes nothing.
 */
export async function setOrgCapabilities(
  db: Db,
  input: { orgId: string; change: CapabilityChange; actor: string },
): Promise<OrgRecord> {
  return db.transaction(async (tx) => {
    const org = await lockOrg(tx, input.orgId);
    const before: Partial<OrgCapabilities> = { ...(org.capabilities ?? {}) };
    const after: Record<string, unknown> = { ...before };
    for (const key of CAPABILITY_KEYS) {
      if (!(key in input.change)) continue;
      const value = input.change[key];
      if (value === null || value === undefined) delete after[key];
      else after[key] = value;
    }
    const changed = CAPABILITY_KEYS.filter((k) => after[k] !== before[k]);
    if (!changed.length) return org;
    const stored = Object.keys(after).length ? (after as Partial<OrgCapabilities>) : null;
    const [row] = await tx.update(orgs).set({ capabilities: stored }).where(eq(orgs.id, org.id)).returning();
    await logEvent(tx, {
      actor: input.actor,
      type: 'org.capabilities.changed',
      subjectType: 'org',
      subjectId: org.id,
      payload: { changed, before, after: stored ?? {} },
    });
    return toOrgRecord(row as typeof orgs.$inferSelect);
  });
}

/** Where 股室 are kept: a department or office of a government above township level. */
function refuseSectionParent(org: OrgRecord): string | null {
  if ((org.kind === 'department' || org.kind === 'office') && org.level !== 'township') return null;
  return `${org.name}不是县级以上政府的部门或办公室，不能下设股室（科室）`;
}

async function sectionsOf(tx: Tx, departmentId: string): Promise<OrgRecord[]> {
  const rows = await tx
    .select()
    .from(orgs)
    .where(and(eq(orgs.parentId, departmentId), eq(orgs.kind, 'section')));
  return rows.map(toOrgRecord);
}

function refuseDuplicate(siblings: readonly OrgRecord[], name: string, department: OrgRecord, except?: string) {
  if (siblings.some((s) => s.name === name && s.id !== except))
    throw new OrgEditRefusedError(`${department.name}已有“${name}”`);
}

const sectionNumber = (departmentId: string, id: string) => {
  const n = id.startsWith(`${departmentId}-s`) ? Number(id.slice(departmentId.length + 2)) : Number.NaN;
  return Number.isInteger(n) ? n : 0;
};

/**
 * The next section id of a department, `<department id>-s<n>`: one past the highest, never one a
 * removed section had (its events still name it).
 */
async function nextSectionId(tx: Tx, department: OrgRecord, siblings: readonly OrgRecord[]): Promise<string> {
  let n = Math.max(0, ...siblings.map((s) => sectionNumber(department.id, s.id))) + 1;
  for (;;) {
    const id = `${department.id}-s${n}`;
    const [used] = await tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.subjectType, 'org'), eq(events.subjectId, id)))
      .limit(1);
    if (!used) return id;
    n++;
  }
}

/** Adds a 股室/科室 under a department: its own org row, at the department's level. */
export async function addSection(
  db: Db,
  input: { departmentId: string; name: string; actor: string },
): Promise<OrgRecord> {
  const name = input.name.trim();
  try {
    return await db.transaction(async (tx) => {
      const department = await lockOrg(tx, input.departmentId);
      const refused = refuseSectionParent(department);
      if (refused) throw new OrgEditRefusedError(refused);
      const siblings = await sectionsOf(tx, department.id);
      refuseDuplicate(siblings, name, department);
      const id = await nextSectionId(tx, department, siblings);
      const [row] = await tx
        .insert(orgs)
        .values({
          id,
          parentId: department.id,
          path: `${department.path}${id}/`,
          depth: department.depth + 1,
          regionCode: null,
          name,
          shortName: name,
          fullName: `${department.fullName}${name}`,
          level: department.level,
          kind: 'section',
          divisionType: null,
          function: null,
          sortKey: sectionNumber(department.id, id),
        })
        .returning();
      await logEvent(tx, {
        actor: input.actor,
        type: 'org.section.added',
        subjectType: 'org',
        subjectId: id,
        payload: { departmentId: department.id, name },
      });
      return toOrgRecord(row as typeof orgs.$inferSelect);
    });
  } catch (error) {
    // Two admins adding at once: the department's row lock makes the second wait, so this is a
    // section that appeared between the check and the insert some other way.
    if (sqlStateOf(error) === '23505') throw new OrgEditRefusedError('股室编号已被占用，请重试');
    throw error;
  }
}

async function lockSection(tx: Tx, departmentId: string, sectionId: string) {
  const department = await lockOrg(tx, departmentId);
  const section = await lockOrg(tx, sectionId);
  if (section.kind !== 'section' || section.parentId !== department.id) throw new OrgNotFoundError(sectionId);
  return { department, section };
}

/** Renames a 股室 (its id, ledger rows and accounts stay). */
export async function renameSection(
  db: Db,
  input: { departmentId: string; sectionId: string; name: string; actor: string },
): Promise<OrgRecord> {
  const name = input.name.trim();
  return db.transaction(async (tx) => {
    const { department, section } = await lockSection(tx, input.departmentId, input.sectionId);
    if (section.name === name) return section;
    refuseDuplicate(await sectionsOf(tx, department.id), name, department, section.id);
    const [row] = await tx
      .update(orgs)
      .set({ name, shortName: name, fullName: `${department.fullName}${name}` })
      .where(eq(orgs.id, section.id))
      .returning();
    await logEvent(tx, {
      actor: input.actor,
      type: 'org.section.renamed',
      subjectType: 'org',
      subjectId: section.id,
      payload: { departmentId: department.id, from: section.name, to: name },
    });
    return toOrgRecord(row as typeof orgs.$inferSelect);
  });
}

/**
 * Removes a 股室 that nothing depends on; one still named by ledger rows (任务分工), accounts or
 * plans is refused with what holds it.
 */
export async function removeSection(
  db: Db,
  input: { departmentId: string; sectionId: string; actor: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { department, section } = await lockSection(tx, input.departmentId, input.sectionId);
    const count = async (table: typeof assignments | typeof users | typeof plans | typeof orgs, column: PgColumn) => {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(column, section.id));
      return Number(row?.n ?? 0);
    };
    const uses = {
      assignments: await count(assignments, assignments.orgId),
      users: await count(users, users.orgId),
      plans: await count(plans, plans.ownerOrgId),
      children: await count(orgs, orgs.parentId),
    };
    const held = [
      uses.assignments ? `${uses.assignments} 条任务分工` : '',
      uses.users ? `${uses.users} 个账号` : '',
      uses.plans ? `${uses.plans} 个方案` : '',
      uses.children ? `${uses.children} 个下级单位` : '',
    ].filter(Boolean);
    if (held.length) throw new OrgInUseError(`${section.name}还有 ${held.join('、')}，不能删除；可改名或先移交`);
    await tx.delete(orgs).where(eq(orgs.id, section.id));
    await logEvent(tx, {
      actor: input.actor,
      type: 'org.section.removed',
      subjectType: 'org',
      subjectId: section.id,
      payload: { departmentId: department.id, name: section.name },
    });
  });
}
