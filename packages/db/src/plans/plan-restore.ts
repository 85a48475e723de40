import { DomainError, type OutlineRow, reinsertOutlineBlock } from '@cascade/engine';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { events } from '../schema/events.schema.ts';
import { planItems } from '../schema/plans.schema.ts';
import { ItemNotFoundError } from './plan-edits.ts';
import type { PlanItemRow } from './plan-items.ts';
import { writePlacement } from './plan-outline.ts';
import { listPlanItems, touchPlan } from './plan-store.ts';

/** Taking a removal back is not possible any more (its place is gone, or it is not removed): why. */
export class RestoreRefusedError extends DomainError {
  constructor(message: string) {
    super('removal.restoreRefused', message);
    this.name = 'RestoreRefusedError';
  }
}

const outlineOf = (rows: readonly Pick<PlanItemRow, 'id' | 'kind' | 'label' | 'path'>[]): OutlineRow[] =>
  rows.map((r) => ({ id: r.id, kind: r.kind === 'section' ? 'section' : 'task', label: r.label, path: r.path }));

/** The latest event of `type` about the item in this plan (the removal holds the rows it removed). */
async function lastEvent(db: Db, planId: string, itemId: string, type: string) {
  const [event] = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.subjectType, 'item'),
        eq(events.subjectId, itemId),
        eq(events.type, type),
        sql`${events.payload}->>'planId' = ${planId}`,
      ),
    )
    .orderBy(desc(events.id))
    .limit(1);
  return event?.payload;
}

/**
 * 撤销删除: an item removed from the outline comes back with the same id, its fields, rules and
 * workflow and the items that were under it, at its old place (after the row that preceded it,
 * under the same section), numbered as the outline is counted now; an inherited item marked
 * 不适用 becomes applicable again as it was. Both are events of their own (`item.restored`), so the
 * log shows the removal and its undoing. Refused when the place is gone or it is not removed.
 */
export async function restorePlanItem(
  db: Db,
  input: { planId: string; itemId: string; actor: string },
): Promise<PlanItemRow> {
  return db.transaction(async (tx) => {
    const plan = await touchPlan(tx, input.planId);
    const rows = await listPlanItems(tx, plan.id);
    const existing = rows.find((r) => r.id === input.itemId);
    if (existing) {
      if (existing.derivationStatus !== 'notApplicable')
        throw new RestoreRefusedError(`${existing.path.join('')} 未被删除，也未标为不适用，无需恢复`);
      const marked = await lastEvent(tx, plan.id, existing.id, 'item.notApplicable');
      const { notApplicable: _reason, ...overrides } = existing.overrides ?? {};
      const previous =
        typeof marked?.previousStatus === 'string' && marked.previousStatus !== 'notApplicable'
          ? marked.previousStatus
          : Object.keys(overrides).length
            ? 'overridden'
            : 'inherited';
      const [updated] = await tx
        .update(planItems)
        .set({ derivationStatus: previous, overrides, version: sql`${planItems.version} + 1` })
        .where(eq(planItems.id, existing.id))
        .returning();
      await logEvent(tx, {
        actor: input.actor,
        type: 'item.restored',
        subjectType: 'item',
        subjectId: existing.id,
        payload: { planId: plan.id, applicableAgain: true, status: previous },
      });
      return updated as PlanItemRow;
    }
    const removal = await lastEvent(tx, plan.id, input.itemId, 'item.removed');
    if (!removal) throw new ItemNotFoundError(input.itemId);
    const removed = [...((removal.rows ?? []) as PlanItemRow[])].sort((a, b) => a.position - b.position);
    const root = removed.find((r) => r.id === input.itemId);
    if (!root) throw new ItemNotFoundError(input.itemId);
    // Older removals did not note the row before: their old position in the outline says it.
    const afterItemId =
      typeof removal.afterItemId === 'string' || removal.afterItemId === null
        ? (removal.afterItemId as string | null)
        : (rows[root.position - 1]?.id ?? null);
    // A derived plan keeps its superior's numbers after a removal, so it gets them back unchanged.
    const edit = reinsertOutlineBlock(
      outlineOf(rows),
      { rows: outlineOf(removed), afterId: afterItemId, parentId: root.parentItemId },
      !plan.parentPlanId,
    );
    if (!edit.ok) throw new RestoreRefusedError(edit.message);
    await writePlacement(tx, rows, edit.rows);
    const placed = new Map(edit.rows.map((r) => [r.id, r]));
    const restored = await tx
      .insert(planItems)
      .values(
        removed.map((r) => {
          const at = placed.get(r.id);
          return {
            ...r,
            planId: plan.id,
            label: at?.label ?? r.label,
            path: at?.path ?? r.path,
            parentItemId: at?.parentId ?? null,
            position: at?.position ?? r.position,
            version: r.version + 1,
          };
        }),
      )
      .returning();
    await logEvent(tx, {
      actor: input.actor,
      type: 'item.restored',
      subjectType: 'item',
      subjectId: root.id,
      payload: {
        planId: plan.id,
        ids: removed.map((r) => r.id),
        label: placed.get(root.id)?.path.join('') ?? root.label,
      },
    });
    return restored.find((r) => r.id === root.id) as PlanItemRow;
  });
}
