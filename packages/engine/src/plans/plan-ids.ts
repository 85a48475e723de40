/**
 * The ids a plan's rows are written under. Deterministic, so the same derivation gives the same
 * rows however it was made (one 分解 or a 逐级下达), and a cascade run again after a crash finds
 * what it already wrote. An item keeps its id when the outline is renumbered later.
 */

/** A derived plan: one per org and year. */
export const planIdFor = (year: number, orgId: string) => `plan-${year}-${orgId}`;

/** Labels repeat across sections (（一） under 一、 and under 二、): an item is named by its path when written. */
export const itemIdFor = (planId: string, path: readonly string[]) => `${planId}#${path.join('')}`;

/** The id of the parent item a derived item comes from (older stored plans: named by path). */
export const sourceIdOf = (
  parentPlanId: string,
  item: { sourceId?: string; sourcePath?: readonly string[]; path: readonly string[] },
) => item.sourceId ?? itemIdFor(parentPlanId, item.sourcePath ?? item.path);

/** A ledger row's id: one task × one unit × one role, and one period of a recurring task. */
export const assignmentIdFor = (itemId: string, orgId: string, role: string, periodKey: string) =>
  `${itemId}@${orgId}/${role}${periodKey ? `#${periodKey}` : ''}`;
