import { DomainError } from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rowsOf } from '../repositories/rollup.repository.ts';
import type { CarryPlan } from './look-back.ts';

/** A 回头看 as recorded, for the dashboard's list and its reopened view. */
export type LookBackRun = {
  id: string;
  rootOrgId: string;
  rootOrgName: string;
  rootOrgPath: string;
  year: number;
  startedBy: string;
  startedByName: string;
  startedAt: string;
  reopenedOn: string;
  finishedAt: string | null;
  state: 'running' | 'succeeded' | 'failed';
  unfinished: number;
  reopened: number;
  carried: number;
  refused: number;
  sampled: number;
  /** With each plan's status now: a carry-over draft stays "draft" until its owner publishes it. */
  carryPlans: (CarryPlan & { status: string })[];
};

export type LookBackRowView = {
  assignmentId: string;
  outcome: 'reopened' | 'refused' | 'sampled';
  orgName: string;
  label: string;
  text: string;
  rectificationId: string | null;
  dueOn: string | null;
  message: string | null;
};

type RunRow = Omit<LookBackRun, 'carryPlans' | 'startedAt' | 'finishedAt'> & {
  startedAt: string | Date;
  finishedAt: string | Date | null;
  carryPlans: CarryPlan[] | string;
};

const iso = (value: string | Date) => new Date(value).toISOString();

async function withPlanStatus(db: Db, rows: RunRow[]): Promise<LookBackRun[]> {
  const runs = rows.map((r) => ({
    ...r,
    startedAt: iso(r.startedAt),
    finishedAt: r.finishedAt ? iso(r.finishedAt) : null,
    carryPlans: (typeof r.carryPlans === 'string' ? JSON.parse(r.carryPlans) : r.carryPlans) as CarryPlan[],
  }));
  const ids = [...new Set(runs.flatMap((r) => r.carryPlans.map((p) => p.planId)))];
  const status = new Map<string, string>();
  if (ids.length) {
    const plans = rowsOf<{ id: string; status: string }>(
      await db.execute(
        sql`SELECT id, status FROM plans WHERE id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      ),
    );
    for (const p of plans) status.set(p.id, p.status);
  }
  return runs.map((r) => ({
    ...r,
    carryPlans: r.carryPlans.map((p) => ({ ...p, status: status.get(p.planId) ?? 'removed' })),
  }));
}

const RUN_COLUMNS = sql`
  l.id, l.root_org_id AS "rootOrgId", o.name AS "rootOrgName", l.root_org_path AS "rootOrgPath", l.year,
  l.started_by AS "startedBy", COALESCE(u.display_name, l.started_by) AS "startedByName", l.started_at AS "startedAt",
  to_char(l.reopened_on, 'YYYY-MM-DD') AS "reopenedOn", l.finished_at AS "finishedAt", l.state, l.unfinished,
  l.reopened, l.carried, l.refused, l.sampled, l.carry_plans AS "carryPlans"
  FROM look_backs l JOIN orgs o ON o.id = l.root_org_id LEFT JOIN users u ON u.id = l.started_by`;

/** The runs over an org's subtree (its own and those of orgs below it), newest first. */
export async function listLookBacks(
  db: Db,
  input: { withinPath: string; year?: number | undefined; limit?: number },
): Promise<LookBackRun[]> {
  const rows = rowsOf<RunRow>(
    await db.execute(sql`
      SELECT ${RUN_COLUMNS}
      WHERE l.root_org_path LIKE ${`${input.withinPath}%`} ${input.year ? sql`AND l.year = ${input.year}` : sql``}
      ORDER BY l.started_at DESC, l.id
      LIMIT ${input.limit ?? 50}`),
  );
  return withPlanStatus(db, rows);
}

export class LookBackNotFoundError extends DomainError {
  constructor(readonly lookBackId: string) {
    super('lookBack.notFound', `回头看记录 ${lookBackId} 不存在`);
    this.name = 'LookBackNotFoundError';
  }
}

/** One run reopened: the record and the ledger rows it touched (reopened ones first, by unit). */
export async function getLookBack(db: Db, id: string): Promise<{ run: LookBackRun; rows: LookBackRowView[] }> {
  const [row] = rowsOf<RunRow>(await db.execute(sql`SELECT ${RUN_COLUMNS} WHERE l.id = ${id}`));
  if (!row) throw new LookBackNotFoundError(id);
  const [run] = await withPlanStatus(db, [row]);
  const rows = rowsOf<LookBackRowView>(
    await db.execute(sql`
      SELECT r.assignment_id AS "assignmentId", r.outcome, COALESCE(o.name, '') AS "orgName",
        COALESCE(i.label, '') AS label, COALESCE(i.text, '') AS text, r.rectification_id AS "rectificationId",
        to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn", r.message
      FROM look_back_rows r
      LEFT JOIN assignments a ON a.id = r.assignment_id
      LEFT JOIN orgs o ON o.id = a.org_id
      LEFT JOIN plan_items i ON i.id = a.item_id
      WHERE r.look_back_id = ${id}
      ORDER BY CASE r.outcome WHEN 'reopened' THEN 0 WHEN 'refused' THEN 1 ELSE 2 END, o.path, r.assignment_id`),
  );
  return { run: run as LookBackRun, rows };
}
