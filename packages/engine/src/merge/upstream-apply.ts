import type { Deadline } from '../deadlines/deadline.ts';
import type { DerivedItem } from '../derivation/derive-plan.ts';
import type { UnitRole } from '../units/units-by-role.ts';
import type { ChildTask, ItemMerge, MergeField, UpstreamMerge } from './upstream-merge.ts';

/** A field a subordinate changed in its derived plan, kept as a patch over the derived value: from → to, and why. */
export type FieldOverride = { from?: unknown; to?: unknown; reason?: string; by?: string; at?: string };

/**
 * A derived task's local overrides by field; under `notApplicable`, the reason the task does not
 * apply here. What coverage reports as adjusted and what the next upstream merge compares against.
 */
export type ItemOverrides = Record<string, FieldOverride | undefined>;

/** How one conflicting field is settled: keep the child's value, or take the superior's. */
export type Resolution = { key: string; field: MergeField; choice: 'ours' | 'theirs' };

/** A row of the derived plan as stored: which parent task it follows and what it holds now. */
export type StoredChildTask = {
  kind: string;
  derivationStatus: string | null;
  path: readonly string[];
  text: string;
  units: Partial<Record<UnitRole, string[]>>;
  deadline: Deadline | null;
  provenance: { sourceItemId?: string } | null;
};

type ChangedTask = Extract<ItemMerge, { kind: 'changed' }>;

/** The parent task a stored row follows: named in its provenance (its own path before there was one). */
export const storedSourceKey = (row: Pick<StoredChildTask, 'provenance' | 'path'>) =>
  row.provenance?.sourceItemId ?? row.path.join('');

/**
 * Units in the order a derivation lists them. Stored as jsonb, they come back with their keys
 * reordered, and the merge compares values as JSON: untouched units would read as changed.
 */
const unitsInRoleOrder = (units: Partial<Record<UnitRole, string[]>> | null): Record<UnitRole, string[]> => ({
  lead: units?.lead ?? [],
  responsible: units?.responsible ?? [],
  cooperate: units?.cooperate ?? [],
});

/**
 * The child's tasks an upstream merge compares: those it inherited (as written or localized). Its
 * own additions follow no parent task, and one marked not applicable stays so whatever upstream does.
 */
export const mergeableTasks = (rows: readonly StoredChildTask[]): ChildTask[] =>
  rows
    .filter((r) => r.kind === 'task' && r.derivationStatus !== 'notApplicable' && r.derivationStatus !== 'added')
    .map((r) => ({
      key: storedSourceKey(r),
      text: r.text,
      units: unitsInRoleOrder(r.units),
      deadline: r.deadline ?? null,
    }));

/** Each field's choice by task key and field; a later resolution of the same field wins. */
const choicesOf = (resolutions: readonly Resolution[]) =>
  new Map(resolutions.map((r) => [`${r.key}|${r.field}`, r.choice]));

/** The conflicts no resolution settles, each as the task's label and the field (`3.deadline`). */
export function unresolvedConflicts(merge: Pick<UpstreamMerge, 'items'>, resolutions: readonly Resolution[]) {
  const chosen = choicesOf(resolutions);
  return merge.items.flatMap((i) =>
    i.kind === 'changed'
      ? i.fields
          .filter((f) => f.state === 'conflict' && !chosen.has(`${i.key}|${f.field}`))
          .map((f) => `${i.label}${f.field}`)
      : [],
  );
}

/**
 * What a changed task becomes: the fields it takes from upstream (their overrides go), the
 * overrides that still stand against the new upstream value (a field kept, or a conflict settled
 * for the child's value), and its status — overridden while any override stands, else the
 * superior's derivation's.
 */
export function settleChangedTask(
  item: ChangedTask,
  theirs: DerivedItem,
  stored: ItemOverrides | null,
  resolutions: readonly Resolution[],
): {
  set: Partial<Pick<DerivedItem, MergeField>>;
  overrides: ItemOverrides;
  derivationStatus: 'overridden' | DerivedItem['status'];
} {
  const chosen = choicesOf(resolutions);
  const overrides: ItemOverrides = { ...stored };
  const set: Partial<Pick<DerivedItem, MergeField>> = {};
  for (const f of item.fields) {
    const take = f.state === 'take' || (f.state === 'conflict' && chosen.get(`${item.key}|${f.field}`) === 'theirs');
    if (take) {
      Object.assign(set, { [f.field]: theirs[f.field] });
      delete overrides[f.field];
    } else if (f.state === 'conflict' || f.state === 'keep') {
      // Kept: the override now stands against the new upstream value.
      overrides[f.field] = { ...(overrides[f.field] ?? { reason: '' }), from: theirs[f.field], to: f.ours };
    }
  }
  const overridden = Object.keys(overrides).some((k) => k !== 'notApplicable');
  return { set, overrides, derivationStatus: overridden ? 'overridden' : theirs.status };
}

/** A task the superior's new version removed: not applicable here, saying which version removed it. */
export const removedUpstream = (stored: ItemOverrides | null, version: number): ItemOverrides => ({
  ...stored,
  notApplicable: { reason: `上级第 ${version} 版已删除此项` },
});
