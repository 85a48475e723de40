import {
  type Deadline,
  type DerivedItemRow,
  type DraftItem,
  itemIdFor,
  type OutlineHeading,
  type PlanDraft,
  parseUnitCell,
  type UnitRole,
  type UnitsByRole,
} from '@cascade/engine';
import type { planItems } from '../schema/plans.schema.ts';

// The ids live with the derived-plan builder in the engine; re-exported for the database's callers.
export { assignmentIdFor, itemIdFor, sourceIdOf } from '@cascade/engine';

export type PlanItemRow = typeof planItems.$inferSelect;
export type NewPlanItemRow = typeof planItems.$inferInsert;
/** Units as stored: each unit's phrase as written, by role (selectors are re-read on load). */
export type UnitTexts = Record<UnitRole, string[]>;

const ROLES: UnitRole[] = ['lead', 'responsible', 'cooperate'];

/**
 * An id for an item added to a plan that already has items: not derived from its number, which
 * an older item may have had before the outline was renumbered.
 */
export const newItemId = (planId: string) =>
  `${planId}#+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function unitTexts(units: UnitsByRole): UnitTexts {
  return {
    lead: units.lead.map((u) => u.text),
    responsible: units.responsible.map((u) => u.text),
    cooperate: units.cooperate.map((u) => u.text),
  };
}

export function unitRefs(texts: Partial<UnitTexts> | null | undefined): UnitsByRole {
  const refs = (role: UnitRole) => (texts?.[role] ?? []).flatMap((t) => parseUnitCell(t, role));
  return { lead: refs('lead'), responsible: refs('responsible'), cooperate: refs('cooperate') };
}

/**
 * A draft's outline as rows in document order: each heading once, the first time a measure under
 * it appears, then the measure. Sections make the outline editable; tasks carry the work.
 */
export function draftToItemRows(planId: string, draft: PlanDraft): NewPlanItemRow[] {
  const rows: NewPlanItemRow[] = [];
  const seen = new Set<string>();
  for (const item of draft.items) {
    item.path.slice(0, -1).forEach((label, depth) => {
      const path = item.path.slice(0, depth + 1);
      const id = itemIdFor(planId, path);
      if (seen.has(id)) return;
      seen.add(id);
      rows.push({
        id,
        planId,
        parentItemId: depth ? itemIdFor(planId, path.slice(0, -1)) : null,
        position: rows.length,
        kind: 'section',
        label,
        path,
        text: item.headings[depth] ?? '',
        units: {},
      });
    });
    const id = itemIdFor(planId, item.path);
    if (seen.has(id)) continue; // a repeated number in a malformed source: the first one stands
    seen.add(id);
    rows.push({
      id,
      planId,
      parentItemId: item.path.length > 1 ? itemIdFor(planId, item.path.slice(0, -1)) : null,
      position: rows.length,
      kind: 'task',
      label: item.label,
      path: item.path,
      text: item.text,
      units: unitTexts(item.units),
      deadline: item.deadline,
    });
  }
  return rows;
}

const UNSPECIFIED_DEADLINE: Deadline = { text: '', kind: 'unspecified', due: null };

/** The plan's items back as a draft (for derivation, export and publishing). */
export function itemRowsToDraft(
  meta: Omit<PlanDraft, 'items' | 'headings' | 'unplaced'>,
  rows: readonly PlanItemRow[],
): PlanDraft {
  const sorted = [...rows].sort((a, b) => a.position - b.position);
  const titles = new Map(sorted.filter((r) => r.kind === 'section').map((r) => [r.path.join(''), r.text]));
  const headings: OutlineHeading[] = sorted
    .filter((r) => r.kind === 'section')
    .map((r) => ({ label: r.label, title: r.text, level: r.path.length }));
  const items: DraftItem[] = sorted
    .filter((r) => r.kind === 'task')
    .map((r, i) => ({
      id: r.id,
      label: r.label,
      path: r.path,
      headings: r.path.slice(0, -1).map((_, depth) => titles.get(r.path.slice(0, depth + 1).join('')) ?? ''),
      text: r.text,
      units: unitRefs(r.units),
      // A task added without a deadline has none stored: it reads as 未写明, as an empty cell does.
      deadline: r.deadline ?? UNSPECIFIED_DEADLINE,
      line: i + 1,
      ...(Array.isArray(r.rules) && r.rules.length ? { rules: r.rules } : {}),
    }));
  return { ...meta, headings, items, unplaced: [] };
}

export const UNIT_ROLES = ROLES;

/**
 * A derived outline row as the database gives it back once written (the columns' defaults
 * filled in): what a published version's snapshot holds, so a cascade's snapshot is the same as
 * a publish's.
 */
export function storedItemRow(row: DerivedItemRow): PlanItemRow {
  return {
    ...row,
    rules: [],
    workflowVariant: 'standard',
    evidenceRequired: true,
    scoreWeight: null,
    overrides: null,
    version: 1,
  };
}
