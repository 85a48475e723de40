import { type Deadline, DomainError, type Rule } from '@cascade/engine';
import { and, eq, like, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { planItems } from '../schema/plans.schema.ts';
import type { PlanItemRow, UnitTexts } from './plan-items.ts';
import { renumberAfterRemoval } from './plan-outline.ts';
import { getPlan, listPlanItems, StaleVersionError, touchPlan } from './plan-store.ts';

/** The fields a user edits on an item; each is optional, only what changed is sent. */
export type ItemPatch = {
  label?: string;
  text?: string;
  units?: UnitTexts;
  deadline?: Deadline;
  evidenceRequired?: boolean;
  workflowVariant?: string;
  scoreWeight?: number | null;
  /** Applicability and localization rules (json-rules-engine JSON), validated before they get here. */
  rules?: Rule[];
};

/** A local override of a derived value, kept as a patch so upstream changes can be merged. */
export type Override = { from: unknown; to: unknown; reason: string; by: string; at: string };

export class ItemNotFoundError extends DomainError {
  constructor(readonly itemId: string) {
    super('plan.itemNotFound', `事项 ${itemId} 不存在`);
    this.name = 'ItemNotFoundError';
  }
}

async function getItem(db: Db, planId: string, itemId: string): Promise<PlanItemRow> {
  const [item] = await db
    .select()
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.id, itemId)));
  if (!item) throw new ItemNotFoundError(itemId);
  return item;
}

const FIELD_COLUMNS = {
  label: 'label',
  text: 'text',
  units: 'units',
  deadline: 'deadline',
  evidenceRequired: 'evidenceRequired',
  workflowVariant: 'workflowVariant',
  scoreWeight: 'scoreWeight',
  rules: 'rules',
} as const;

/**
 * Edits one item if nobody changed it since `expectedVersion`. In a derived plan each changed
 * field is also kept as an override (from → to, with the reason), which is what coverage reports
 * as "modified" and what an upstream merge compares against. The event holds before and after.
 */
export async function updatePlanItem(
  db: Db,
  input: { planId: string; itemId: string; expectedVersion: number; patch: ItemPatch; reason?: string; actor: string },
): Promise<PlanItemRow> {
  return db.transaction(async (tx) => {
    const plan = await getPlan(tx, input.planId);
    const item = await getItem(tx, input.planId, input.itemId);
    if (item.version !== input.expectedVersion) throw new StaleVersionError('事项', item.version);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(input.patch)) {
      if (value === undefined) continue;
      const current = item[FIELD_COLUMNS[field as keyof ItemPatch]];
      const stored = field === 'scoreWeight' && value !== null ? String(value) : value;
      if (JSON.stringify(current) === JSON.stringify(stored)) continue;
      before[field] = current;
      after[field] = stored;
    }
    if (!Object.keys(after).length) return item;
    const derived = Boolean(plan.parentPlanId) && item.kind === 'task';
    const overrides = derived ? withOverrides(item, before, after, input.reason ?? '', input.actor) : item.overrides;
    const [updated] = await tx
      .update(planItems)
      .set({
        ...after,
        ...(derived ? { overrides, derivationStatus: item.derivationStatus === 'added' ? 'added' : 'overridden' } : {}),
        version: sql`${planItems.version} + 1`,
      })
      .where(and(eq(planItems.id, item.id), eq(planItems.version, input.expectedVersion)))
      .returning();
    if (!updated) throw new StaleVersionError('事项', item.version + 1);
    await touchPlan(tx, input.planId);
    await logEvent(tx, {
      actor: input.actor,
      type: 'item.edited',
      subjectType: 'item',
      subjectId: item.id,
      payload: { planId: input.planId, before, after, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return updated;
  });
}

function withOverrides(
  item: PlanItemRow,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  reason: string,
  by: string,
): NonNullable<PlanItemRow['overrides']> {
  const existing = item.overrides ?? {};
  const next = { ...existing };
  const at = new Date().toISOString();
  for (const field of Object.keys(after)) {
    // `from` stays the inherited value through repeated edits: that is what upstream is compared to.
    const from = existing[field]?.from ?? before[field];
    next[field] = { from, to: after[field], reason: reason || existing[field]?.reason || '', by, at };
  }
  return next;
}

/**
 * Marks an inherited item as not applicable here (with the reason coverage shows), or removes an
 * item the plan added itself. Sections go with the items under them. The event keeps the removed
 * rows, so the removal can be undone.
 */
export async function removePlanItem(
  db: Db,
  input: { planId: string; itemId: string; expectedVersion: number; reason?: string; actor: string },
): Promise<{ removed: number; markedNotApplicable: boolean }> {
  return db.transaction(async (tx) => {
    const plan = await getPlan(tx, input.planId);
    const item = await getItem(tx, input.planId, input.itemId);
    if (item.version !== input.expectedVersion) throw new StaleVersionError('事项', item.version);
    const inherited = Boolean(plan.parentPlanId) && item.kind === 'task' && item.derivationStatus !== 'added';
    if (inherited) {
      await tx
        .update(planItems)
        .set({
          derivationStatus: 'notApplicable',
          overrides: { ...item.overrides, notApplicable: { reason: input.reason ?? '' } },
          version: sql`${planItems.version} + 1`,
        })
        .where(eq(planItems.id, item.id));
    } else {
      // The outline before the removal decides how what is left is numbered (own plans only).
      const outline = await listPlanItems(tx, input.planId);
      const before = plan.parentPlanId ? [] : outline;
      // The row just before the item in document order: where 撤销 puts it back.
      const afterItemId = outline[outline.findIndex((r) => r.id === item.id) - 1]?.id ?? null;
      const prefix = JSON.stringify(item.path).slice(0, -1);
      const removed = await tx
        .delete(planItems)
        .where(
          and(
            eq(planItems.planId, input.planId),
            or(eq(planItems.id, item.id), like(sql`${planItems.path}::text`, `${prefix},%`)),
          ),
        )
        .returning();
      // Numbers do not skip: what came after the removed item moves up one. A derived plan keeps
      // its superior's numbers (gaps are the tasks not addressed to it) until its outline is edited.
      if (!plan.parentPlanId) await renumberAfterRemoval(tx, before, new Set(removed.map((r) => r.id)));
      await logEvent(tx, {
        actor: input.actor,
        type: 'item.removed',
        subjectType: 'item',
        subjectId: item.id,
        payload: {
          planId: input.planId,
          rows: removed,
          afterItemId,
          ...(input.reason ? { reason: input.reason } : {}),
        },
      });
      await touchPlan(tx, input.planId);
      return { removed: removed.length, markedNotApplicable: false };
    }
    await logEvent(tx, {
      actor: input.actor,
      type: 'item.notApplicable',
      subjectType: 'item',
      subjectId: item.id,
      // What it was before, so 撤销 can make it applicable again as it was.
      payload: { planId: input.planId, reason: input.reason ?? '', previousStatus: item.derivationStatus },
    });
    await touchPlan(tx, input.planId);
    return { removed: 0, markedNotApplicable: true };
  });
}
