import type { Light, StateCategory } from '@cascade/engine';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import type { Assignment } from './assignments.repository.ts';
import { rowsOf } from './rollup.repository.ts';
import { openCategories } from './state-lists.ts';

/** One ledger (台账) row: the assignment with the task and unit a reader needs beside it. */
export type LedgerRow = {
  id: string;
  planId: string;
  planTitle: string;
  itemId: string;
  itemLabel: string;
  itemPath: string[];
  itemText: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  role: string;
  periodKey: string;
  state: string;
  light: Light;
  dueOn: string | null;
  deadlineText: string | null;
  year: number;
  evidenceRequired: boolean;
  lastReport: { text: string; evidence: { name: string; hash?: string }[] } | null;
  lastComment: string | null;
  version: number;
  updatedAt: string;
  /** What the state means (its category in the row's variant). */
  stateCategory: StateCategory;
  workflowVariant: string;
  workflowVersion: number;
  /** The plan version the row was issued by. */
  templateVersion: number;
  /** The office whose plan issued the row: its supervision verifies the row (核验单位). */
  ownerOrgId: string;
  ownerOrgName: string;
};

export const LEDGER_SORTS = ['due', 'state', 'light', 'unit', 'item', 'updated'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

export type LedgerQuery = {
  /** Only assignments of orgs under this path (the reader's subtree). */
  withinPath: string;
  /** And under this one too (a unit the reader drilled into), when given. */
  underPath?: string | undefined;
  year?: number | undefined;
  planId?: string | undefined;
  orgId?: string | undefined;
  states?: string[] | undefined;
  lights?: string[] | undefined;
  /** true: only rows whose report was returned (已退回); false: none of them. */
  returned?: boolean | undefined;
  role?: string | undefined;
  /** Words in the task text or unit name. */
  q?: string | undefined;
  sort?: LedgerSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  limit: number;
  offset: number;
};

// Whitelisted sort expressions: the client names a key, never SQL.
const SORT_SQL: Record<LedgerSort, SQL> = {
  due: sql`a.due_on`,
  state: sql`a.state`,
  light: sql`CASE a.light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END`,
  unit: sql`o.path`,
  item: sql`i.position`,
  updated: sql`a.updated_at`,
};

const SELECT = sql`SELECT a.id, a.plan_id AS "planId", p.title AS "planTitle", a.item_id AS "itemId",
  i.label AS "itemLabel", i.path AS "itemPath", i.text AS "itemText", a.org_id AS "orgId", o.name AS "orgName", a.org_path AS "orgPath",
  a.role, a.period_key AS "periodKey", a.state, a.light, to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", i.deadline->>'text' AS "deadlineText", a.year,
  a.evidence_required AS "evidenceRequired", a.last_report AS "lastReport", a.last_comment AS "lastComment",
  a.version, a.updated_at AS "updatedAt", a.state_category AS "stateCategory",
  a.workflow_variant AS "workflowVariant", a.workflow_version AS "workflowVersion",
  a.template_version AS "templateVersion", p.owner_org_id AS "ownerOrgId", po.name AS "ownerOrgName"
  FROM assignments a
  JOIN plan_items i ON i.id = a.item_id
  JOIN plans p ON p.id = a.plan_id
  JOIN orgs o ON o.id = a.org_id
  JOIN orgs po ON po.id = p.owner_org_id`;

/**
 * 已退回: back with its unit after a supervisor returned the report — waiting for a report again,
 * yet one was sent before (as the web's `isReturned` reads a row).
 */
const RETURNED = sql`(a.state_category IN ${openCategories} AND a.last_report IS NOT NULL)`;

function where(q: LedgerQuery): SQL {
  const parts: SQL[] = [sql`a.org_path LIKE ${`${q.withinPath}%`}`];
  if (q.underPath) parts.push(sql`a.org_path LIKE ${`${q.underPath}%`}`);
  if (q.year) parts.push(sql`a.year = ${q.year}`);
  if (q.planId) parts.push(sql`a.plan_id = ${q.planId}`);
  if (q.orgId) parts.push(sql`a.org_id = ${q.orgId}`);
  if (q.role) parts.push(sql`a.role = ${q.role}`);
  if (q.states?.length)
    parts.push(
      sql`a.state IN (${sql.join(
        q.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (q.lights?.length)
    parts.push(
      sql`a.light IN (${sql.join(
        q.lights.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (q.returned !== undefined) parts.push(q.returned ? RETURNED : sql`NOT (${RETURNED})`);
  if (q.q) {
    // LIKE wildcards typed by the user are searched for literally.
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(i.text LIKE ${pattern} OR o.name LIKE ${pattern})`);
  }
  return sql.join(parts, sql` AND `);
}

const normalize = (r: LedgerRow): LedgerRow => ({
  ...r,
  version: Number(r.version),
  year: Number(r.year),
  templateVersion: Number(r.templateVersion),
  updatedAt: new Date(r.updatedAt).toISOString(),
});

/** The assignment a ledger row shows: what a transition decides on (`TransitionRequest.read`). */
export function assignmentOf(row: LedgerRow): Assignment {
  return {
    id: row.id,
    planId: row.planId,
    itemId: row.itemId,
    orgId: row.orgId,
    orgPath: row.orgPath,
    role: row.role,
    periodKey: row.periodKey,
    state: row.state,
    stateCategory: row.stateCategory,
    workflowVariant: row.workflowVariant,
    workflowVersion: row.workflowVersion,
    templateVersion: row.templateVersion,
    evidenceRequired: row.evidenceRequired,
    dueOn: row.dueOn,
    light: row.light,
    year: row.year,
    lastReport: row.lastReport,
    lastComment: row.lastComment,
    version: row.version,
    updatedAt: new Date(row.updatedAt),
  };
}

/** A page of the ledger with the total count, filtered and sorted on the server. */
export async function queryLedger(db: Db, q: LedgerQuery): Promise<{ rows: LedgerRow[]; total: number }> {
  const order = q.order === 'desc' ? sql`DESC NULLS LAST` : sql`ASC NULLS LAST`;
  const sortBy = SORT_SQL[q.sort ?? 'item'];
  const [rows, count] = await Promise.all([
    db.execute(sql`${SELECT} WHERE ${where(q)} ORDER BY ${sortBy} ${order}, a.plan_id, i.position, o.path, a.id
      LIMIT ${q.limit} OFFSET ${q.offset}`),
    // Counted as the page shows rows: with their item (an item taken out of a plan takes its rows
    // off the ledger). The unit is joined only for a text search on its name (a unit with rows
    // cannot be removed): one index lookup fewer for each of a county's rows.
    db.execute(sql`SELECT count(*)::int AS n FROM assignments a JOIN plan_items i ON i.id = a.item_id
      ${q.q ? sql`JOIN orgs o ON o.id = a.org_id` : sql``} WHERE ${where(q)}`),
  ]);
  return { rows: rowsOf<LedgerRow>(rows).map(normalize), total: Number(rowsOf<{ n: number }>(count)[0]?.n ?? 0) };
}

export async function getLedgerRow(db: Db, assignmentId: string): Promise<LedgerRow | undefined> {
  const rows = rowsOf<LedgerRow>(await db.execute(sql`${SELECT} WHERE a.id = ${assignmentId}`));
  return rows[0] ? normalize(rows[0]) : undefined;
}
