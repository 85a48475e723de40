import {
  type Deadline,
  DomainError,
  insertOutlineItem,
  moveOutlineItem,
  type OutlineEdit,
  type OutlineMove,
  type OutlineRow,
  type PlacedRow,
  renumberOutline,
} from '@cascade/engine';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { planItems } from '../schema/plans.schema.ts';
import { ItemNotFoundError } from './plan-edits.ts';
import { newItemId, type PlanItemRow, type UnitTexts } from './plan-items.ts';
import { listPlanItems, touchPlan } from './plan-store.ts';

/** An outline change the outline does not allow (the first item moved up): the reason, nothing changed. */
export class OutlineRefusedError extends DomainError {
  constructor(message: string) {
    super('outline.refused', message);
    this.name = 'OutlineRefusedError';
  }
}

type Placement = Pick<PlanItemRow, 'id' | 'label' | 'path' | 'parentItemId' | 'position'>;
const placementOf = (r: PlanItemRow | PlacedRow): Placement =>
  'parentId' in r
    ? { id: r.id, label: r.label, path: r.path, parentItemId: r.parentId, position: r.position }
    : { id: r.id, label: r.label, path: r.path, parentItemId: r.parentItemId, position: r.position };
const samePlace = (a: Placement, b: Placement) =>
  a.label === b.label &&
  a.position === b.position &&
  a.parentItemId === b.parentItemId &&
  a.path.join('') === b.path.join('');

/**
 * Writes where each row now stands, in one statement: only the rows that moved or were
 * renumbered, each with its version bumped (an edit made on its old number is then a conflict).
 * Returns the rows as they were, for the event (and an undo).
 */
export async function writePlacement(db: Db, before: readonly PlanItemRow[], placed: readonly PlacedRow[]) {
  const old = new Map(before.map((r) => [r.id, placementOf(r)]));
  const changed = placed.filter((p) => {
    const was = old.get(p.id);
    return !was || !samePlace(was, placementOf(p));
  });
  const known = changed.filter((p) => old.has(p.id));
  if (known.length) {
    const values = sql.join(
      known.map((p) => sql`(${p.id}, ${p.label}, ${JSON.stringify(p.path)}::jsonb, ${p.parentId}, ${p.position}::int)`),
      sql`, `,
    );
    await db.execute(sql`UPDATE plan_items AS i SET label = v.label, path = v.path, parent_item_id = v.parent,
        position = v.position, version = i.version + 1
      FROM (VALUES ${values}) AS v(id, label, path, parent, position) WHERE i.id = v.id`);
  }
  return known.map((p) => old.get(p.id) as Placement);
}

/** Stored rows as the outline sees them (kind is text in the table). */
const outlineOf = (rows: readonly PlanItemRow[]): OutlineRow[] =>
  rows.map((r) => ({ id: r.id, kind: r.kind === 'section' ? 'section' : 'task', label: r.label, path: r.path }));

function placed(edit: OutlineEdit): PlacedRow[] {
  if (!edit.ok) throw new OutlineRefusedError(edit.message);
  return edit.rows;
}

/**
 * Moves an item of the outline (上移, 下移, 降级, 升级) with the items under it and renumbers the
 * plan. Structural edits of one plan are serialized by the plan row's lock, so two clerks moving
 * items at once each move what they see after the other's move.
 */
export async function movePlanItem(
  db: Db,
  input: { planId: string; itemId: string; move: OutlineMove; actor: string },
): Promise<PlanItemRow[]> {
  return db.transaction(async (tx) => {
    await touchPlan(tx, input.planId);
    const rows = await listPlanItems(tx, input.planId);
    if (!rows.some((r) => r.id === input.itemId)) throw new ItemNotFoundError(input.itemId);
    const before = await writePlacement(tx, rows, placed(moveOutlineItem(outlineOf(rows), input.itemId, input.move)));
    await logEvent(tx, {
      actor: input.actor,
      type: 'item.moved',
      subjectType: 'item',
      subjectId: input.itemId,
      payload: { planId: input.planId, move: input.move, before },
    });
    return listPlanItems(tx, input.planId);
  });
}

/**
 * Renumbers what is left after items were removed (inside the caller's transaction), numbered
 * as the outline `before` the removal was.
 */
export async function renumberAfterRemoval(
  db: Db,
  before: readonly PlanItemRow[],
  removedIds: ReadonlySet<string>,
): Promise<void> {
  const rows = before.filter((r) => !removedIds.has(r.id));
  await writePlacement(db, rows, renumberOutline(outlineOf(rows), outlineOf(before)));
}

/**
 * Numbers a plan's outline again as it stands after rows came in (inside the caller's
 * transaction), counted as the outline `before` them was.
 */
export async function renumberAfterInsertion(
  db: Db,
  rows: readonly PlanItemRow[],
  before: readonly PlanItemRow[],
): Promise<void> {
  await writePlacement(db, rows, renumberOutline(outlineOf(rows), outlineOf(before)));
}

/**
 * Adds a section or task right after `afterItemId` (and what is under it), or as the last item
 * inside that section (`inside`), or at the end; its number comes from where it lands and the
 * items after it are renumbered. In a derived plan it counts as the plan's own (本级新增).
 */
export async function addPlanItem(
  db: Db,
  input: {
    planId: string;
    afterItemId?: string;
    inside?: boolean;
    kind: 'task' | 'section';
    text: string;
    units?: UnitTexts;
    deadline?: Deadline;
    actor: string;
  },
): Promise<PlanItemRow> {
  return db.transaction(async (tx) => {
    const plan = await touchPlan(tx, input.planId);
    const rows = await listPlanItems(tx, plan.id);
    if (input.afterItemId && !rows.some((r) => r.id === input.afterItemId))
      throw new ItemNotFoundError(input.afterItemId);
    const id = newItemId(plan.id);
    const outline = placed(
      insertOutlineItem(outlineOf(rows), { id, kind: input.kind }, input.afterItemId, input.inside),
    );
    const own = outline.find((r) => r.id === id) as PlacedRow;
    // Make room first: positions are not unique, but the order must hold at every step.
    await writePlacement(tx, rows, outline);
    const [row] = await tx
      .insert(planItems)
      .values({
        id,
        planId: plan.id,
        position: own.position,
        parentItemId: own.parentId,
        kind: input.kind,
        label: own.label,
        path: own.path,
        text: input.text,
        units: input.units ?? { lead: [], responsible: [], cooperate: [] },
        deadline: input.deadline ?? null,
        ...(plan.parentPlanId ? { derivationStatus: 'added' } : {}),
      })
      .returning();
    await logEvent(tx, {
      actor: input.actor,
      type: 'item.added',
      subjectType: 'item',
      subjectId: id,
      payload: { planId: plan.id, label: own.label, path: own.path, text: input.text },
    });
    return row as PlanItemRow;
  });
}
