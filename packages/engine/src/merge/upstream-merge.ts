import type { Deadline } from '../deadlines/deadline.ts';
import type { DerivedItem } from '../derivation/derive-plan.ts';
import type { UnitRole } from '../units/units-by-role.ts';

/** The fields of a task a superior's new version can change and a subordinate can override. */
export const MERGE_FIELDS = ['text', 'units', 'deadline'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** A field's values in the three versions, as this subordinate would have them (localized). */
export type FieldMerge = {
  field: MergeField;
  /** Derived from the parent version the child started from. */
  base: unknown;
  /** Derived from the parent's new version. */
  theirs: unknown;
  /** The child's current value. */
  ours: unknown;
  /**
   * take: upstream changed it and the child had not → the new value applies;
   * keep: the child changed it and upstream did not → the child's value stays;
   * conflict: both changed it differently → someone must choose;
   * same: nothing to do.
   */
  state: 'take' | 'keep' | 'conflict' | 'same';
};

export type ItemMerge =
  | { kind: 'added'; key: string; label: string; theirs: DerivedItem }
  | { kind: 'removed'; key: string; label: string; ours: ChildTask }
  | { kind: 'changed'; key: string; label: string; fields: FieldMerge[] };

/** A task of the child plan as the merge sees it, keyed by its source item (its id, or its path). */
export type ChildTask = {
  key: string;
  text: string;
  units: Record<UnitRole, string[]>;
  deadline: Deadline | null;
};

export type UpstreamMerge = { items: ItemMerge[]; conflicts: number; automatic: number };

/**
 * A task's field as versions are compared — here and in what a publish changes
 * (`publishing/version-changes.ts`): a deadline is its words and its due date, nothing else.
 */
export const taskFieldValue = (
  item: { text: string; units: Record<UnitRole, string[]>; deadline: Deadline | null },
  field: MergeField,
) =>
  field === 'deadline' ? (item.deadline ? { text: item.deadline.text, due: item.deadline.due } : null) : item[field];
/** Whether two field values (`taskFieldValue`) are the same: the one test of "changed". */
export const sameFieldValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const fieldValue = taskFieldValue;
const same = sameFieldValue;
/** The parent item a derived item comes from: its id, which survives renumbering; its path otherwise. */
export const sourceKeyOf = (item: Pick<DerivedItem, 'sourceId' | 'sourcePath' | 'path'>) =>
  item.sourceId ?? (item.sourcePath ?? item.path).join('');

/**
 * Three-way merge of a superior's new version into a derived plan, per task and field: `base` and
 * `theirs` are the same subordinate's derivations of the old and the new parent version (so both
 * are localized alike), `ours` the child's tasks as they are now. A field the child never touched
 * follows upstream; a field only the child changed stays; both changed is a conflict to resolve.
 */
export function mergeUpstream(
  base: readonly DerivedItem[],
  theirs: readonly DerivedItem[],
  ours: readonly ChildTask[],
): UpstreamMerge {
  const baseByKey = new Map(base.map((i) => [sourceKeyOf(i), i]));
  const theirsByKey = new Map(theirs.map((i) => [sourceKeyOf(i), i]));
  const oursByKey = new Map(ours.map((i) => [i.key, i]));
  const items: ItemMerge[] = [];
  for (const item of theirs) {
    const key = sourceKeyOf(item);
    const before = baseByKey.get(key);
    const mine = oursByKey.get(key);
    if (!before) {
      if (!mine) items.push({ kind: 'added', key, label: item.sourceLabel, theirs: item });
      continue;
    }
    if (!mine) continue; // dropped here on purpose (or not applicable): upstream edits do not bring it back
    const fields = MERGE_FIELDS.map((field): FieldMerge => {
      const b = fieldValue(before, field);
      const t = fieldValue(item, field);
      const o = fieldValue(mine, field);
      const upstream = !same(b, t);
      const local = !same(b, o);
      const state = !upstream
        ? local
          ? 'keep'
          : 'same'
        : !local || same(o, t)
          ? same(o, t)
            ? 'same'
            : 'take'
          : 'conflict';
      return { field, base: b, theirs: t, ours: o, state };
    });
    if (fields.some((f) => f.state === 'take' || f.state === 'conflict'))
      items.push({ kind: 'changed', key, label: item.sourceLabel, fields });
  }
  for (const item of base) {
    const key = sourceKeyOf(item);
    const mine = oursByKey.get(key);
    if (!theirsByKey.has(key) && mine) items.push({ kind: 'removed', key, label: item.sourceLabel, ours: mine });
  }
  const fieldsIn = (state: FieldMerge['state']) =>
    items.reduce((n, i) => n + (i.kind === 'changed' ? i.fields.filter((f) => f.state === state).length : 0), 0);
  return {
    items,
    conflicts: fieldsIn('conflict'),
    automatic: fieldsIn('take') + items.filter((i) => i.kind !== 'changed').length,
  };
}
