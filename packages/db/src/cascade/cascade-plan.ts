import {
  createOrgDirectory,
  type Derivation,
  type DerivedItem,
  derivationToDraft,
  derivePlan,
  listReportPeriods,
  type Org,
  type OrgDirectory,
  type PlanDraft,
  type Rule,
  resolveUnitOrgs,
  type UnitRole,
} from '@cascade/engine';
import type { DatabaseHandle, RawSession } from '../client.ts';
import { planIdFor } from '../plans/derive-child-plan.ts';
import { assignmentIdFor, itemIdFor, sourceIdOf } from '../plans/plan-items.ts';
import { listSubtree } from '../repositories/orgs.repository.ts';
import { rebuildRollup } from '../repositories/rollup.repository.ts';

export type CascadeOptions = {
  parent: PlanDraft;
  /** The org whose plan is cascaded (惠州市 441300); its whole subtree of governments derives. */
  rootOrgId: string;
  /** The root's plan id when it is not `plan-<year>-<org>` (an imported plan); its children point to it. */
  rootPlanId?: string;
  actor: string;
  /** The root plan's localization profile (派生规则), when its author edited it; every level derives with it. */
  profile?: readonly Rule[];
  onProgress?: (done: number, total: number, org: Org) => void;
  /** Test hook: called after each child's plan is committed (a crash simulation throws here). */
  afterChild?: (org: Org, index: number) => void;
};

export type CascadeResult = { plans: number; skipped: number; items: number; assignments: number; ms: number };

const ROLES: UnitRole[] = ['lead', 'responsible', 'cooperate'];

/** The columns a cascade writes, per table (the cascade benchmark copies the same ones). */
export const CASCADE_COLUMNS = {
  plans: ['id', 'owner_org_id', 'year', 'title', 'status', 'parent_plan_id', 'settings'],
  plan_items: [
    'id',
    'plan_id',
    'position',
    'kind',
    'label',
    'path',
    'text',
    'units',
    'deadline',
    'provenance',
    'derivation_status',
    'trace',
  ],
  assignments: ['id', 'plan_id', 'item_id', 'org_id', 'org_path', 'role', 'period_key', 'state', 'due_on', 'year'],
} as const;

/**
 * Cascades a plan down a subtree, level by level (市 → 县 → 乡镇), deriving each government's
 * draft from its parent's and writing its plan, items and ledger rows with COPY in one
 * transaction per government. Ids are deterministic, so a run after a crash skips the plans
 * already written and continues where it stopped: nothing is duplicated or half-written.
 */
export async function cascadePlan(handle: DatabaseHandle, options: CascadeOptions): Promise<CascadeResult> {
  const started = performance.now();
  const orgs = await listSubtree(handle.db, options.rootOrgId);
  const directory = createOrgDirectory(orgs);
  const root = directory.find(options.rootOrgId);
  if (!root) throw new Error(`单位 ${options.rootOrgId} 不存在`);
  const year = options.parent.year;
  const governments = orgs.filter((o) => o.id !== root.id && (o.kind === 'government' || o.kind === 'zone'));
  const existing = new Set(
    (
      await handle.query<{ owner_org_id: string }>(
        'SELECT p.owner_org_id FROM plans p JOIN orgs o ON o.id = p.owner_org_id WHERE p.year = $1 AND o.path LIKE $2',
        [year, `${root.path}%`],
      )
    ).map((r) => r.owner_org_id),
  );
  const result: CascadeResult = { plans: 0, skipped: 0, items: 0, assignments: 0, ms: 0 };
  let done = 0;
  /** Plans derived and not yet written, with the child and its place in the run. */
  let pending: { rows: PlanRows; child: Org; index: number }[] = [];
  let pendingRows = 0;
  const flush = async () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    pendingRows = 0;
    await handle.rawTransaction((tx) =>
      writePlanRows(
        tx,
        batch.map((p) => p.rows),
      ),
    );
    for (const { rows, child, index } of batch) {
      result.plans++;
      result.items += rows.items.length;
      result.assignments += rows.assignments.length;
      options.afterChild?.(child, index);
    }
  };
  const queue: { org: Org; draft: PlanDraft }[] = [{ org: root, draft: options.parent }];
  while (queue.length) {
    const { org, draft } = queue.shift() as { org: Org; draft: PlanDraft };
    for (const child of directory.children(org.id).filter((o) => o.kind === 'government' || o.kind === 'zone')) {
      const derivation = derivePlan(draft, org, child, directory, options.profile ? { profile: options.profile } : {});
      const childDraft = derivationToDraft(derivation, draft);
      queue.push({ org: child, draft: childDraft });
      done++;
      if (existing.has(child.id)) {
        result.skipped++;
      } else {
        const rows = planRowsOf(derivation, {
          parentPlanId: org.id === root.id && options.rootPlanId ? options.rootPlanId : planIdFor(year, org.id),
          directory,
          actor: options.actor,
          profile: options.profile,
        });
        pending.push({ rows, child, index: done });
        pendingRows += rows.items.length + rows.assignments.length;
        if (pending.length >= BATCH_PLANS || pendingRows >= BATCH_ROWS) await flush();
      }
      options.onProgress?.(done, governments.length, child);
    }
  }
  await flush();
  await rebuildRollup(handle.db, year);
  result.ms = performance.now() - started;
  return result;
}

/**
 * Plans are written in batches, each in one transaction: a crash loses at most the batch being
 * written, never half of one, and a run again skips what was written. Fewer, larger COPYs and
 * commits keep the cascade near the speed of copying the same rows raw.
 */
const BATCH_PLANS = 32;
const BATCH_ROWS = 20_000;

/** One derived plan as the rows it writes: the plan, its items, its ledger rows and its event. */
type PlanRows = { plan: unknown[]; items: unknown[][]; assignments: unknown[][]; event: unknown[] };

function planRowsOf(
  d: Derivation,
  {
    parentPlanId,
    directory,
    actor,
    profile,
  }: { parentPlanId: string; directory: OrgDirectory; actor: string; profile: readonly Rule[] | undefined },
): PlanRows {
  const year = d.year;
  const planId = planIdFor(year, d.child.id);
  const sourceOf = (item: DerivedItem) => sourceIdOf(parentPlanId, item);
  const plan = [
    planId,
    d.child.id,
    year,
    `${d.child.name}${year}年政务公开工作任务（派生稿）`,
    'draft',
    parentPlanId,
    {
      derivedFrom: d.owner.id,
      addressed: d.items.map(sourceOf),
      excluded: d.excluded,
      ...(profile ? { profile } : {}),
    },
  ];
  const items = d.items.map((item, position) => [
    itemIdFor(planId, item.path),
    planId,
    position,
    'task',
    item.label,
    item.path,
    item.text,
    item.units,
    item.deadline,
    JSON.stringify({ sourceItemId: sourceOf(item) }),
    item.status,
    item.trace,
  ]);
  const assignments: unknown[][] = [];
  const seen = new Set<string>();
  for (const item of d.items) {
    const itemId = itemIdFor(planId, item.path);
    // As on publish: a recurring task (每季度, 每年至少一次, 长期) is one row per period.
    const periods = listReportPeriods(item.deadline, year);
    for (const role of ROLES) {
      for (const text of item.units[role]) {
        for (const org of resolveUnitOrgs(text, d.child, directory)) {
          for (const { periodKey, due } of periods) {
            const id = assignmentIdFor(itemId, org.id, role, periodKey);
            if (seen.has(id)) continue;
            seen.add(id);
            assignments.push([id, planId, itemId, org.id, org.path, role, periodKey, 'assigned', due, year]);
          }
        }
      }
    }
  }
  const event = [
    actor,
    planId,
    { from: parentPlanId, items: d.items.length, excluded: d.excluded.length, assignments: assignments.length },
  ];
  return { plan, items, assignments, event };
}

/** Writes a batch of derived plans inside the caller's transaction: one COPY per table, one event insert. */
async function writePlanRows(tx: RawSession, batch: readonly PlanRows[]): Promise<void> {
  await tx.copyInto(
    'plans',
    CASCADE_COLUMNS.plans,
    batch.map((b) => b.plan),
  );
  await tx.copyInto(
    'plan_items',
    CASCADE_COLUMNS.plan_items,
    batch.flatMap((b) => b.items),
  );
  await tx.copyInto(
    'assignments',
    CASCADE_COLUMNS.assignments,
    batch.flatMap((b) => b.assignments),
  );
  await tx.query(
    `INSERT INTO events (actor, type, subject_type, subject_id, payload)
     SELECT e.actor, 'plan.derived', 'plan', e.subject, e.payload
       FROM jsonb_to_recordset($1::jsonb) AS e(actor text, subject text, payload jsonb)`,
    [JSON.stringify(batch.map((b) => ({ actor: b.event[0], subject: b.event[1], payload: b.event[2] })))],
  );
}
