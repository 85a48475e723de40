import {
  categoryOf,
  computeLight,
  DEFAULT_YELLOW_WORKING_DAYS,
  PLAN_LIFECYCLE,
  REOPENED_STATE,
  rectificationDue,
  type WorkflowRegistry,
} from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, RawSession } from '../client.ts';
import { assignmentIdFor } from '../plans/plan-items.ts';
import { transitionAssignment } from '../repositories/assignments.repository.ts';
import { getOrg } from '../repositories/orgs.repository.ts';
import { rebuildRollup, rowsOf } from '../repositories/rollup.repository.ts';

export type LookBackOptions = {
  /** The org whose subtree is looked back on (贵溪市 360681). */
  rootOrgId: string;
  /** The plan year looked back on; rectifications are carried into the next year. */
  year: number;
  actor: { userId: string; orgId: string; role: string };
  /** The day it runs on, by the server's clock (the demo's day in the demo): rectifications are due from it. */
  today: string;
  /** The record's id: given by whoever queued the run, so a job run again continues the same record. */
  lookBackId?: string;
  /** Every n-th verified assignment is listed for a spot check (抽查). */
  sampleEvery?: number;
  /** Called as rows are reopened and carried: how many of how many. */
  onProgress?: (done: number, total: number) => void;
};

/** A next-year plan the rectifications went into; `created` when this run made it (a draft). */
export type CarryPlan = { planId: string; ownerOrgId: string; ownerName: string; title: string; created: boolean };

export type LookBackResult = {
  /** The run's record (`getLookBack`). */
  id: string;
  unfinished: number;
  reopened: number;
  carried: number;
  sampledVerified: string[];
  refused: { assignmentId: string; message: string }[];
  carryPlans: CarryPlan[];
  /** Earlier runs over this subtree and year: why a second run finds nothing left. */
  earlier: { id: string; startedAt: string; startedByName: string; reopened: number }[];
};

type Row = {
  id: string;
  plan_id: string;
  /** The org owning the row's plan: whose next-year plan the rectification goes into. */
  owner_org_id: string;
  item_id: string;
  org_id: string;
  org_path: string;
  role: string;
  state: string;
  version: number;
  label: string;
  text: string;
};

/**
 * 回头看: on last year's plans of a subtree, every unfinished assignment is reopened as a
 * rectification (整改, through the workflow's REOPEN transition, logged with its actor) and
 * carried into next year's plan of the same org as an item linked to the original, due a number
 * of working days after `today` (the template's `rectificationWorkingDays`, 20 by default); a
 * sample of the verified ones is listed for a spot check. Each run is a record (look_backs, with
 * the rows it touched in look_back_rows); a carry-over plan it creates is announced to its owner
 * (`lookback.plan-created`, in the owner's inbox). Running it again carries nothing twice.
 */
export async function runLookBack(
  handle: DatabaseHandle,
  workflows: WorkflowRegistry,
  options: LookBackOptions,
): Promise<LookBackResult> {
  const root = await getOrg(handle.db, options.rootOrgId);
  const lookBackId = options.lookBackId ?? crypto.randomUUID();
  await handle.db.execute(sql`
    INSERT INTO look_backs (id, root_org_id, root_org_path, year, started_by, started_by_org_id, reopened_on)
    VALUES (${lookBackId}, ${root.id}, ${root.path}, ${options.year}, ${options.actor.userId}, ${options.actor.orgId},
      ${options.today}::date)
    ON CONFLICT (id) DO NOTHING`);
  try {
    return await lookBack(handle, workflows, options, root.path, lookBackId);
  } catch (error) {
    await handle.db.execute(sql`UPDATE look_backs SET state = 'failed', finished_at = now() WHERE id = ${lookBackId}`);
    throw error;
  }
}

async function lookBack(
  handle: DatabaseHandle,
  workflows: WorkflowRegistry,
  options: LookBackOptions,
  rootPath: string,
  lookBackId: string,
): Promise<LookBackResult> {
  const earlier = rowsOf<LookBackResult['earlier'][number]>(
    await handle.db.execute(sql`
      SELECT l.id, l.started_at AS "startedAt", COALESCE(u.display_name, l.started_by) AS "startedByName", l.reopened
      FROM look_backs l LEFT JOIN users u ON u.id = l.started_by
      WHERE l.year = ${options.year} AND l.state = 'succeeded' AND l.id <> ${lookBackId}
        AND ${rootPath} LIKE l.root_org_path || '%'
      ORDER BY l.started_at`),
  ).map((e) => ({ ...e, startedAt: new Date(e.startedAt).toISOString() }));
  const rows = rowsOf<Row>(
    await handle.db.execute(sql`
      SELECT a.id, a.plan_id, p.owner_org_id, a.item_id, a.org_id, a.org_path, a.role, a.state, a.version,
        i.label, i.text
      FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN plans p ON p.id = a.plan_id
      WHERE a.year = ${options.year} AND a.org_path LIKE ${`${rootPath}%`}
      ORDER BY a.id`),
  );
  // Unfinished: still with its unit (草稿, 已下达 — the category open).
  const unfinished = rows.filter((r) => categoryOf(r.state) === 'open');
  // Reopened by an earlier run that stopped before carrying them: carried now (carrying is idempotent).
  const reopenedBefore = rows.filter((r) => r.state === REOPENED_STATE);
  const every = options.sampleEvery ?? 10;
  const sampledVerified = rows
    .filter((r) => categoryOf(r.state) === 'done')
    .filter((_, i) => i % every === 0)
    .map((r) => r.id);
  const result: LookBackResult = {
    id: lookBackId,
    unfinished: unfinished.length,
    reopened: 0,
    carried: 0,
    sampledVerified,
    refused: [],
    carryPlans: [],
    earlier,
  };
  const carry = new Carrying(handle, options, lookBackId);
  for (const id of sampledVerified) await carry.record(id, 'sampled');
  const total = unfinished.length + reopenedBefore.length;
  let done = 0;
  const step = () => {
    done++;
    if (done % 25 === 0 || done === total) options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);
  for (const row of unfinished) {
    const reopened = await transitionAssignment(handle.db, workflows, {
      assignmentId: row.id,
      expectedVersion: row.version,
      event: { type: 'REOPEN', actor: options.actor, reason: `${options.year}年度回头看：未完成，转入整改` },
      idempotencyKey: `look-back:${options.year}:${row.id}`,
    });
    if (!reopened.ok) {
      result.refused.push({ assignmentId: row.id, message: reopened.message });
      await carry.record(row.id, 'refused', { message: reopened.message });
      step();
      continue;
    }
    if (!reopened.replayed) result.reopened++;
    if (await carry.intoNextYear(row, true)) result.carried++;
    step();
  }
  for (const row of reopenedBefore) {
    if (await carry.intoNextYear(row, false)) result.carried++;
    step();
  }
  await rebuildRollup(handle.db, options.year + 1);
  result.carryPlans = await carry.plans();
  await handle.db.execute(sql`
    UPDATE look_backs SET state = 'succeeded', finished_at = now(), unfinished = ${result.unfinished},
      reopened = ${result.reopened}, carried = ${result.carried}, refused = ${result.refused.length},
      sampled = ${sampledVerified.length}, carry_plans = ${JSON.stringify(result.carryPlans)}::jsonb
    WHERE id = ${lookBackId}`);
  return result;
}

/** One run's carrying: the rows it records, the rectification due dates, the plans it fills. */
class Carrying {
  private readonly settings = new Map<string, unknown>();
  private readonly touched = new Map<string, { ownerOrgId: string; created: boolean }>();

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly options: LookBackOptions,
    private readonly lookBackId: string,
  ) {}

  /** Remembers a ledger row the run touched (once per run: a job run again overwrites its own). */
  async record(
    assignmentId: string,
    outcome: 'reopened' | 'refused' | 'sampled',
    detail: { rectificationId?: string; dueOn?: string | null; message?: string } = {},
  ): Promise<void> {
    await this.handle.db.execute(sql`
      INSERT INTO look_back_rows (look_back_id, assignment_id, outcome, rectification_id, due_on, message)
      VALUES (${this.lookBackId}, ${assignmentId}, ${outcome}, ${detail.rectificationId ?? null},
        ${detail.dueOn ?? null}::date, ${detail.message ?? null})
      ON CONFLICT (look_back_id, assignment_id) DO UPDATE SET outcome = excluded.outcome,
        rectification_id = excluded.rectification_id, due_on = excluded.due_on, message = excluded.message`);
  }

  /** The template's settings of the plan looked back on (its rectification days). */
  private async settingsOf(planId: string): Promise<unknown> {
    if (!this.settings.has(planId)) {
      const [plan] = rowsOf<{ settings: unknown }>(
        await this.handle.db.execute(sql`SELECT settings FROM plans WHERE id = ${planId}`),
      );
      this.settings.set(planId, plan?.settings ?? {});
    }
    return this.settings.get(planId);
  }

  /**
   * Carries one reopened row. A row an earlier run reopened is this run's only when it is carried
   * now (that run stopped before carrying it); else it is the earlier run's and not recorded again.
   */
  async intoNextYear(row: Row, reopenedNow: boolean): Promise<boolean> {
    const due = rectificationDue(this.options.today, await this.settingsOf(row.plan_id));
    const carried = await carryIntoNextYear(this.handle, row, this.options, { due, lookBackId: this.lookBackId });
    if (!reopenedNow && !carried.inserted) return false;
    const seen = this.touched.get(carried.planId);
    this.touched.set(carried.planId, {
      ownerOrgId: row.owner_org_id,
      created: Boolean(seen?.created || carried.planCreated),
    });
    await this.record(row.id, 'reopened', { rectificationId: carried.assignmentId, dueOn: carried.dueOn });
    return carried.inserted;
  }

  async plans(): Promise<CarryPlan[]> {
    if (!this.touched.size) return [];
    const rows = rowsOf<{ id: string; title: string; owner_name: string }>(
      await this.handle.db.execute(sql`
        SELECT p.id, p.title, o.name AS owner_name FROM plans p JOIN orgs o ON o.id = p.owner_org_id
        WHERE p.id IN (${sql.join(
          [...this.touched.keys()].map((id) => sql`${id}`),
          sql`, `,
        )})`),
    );
    return rows.map((p) => {
      const t = this.touched.get(p.id) ?? { ownerOrgId: '', created: false };
      return { planId: p.id, ownerOrgId: t.ownerOrgId, ownerName: p.owner_name, title: p.title, created: t.created };
    });
  }
}

type Carried = { planId: string; planCreated: boolean; assignmentId: string; inserted: boolean; dueOn: string | null };

/**
 * Next year's plan of the same org gets a rectification item and ledger row linked to the
 * original, due on `due`. A plan created here is a draft its owner must publish: announced to the
 * owner (`lookback.plan-created`, read by the inbox).
 */
async function carryIntoNextYear(
  handle: DatabaseHandle,
  row: Row,
  options: LookBackOptions,
  carry: { due: string; lookBackId: string },
): Promise<Carried> {
  const next = options.year + 1;
  const prefix = `plan-${options.year}-`;
  // One rectification plan per plan looked back on, never the old plan itself.
  const planId = row.plan_id.startsWith(prefix)
    ? `plan-${next}-${row.plan_id.slice(prefix.length)}`
    : `plan-${next}-lookback-${row.plan_id}`;
  const itemId = `${planId}#整改${row.item_id.slice(row.item_id.indexOf('#') + 1)}`;
  const assignmentId = assignmentIdFor(itemId, row.org_id, row.role, '');
  const title = `${next}年度回头看整改任务`;
  return handle.rawTransaction(async (tx) => {
    const created = await tx.query(
      `INSERT INTO plans (id, owner_org_id, year, title, status, settings) VALUES ($1, $2, $3, $4, $5, '{}')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [planId, row.owner_org_id, next, title, PLAN_LIFECYCLE.initial],
    );
    if (created.length) await announcePlan(tx, { planId, title, row, options, lookBackId: carry.lookBackId });
    await tx.query(
      `INSERT INTO plan_items (id, plan_id, position, kind, label, text, provenance, derivation_status)
       VALUES ($1, $2, 0, 'task', $3, $4, $5, 'added') ON CONFLICT (id) DO NOTHING`,
      [
        itemId,
        planId,
        `整改${row.label}`,
        `【回头看整改】${row.text}`,
        JSON.stringify({ lookBackOf: row.item_id, assignmentId: row.id, year: options.year }),
      ],
    );
    // Two runs at once carry each row once: the second one's insert finds it there.
    const light = computeLight({
      due: carry.due,
      today: options.today,
      state: REOPENED_STATE,
      yellowWorkingDays: DEFAULT_YELLOW_WORKING_DAYS,
    });
    const inserted = await tx.query(
      `INSERT INTO assignments (id, plan_id, item_id, org_id, org_path, role, state, state_category, year, due_on, light)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $11, $8, $9::date, $10)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        assignmentId,
        planId,
        itemId,
        row.org_id,
        row.org_path,
        row.role,
        REOPENED_STATE,
        next,
        carry.due,
        light,
        categoryOf(REOPENED_STATE),
      ],
    );
    const base = { planId, planCreated: created.length > 0, assignmentId };
    if (!inserted.length) {
      // Carried before (another period of the task, or an earlier run): its own due date stands.
      const [before] = await tx.query<{ due: string | null }>(
        `SELECT to_char(due_on, 'YYYY-MM-DD') AS due FROM assignments WHERE id = $1`,
        [assignmentId],
      );
      return { ...base, inserted: false, dueOn: before?.due ?? null };
    }
    await tx.query(
      `INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ($1, 'lookback.carried', 'assignment', $2, $3)`,
      [
        options.actor.userId,
        assignmentId,
        JSON.stringify({ from: row.id, item: row.item_id, due: carry.due, lookBackId: carry.lookBackId }),
      ],
    );
    return { ...base, inserted: true, dueOn: carry.due };
  });
}

/** The owner of a carry-over plan hears of it: a draft nobody is told about is never published. */
async function announcePlan(
  tx: RawSession,
  input: { planId: string; title: string; row: Row; options: LookBackOptions; lookBackId: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ($1, 'lookback.plan-created', 'plan', $2, $3)`,
    [
      input.options.actor.userId,
      input.planId,
      JSON.stringify({
        ownerOrgId: input.row.owner_org_id,
        title: input.title,
        year: input.options.year + 1,
        lookedBackOn: input.options.year,
        fromPlanId: input.row.plan_id,
        lookBackId: input.lookBackId,
      }),
    ],
  );
}
