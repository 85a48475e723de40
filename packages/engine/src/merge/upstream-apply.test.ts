import { describe, expect, it } from 'vitest';
import type { DerivedItem } from '../derivation/derive-plan.ts';
import {
  mergeableTasks,
  removedUpstream,
  type StoredChildTask,
  settleChangedTask,
  storedSourceKey,
  unresolvedConflicts,
} from './upstream-apply.ts';
import { type ChildTask, mergeUpstream } from './upstream-merge.ts';

const derived = (label: string, text: string, due: string): DerivedItem => ({
  label,
  sourceLabel: label,
  sourceId: `p#${label}`,
  path: ['一、', label],
  text,
  units: { lead: ['县政府办公室'], responsible: [], cooperate: [] },
  deadline: { text: `${due}前`, kind: 'date', due },
  status: 'localized',
  trace: [],
});
const child = (item: DerivedItem, change: Partial<ChildTask> = {}): ChildTask => ({
  key: `p#${item.label}`,
  text: item.text,
  units: item.units,
  deadline: item.deadline,
  ...change,
});
const stored = (change: Partial<StoredChildTask> = {}): StoredChildTask => ({
  kind: 'task',
  derivationStatus: 'inherited',
  path: ['一、', '1.'],
  text: '建设专栏',
  units: { cooperate: [], lead: ['县政府办公室'], responsible: [] },
  deadline: null,
  provenance: { sourceItemId: 'p#1.' },
  ...change,
});

describe('which of the child plan’s tasks an upstream merge compares', () => {
  it('follows the parent task its provenance names, or its own path when it names none', () => {
    expect(storedSourceKey(stored())).toBe('p#1.');
    expect(storedSourceKey(stored({ provenance: null }))).toBe('一、1.');
  });

  it('leaves out the plan’s own additions and the tasks marked not applicable here', () => {
    const tasks = mergeableTasks([
      stored(),
      stored({ derivationStatus: 'added', provenance: null }),
      stored({ derivationStatus: 'notApplicable', provenance: { sourceItemId: 'p#2.' } }),
      stored({ kind: 'section', provenance: null }),
    ]);
    expect(tasks.map((t) => t.key)).toEqual(['p#1.']);
  });

  it('reads units in the derivation’s role order, so untouched units do not read as changed', () => {
    const [task] = mergeableTasks([stored({ units: { responsible: ['县财政局'], lead: ['县政府办公室'] } })]);
    expect(JSON.stringify(task?.units)).toBe(
      JSON.stringify({ lead: ['县政府办公室'], responsible: ['县财政局'], cooperate: [] }),
    );
  });
});

describe('settling a superior’s change in a derived task', () => {
  const base = [derived('1.', '建设专栏', '2022-06-30')];
  const theirs = [derived('1.', '建设并维护专栏', '2022-09-30')];
  const ownDeadline = { text: '2022年8月底前', kind: 'month' as const, due: '2022-08-31' };
  // The child changed the deadline (kept as an override); upstream changed the text and the deadline.
  const merge = mergeUpstream(base, theirs, [child(base[0] as DerivedItem, { deadline: ownDeadline })]);
  const [changed] = merge.items;
  if (changed?.kind !== 'changed') throw new Error('expected a changed task');
  const overrides = { deadline: { from: base[0]?.deadline, to: ownDeadline, reason: '县里提前完成', by: 'u1' } };

  it('names every conflict not yet resolved, by the task’s number and field', () => {
    expect(unresolvedConflicts(merge, [])).toEqual(['1.deadline']);
    expect(unresolvedConflicts(merge, [{ key: 'p#1.', field: 'deadline', choice: 'ours' }])).toEqual([]);
  });

  it('keeping the child’s value keeps its override, now standing against the new upstream value', () => {
    const settled = settleChangedTask(changed, theirs[0] as DerivedItem, overrides, [
      { key: 'p#1.', field: 'deadline', choice: 'ours' },
    ]);
    expect(settled.set).toEqual({ text: '建设并维护专栏' });
    expect(settled.overrides.deadline).toMatchObject({
      from: theirs[0]?.deadline,
      to: { text: ownDeadline.text, due: ownDeadline.due },
      reason: '县里提前完成',
      by: 'u1',
    });
    expect(settled.derivationStatus).toBe('overridden');
  });

  it('taking the superior’s value drops the override, and the task is as derived again', () => {
    const settled = settleChangedTask(changed, theirs[0] as DerivedItem, overrides, [
      { key: 'p#1.', field: 'deadline', choice: 'theirs' },
    ]);
    expect(settled.set).toEqual({ text: '建设并维护专栏', deadline: theirs[0]?.deadline });
    expect(settled.overrides).toEqual({});
    expect(settled.derivationStatus).toBe('localized');
  });
});

describe('a task the superior’s new version removed', () => {
  it('is not applicable here, saying which version removed it, its overrides kept', () => {
    expect(removedUpstream({ text: { from: 'a', to: 'b', reason: '' } }, 3)).toEqual({
      text: { from: 'a', to: 'b', reason: '' },
      notApplicable: { reason: '上级第 3 版已删除此项' },
    });
    expect(removedUpstream(null, 2)).toEqual({ notApplicable: { reason: '上级第 2 版已删除此项' } });
  });
});
