import { TERRITORIAL_KINDS } from '@cascade/engine';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rowsOf } from '../repositories/rollup.repository.ts';
import { PLAN_SUMMARY_SELECT, type PlanSummaryRow, rowsOfPlans, UNPUBLISHED_CHANGES } from './plan-store.ts';

/**
 * Which plans never published (drafts) a reader sees besides the published ones, by where the
 * owner sits: its own org's, and those of orgs below it. A draft whose ledger rows were already
 * issued into the reader's subtree (a 回头看 rectification plan; a 派生稿 written by a cascade before
 * cascades published what they derive) is seen either way, like those rows. The server decides the
 * flags from the reader's role.
 */
export type DraftVisibility = {
  own: boolean;
  below: boolean;
  /**
   * 部门分解本级方案: the drafts of a department (or office) derived from its government's plan,
   * for a reader who may send that plan down — by where the government sits (the reader's own org
   * or below) and whether its plan is a template or itself derived.
   */
  departments?: { own: PlanKinds; below: PlanKinds };
};
type PlanKinds = { template: boolean; derived: boolean };

/** never published · published as it stands · published, then edited. */
export type PlanListStatus = 'draft' | 'published' | 'changed';
/** A government of a level, or a department (部门, 办公室, 股室) of any level. */
export type PlanOwnerLevel = 'province' | 'city' | 'county' | 'township' | 'department';
export type PlanListSort = 'tree' | 'updated' | 'title';

export type PlanListFilter = {
  year?: number | undefined;
  ownerOrgId?: string | undefined;
  drafts?: DraftVisibility | undefined;
  /** Words in the title, the 文号 or the owner's name. */
  q?: string | undefined;
  status?: PlanListStatus | undefined;
  level?: PlanOwnerLevel | undefined;
  sort?: PlanListSort | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

/** A plan in the making: never published, so nothing of it has been issued by publishing. */
const NEVER_PUBLISHED = sql`(p.status = 'draft' AND p.published_version = 0)`;

const issuedWithin = (orgPath: string) =>
  sql`EXISTS (SELECT 1 FROM assignments a WHERE a.plan_id = p.id AND a.org_path LIKE ${`${orgPath}%`})`;

function draftsSeen(orgPath: string, drafts: DraftVisibility | undefined): SQL {
  if (!drafts) return sql``;
  const seen = [
    issuedWithin(orgPath),
    ...(drafts.own ? [sql`o.path = ${orgPath}`] : []),
    ...(drafts.below ? [sql`(o.path LIKE ${`${orgPath}%`} AND o.path <> ${orgPath})`] : []),
    ...departmentDraftsSeen(orgPath, drafts.departments),
  ];
  return sql`AND (NOT ${NEVER_PUBLISHED} OR ${sql.join(seen, sql` OR `)})`;
}

/** A department's draft derived from its government's plan, when the reader may send that plan down. */
function departmentDraftsSeen(orgPath: string, departments: DraftVisibility['departments']): SQL[] {
  if (!departments) return [];
  const where = {
    own: sql`po.path = ${orgPath}`,
    below: sql`(po.path LIKE ${`${orgPath}%`} AND po.path <> ${orgPath})`,
  };
  const kind = { template: sql`pp.parent_plan_id IS NULL`, derived: sql`pp.parent_plan_id IS NOT NULL` };
  const parents = (['own', 'below'] as const).flatMap((at) =>
    (['template', 'derived'] as const).filter((k) => departments[at][k]).map((k) => sql`(${where[at]} AND ${kind[k]})`),
  );
  if (!parents.length) return [];
  return [
    sql`(o.kind NOT IN (${TERRITORIAL}) AND EXISTS (
      SELECT 1 FROM plans pp JOIN orgs po ON po.id = pp.owner_org_id
      WHERE pp.id = p.parent_plan_id AND po.id = o.parent_id AND (${sql.join(parents, sql` OR `)})))`,
  ];
}

/** `%`, `_` and `\` typed into the search box are looked for as themselves. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const TERRITORIAL = sql.join(
  TERRITORIAL_KINDS.map((k) => sql`${k}`),
  sql`, `,
);

const STATUS: Record<PlanListStatus, SQL> = {
  draft: sql`p.published_version = 0`,
  published: sql`(p.published_version > 0 AND NOT ${UNPUBLISHED_CHANGES})`,
  changed: UNPUBLISHED_CHANGES,
};

const levelIs = (level: PlanOwnerLevel): SQL =>
  level === 'department'
    ? sql`o.kind NOT IN (${TERRITORIAL})`
    : sql`(o.level = ${level} AND o.kind IN (${TERRITORIAL}))`;

const ORDER: Record<PlanListSort, SQL> = {
  tree: sql`p.year DESC, o.depth, o.path, p.created_at DESC, p.id`,
  updated: sql`p.updated_at DESC, p.id`,
  title: sql`p.title, o.path, p.id`,
};

/**
 * Plans visible from one org: those of its subtree and those of its ancestors (superior plans
 * are issued to it). With `drafts`, plans never published only as it says; without, every draft
 * of the branch. Filtered by year, owner, words, status and the owner's level, sorted (the tree
 * order by default: newest year first, superiors before subordinates) and paged, with the total
 * the filter matches and the years the reader has plans of.
 */
export async function findVisiblePlans(
  db: Db,
  orgPath: string,
  filter: PlanListFilter = {},
): Promise<{ plans: PlanSummaryRow[]; total: number; years: number[] }> {
  const q = filter.q?.trim();
  const visible = sql`WHERE (o.path LIKE ${`${orgPath}%`} OR ${orgPath} LIKE o.path || '%')
      ${draftsSeen(orgPath, filter.drafts)}`;
  const where = sql`${visible}
      ${filter.year ? sql`AND p.year = ${filter.year}` : sql``}
      ${filter.ownerOrgId ? sql`AND p.owner_org_id = ${filter.ownerOrgId}` : sql``}
      ${
        q
          ? sql`AND (p.title ILIKE ${containing(q)} OR o.name ILIKE ${containing(q)}
              OR COALESCE(p.doc_number, '') ILIKE ${containing(q)})`
          : sql``
      }
      ${filter.status ? sql`AND ${STATUS[filter.status]}` : sql``}
      ${filter.level ? sql`AND ${levelIs(filter.level)}` : sql``}`;
  const FROM = sql`FROM plans p JOIN orgs o ON o.id = p.owner_org_id`;
  const [counted] = rowsOf<{ total: number }>(await db.execute(sql`SELECT count(*)::int AS total ${FROM} ${where}`));
  // The years the reader has plans of, whatever the filter: what the year menu offers.
  const years = rowsOf<{ year: number }>(
    await db.execute(sql`SELECT DISTINCT p.year ${FROM} ${visible} ORDER BY p.year DESC`),
  ).map((r) => Number(r.year));
  const result = await db.execute(sql`${PLAN_SUMMARY_SELECT} ${where}
    ORDER BY ${ORDER[filter.sort ?? 'tree']}
    LIMIT ${filter.limit ?? 500} OFFSET ${filter.offset ?? 0}`);
  return { plans: rowsOfPlans(result), total: Number(counted?.total ?? 0), years };
}

/** The first 500 plans visible from one org, in the tree order (`findVisiblePlans` without paging). */
export async function listVisiblePlans(
  db: Db,
  orgPath: string,
  filter: Omit<PlanListFilter, 'limit' | 'offset'> = {},
): Promise<PlanSummaryRow[]> {
  return (await findVisiblePlans(db, orgPath, filter)).plans;
}
