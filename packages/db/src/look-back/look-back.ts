import type { WorkflowRegistry } from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../client.ts';
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
  /** Every n-th verified assignment is listed for a spot check (抽查). */
  sampleEvery?: number;
  /** Called as rows are reopened and carried: how many of how many. */
  onProgress?: (done: number, total: number) => void;
};

export type LookBackResult = {
  unfinished: number;
  reopened: number;
  carried: number;
  sampledVerified: string[];
  refused: { assignmentId: string; message: string }[];
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
 * carried into next year's plan of the same org as an item linked to the original; a sample of
 * the verified ones is listed for a spot check. Running it again carries nothing twice.
 */
export async function runLookBack(
  handle: DatabaseHandle,
  workflows: WorkflowRegistry,
  options: LookBackOptions,
): Promise<LookBackResult> {
  const root = await getOrg(handle.db, options.rootOrgId);
  const rows = rowsOf<Row>(
    await handle.db.execute(sql`
      SELECT a.id, a.plan_id, p.owner_org_id, a.item_id, a.org_id, a.org_path, a.role, a.state, a.version,
        i.label, i.text
      FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN plans p ON p.id = a.plan_id
      WHERE a.year = ${options.year} AND a.org_path LIKE ${`${root.path}%`}
      ORDER BY a.id`),
  );
  const unfinished = rows.filter((r) => r.state === 'assigned' || r.state === 'draft');
  // Reopened by an earlier run that stopped before carrying them: carried now (carrying is idempotent).
  const reopenedBefore = rows.filter((r) => r.state === 'rectifying');
  const every = options.sampleEvery ?? 10;
  const sampledVerified = rows
    .filter((r) => r.state === 'verified')
    .filter((_, i) => i % every === 0)
    .map((r) => r.id);
  const result: LookBackResult = {
    unfinished: unfinished.length,
    reopened: 0,
    carried: 0,
    sampledVerified,
    refused: [],
  };
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
      step();
      continue;
    }
    if (!reopened.replayed) result.reopened++;
    if (await carryIntoNextYear(handle, row, options)) result.carried++;
    step();
  }
  for (const row of reopenedBefore) {
    if (await carryIntoNextYear(handle, row, options)) result.carried++;
    step();
  }
  await rebuildRollup(handle.db, options.year + 1);
  return result;
}

/** Next year's plan of the same org gets a rectification item and ledger row linked to the original. */
async function carryIntoNextYear(handle: DatabaseHandle, row: Row, options: LookBackOptions): Promise<boolean> {
  const next = options.year + 1;
  const prefix = `plan-${options.year}-`;
  // One rectification plan per plan looked back on, never the old plan itself.
  const planId = row.plan_id.startsWith(prefix)
    ? `plan-${next}-${row.plan_id.slice(prefix.length)}`
    : `plan-${next}-lookback-${row.plan_id}`;
  const itemId = `${planId}#整改${row.item_id.slice(row.item_id.indexOf('#') + 1)}`;
  const assignmentId = assignmentIdFor(itemId, row.org_id, row.role, '');
  return handle.rawTransaction(async (tx) => {
    await tx.query(
      `INSERT INTO plans (id, owner_org_id, year, title, status, settings) VALUES ($1, $2, $3, $4, 'draft', '{}')
       ON CONFLICT (id) DO NOTHING`,
      [planId, row.owner_org_id, next, `${next}年度回头看整改任务`],
    );
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
    const inserted = await tx.query(
      `INSERT INTO assignments (id, plan_id, item_id, org_id, org_path, role, state, year) VALUES ($1, $2, $3, $4, $5, $6, 'rectifying', $7)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [assignmentId, planId, itemId, row.org_id, row.org_path, row.role, next],
    );
    if (!inserted.length) return false;
    await tx.query(
      `INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ($1, 'lookback.carried', 'assignment', $2, $3)`,
      [options.actor.userId, assignmentId, JSON.stringify({ from: row.id, item: row.item_id })],
    );
    return true;
  });
}
