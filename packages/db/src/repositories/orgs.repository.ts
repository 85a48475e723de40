import { DomainError, type Org } from '@cascade/engine';
import { and, asc, eq, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { orgs } from '../schema/orgs.schema.ts';

export type OrgRecord = Org & { shortName: string };

const KIND_ORDER = sql`CASE ${orgs.kind} WHEN 'office' THEN 0 WHEN 'department' THEN 1 WHEN 'government' THEN 2 WHEN 'zone' THEN 3 ELSE 4 END`;

/** A stored org as the domain reads it: capabilities only where an admin set some. */
export function toOrgRecord(row: typeof orgs.$inferSelect): OrgRecord {
  const { sortKey: _sortKey, capabilities, ...org } = row;
  return {
    ...org,
    level: org.level as Org['level'],
    kind: org.kind as Org['kind'],
    ...(capabilities && Object.keys(capabilities).length ? { capabilities } : {}),
  };
}

/** Region codes may be written short: 44 and 4413 mean 440000 and 441300. */
export function normalizeOrgId(id: string): string {
  const t = id.trim();
  return /^\d{2}$|^\d{4}$/.test(t) ? t.padEnd(6, '0') : t;
}

/** One org, or undefined when there is none with that id. */
export async function findOrg(db: Db, id: string): Promise<OrgRecord | undefined> {
  const [row] = await db
    .select()
    .from(orgs)
    .where(eq(orgs.id, normalizeOrgId(id)));
  return row ? toOrgRecord(row) : undefined;
}

export class OrgNotFoundError extends DomainError {
  constructor(readonly orgId: string) {
    super('org.notFound', `单位 ${orgId} 不存在`);
    this.name = 'OrgNotFoundError';
  }
}

/** One org; throws `OrgNotFoundError` when it does not exist. */
export async function getOrg(db: Db, id: string): Promise<OrgRecord> {
  const org = await findOrg(db, id);
  if (!org) throw new OrgNotFoundError(id);
  return org;
}

/**
 * The direct children of an org (the provinces for null): its office and departments first,
 * in dictionary order, then the governments and zones below it, by region code.
 */
export async function listChildren(db: Db, id: string | null): Promise<OrgRecord[]> {
  const rows = await db
    .select()
    .from(orgs)
    .where(id === null ? isNull(orgs.parentId) : eq(orgs.parentId, id))
    .orderBy(KIND_ORDER, asc(orgs.sortKey), asc(orgs.id));
  return rows.map(toOrgRecord);
}

/** The chain from the root down to the org's parent, root first. */
export async function getOrgAncestors(db: Db, id: string): Promise<OrgRecord[]> {
  const org = await getOrg(db, id);
  const ids = org.path.split('/').filter((x) => x && x !== id);
  if (!ids.length) return [];
  const rows = await db.select().from(orgs).where(inArray(orgs.id, ids)).orderBy(asc(orgs.depth));
  return rows.map(toOrgRecord);
}

/**
 * Finds orgs by name (substring) or region code (prefix): 博罗 finds 博罗县 and its departments,
 * 4413 finds 惠州市 and what lies under it. Governments rank before departments, higher levels
 * before lower, exact names first.
 */
export async function searchOrgs(db: Db, query: string, options: { limit?: number } = {}): Promise<OrgRecord[]> {
  const q = query.trim();
  if (!q) return [];
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const byCode = /^\d+$/.test(q) ? like(orgs.regionCode, `${escaped}%`) : undefined;
  const rows = await db
    .select()
    .from(orgs)
    .where(or(like(orgs.name, `%${escaped}%`), eq(orgs.id, q), ...(byCode ? [byCode] : [])))
    .orderBy(
      sql`CASE WHEN ${orgs.name} = ${q} OR ${orgs.id} = ${q} THEN 0 ELSE 1 END`,
      sql`CASE WHEN ${orgs.kind} IN ('government', 'zone') THEN 0 ELSE 1 END`,
      asc(orgs.depth),
      asc(orgs.sortKey),
      asc(orgs.id),
    )
    .limit(limit);
  return rows.map(toOrgRecord);
}

export type OrgStats = {
  provinces: number;
  cities: number;
  counties: number;
  townships: number;
  /** 部门 of province, city and county governments. */
  departments: number;
  /** Their own offices (办公厅/办公室). */
  offices: number;
  /** A township's 党政办 and 办（中心）: it has no 部门. */
  townshipOffices: number;
  /** 股室/科室 of departments. */
  sections: number;
  total: number;
};

/** Counts by level and kind; zones count with the level they sit at. */
export async function orgStats(db: Db): Promise<OrgStats> {
  const rows = await db
    .select({ level: orgs.level, kind: orgs.kind, n: sql<number>`count(*)::int` })
    .from(orgs)
    .groupBy(orgs.level, orgs.kind);
  const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).reduce((s, r) => s + Number(r.n), 0);
  const territorial = (level: string) =>
    count((r) => r.level === level && (r.kind === 'government' || r.kind === 'zone'));
  return {
    provinces: territorial('province'),
    cities: territorial('city'),
    counties: territorial('county'),
    townships: territorial('township'),
    departments: count((r) => r.kind === 'department' && r.level !== 'township'),
    offices: count((r) => r.kind === 'office' && r.level !== 'township'),
    townshipOffices: count((r) => r.level === 'township' && (r.kind === 'office' || r.kind === 'department')),
    sections: count((r) => r.kind === 'section'),
    total: count(() => true),
  };
}

/** Orgs of a subtree matching a predicate on kind (e.g. every government under 惠州市). */
export async function listSubtree(db: Db, id: string, kinds?: readonly Org['kind'][]): Promise<OrgRecord[]> {
  const root = await getOrg(db, id);
  const rows = await db
    .select()
    .from(orgs)
    .where(and(like(orgs.path, `${root.path}%`), kinds?.length ? inArray(orgs.kind, [...kinds]) : undefined))
    .orderBy(asc(orgs.depth), asc(orgs.sortKey), asc(orgs.id));
  return rows.map(toOrgRecord);
}

/** An org with its children and grandchildren: what a plan's unit phrases can name. */
export async function listNeighbourhood(db: Db, id: string, levels = 2): Promise<OrgRecord[]> {
  const root = await getOrg(db, id);
  const rows = await db
    .select()
    .from(orgs)
    .where(and(like(orgs.path, `${root.path}%`), lte(orgs.depth, root.depth + levels)))
    .orderBy(asc(orgs.depth), asc(orgs.sortKey), asc(orgs.id));
  return rows.map(toOrgRecord);
}
