import type { Deadline } from '../deadlines/deadline.ts';
import { isIssuedTask, type PublishedItem } from '../ledger/ledger-rows.ts';
import { sameFieldValue, taskFieldValue } from '../merge/upstream-merge.ts';
import type { UnitRole } from '../units/units-by-role.ts';

/** A task of a version (the working draft, or a published snapshot), as stored. */
export type VersionTask = PublishedItem & { label: string; text: string };

/** The fields a publish can change in a task: its words, its units by role, its deadline. */
export type ChangedField = 'text' | UnitRole | 'deadline';

/** One field's value before and after, as written (units joined with 、, a deadline's words or date). */
export type FieldChange = { field: ChangedField; before: string; after: string };

export type TaskChange =
  | { kind: 'added'; id: string; label: string; text: string }
  | { kind: 'removed'; id: string; label: string; text: string }
  | { kind: 'changed'; id: string; label: string; text: string; fields: FieldChange[] };

export type VersionChanges = {
  tasks: TaskChange[];
  counts: { added: number; removed: number; changed: number };
};

const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'cooperate'];

/** The task as the merge compares it: every role present, in one order. */
function comparable(item: VersionTask) {
  const units = (item.units ?? {}) as Partial<Record<UnitRole, string[]>>;
  return {
    text: item.text,
    units: { lead: units.lead ?? [], responsible: units.responsible ?? [], cooperate: units.cooperate ?? [] },
    deadline: (item.deadline as Deadline | null) ?? null,
  };
}

const deadlineWords = (deadline: Deadline | null) => (deadline ? deadline.text || deadline.due || '' : '');

/**
 * What changed from one version of a plan to the next, task by task (by id, which survives
 * renumbering): tasks added, removed (or marked not applicable: they leave the ledger alike) and
 * changed, with each changed field — the text, each role's units, the deadline. "Changed" is the
 * upstream merge's test of a field (`taskFieldValue`, `sameFieldValue`), so the publish dialog and
 * 上级更新 agree on what a change is; moving a task in the outline is not one. Pure.
 */
export function diffVersions(before: readonly VersionTask[], after: readonly VersionTask[]): VersionChanges {
  const old = new Map(before.filter(isIssuedTask).map((i) => [i.id, i]));
  const now = after.filter(isIssuedTask);
  const kept = new Set(now.map((i) => i.id));
  const tasks: TaskChange[] = [];
  for (const item of now) {
    const previous = old.get(item.id);
    const head = { id: item.id, label: item.label, text: item.text };
    if (!previous) {
      tasks.push({ kind: 'added', ...head });
      continue;
    }
    const fields = changedFields(comparable(previous), comparable(item));
    if (fields.length) tasks.push({ kind: 'changed', ...head, fields });
  }
  for (const item of old.values())
    if (!kept.has(item.id)) tasks.push({ kind: 'removed', id: item.id, label: item.label, text: item.text });
  const count = (kind: TaskChange['kind']) => tasks.filter((t) => t.kind === kind).length;
  return { tasks, counts: { added: count('added'), removed: count('removed'), changed: count('changed') } };
}

function changedFields(a: ReturnType<typeof comparable>, b: ReturnType<typeof comparable>): FieldChange[] {
  const fields: FieldChange[] = [];
  const differs = (field: 'text' | 'units' | 'deadline') =>
    !sameFieldValue(taskFieldValue(a, field), taskFieldValue(b, field));
  if (differs('text')) fields.push({ field: 'text', before: a.text, after: b.text });
  if (differs('units'))
    for (const role of ROLES)
      if (!sameFieldValue(a.units[role], b.units[role]))
        fields.push({ field: role, before: a.units[role].join('、'), after: b.units[role].join('、') });
  if (differs('deadline'))
    fields.push({ field: 'deadline', before: deadlineWords(a.deadline), after: deadlineWords(b.deadline) });
  return fields;
}
