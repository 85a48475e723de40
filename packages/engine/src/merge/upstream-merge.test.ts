import { describe, expect, it } from 'vitest';
import type { DerivedItem } from '../derivation/derive-plan.ts';
import { type ChildTask, mergeUpstream } from './upstream-merge.ts';

const derived = (label: string, text: string, due: string, lead = ['县政府办公室']): DerivedItem => ({
  label,
  sourceLabel: label,
  path: ['一、', label],
  text,
  units: { lead, responsible: [], cooperate: [] },
  deadline: { text: `${due}前`, kind: 'date', due },
  status: 'inherited',
  trace: [],
});
const child = (item: DerivedItem, change: Partial<ChildTask> = {}): ChildTask => ({
  key: item.path.join(''),
  text: item.text,
  units: item.units,
  deadline: item.deadline,
  ...change,
});

describe('merging a superior’s new version into a derived plan', () => {
  const base = [
    derived('1.', '建设专栏', '2022-06-30'),
    derived('2.', '公开目录', '2022-12-31'),
    derived('3.', '培训', '2022-10-31'),
  ];

  it('takes what only upstream changed, keeps what only the child changed', () => {
    const theirs = [derived('1.', '建设并维护专栏', '2022-06-30'), base[1]!, base[2]!];
    const ours = [
      child(base[0]!),
      child(base[1]!, { deadline: { text: '2022年11月底前', kind: 'month', due: '2022-11-30' } }),
      child(base[2]!),
    ];
    const merge = mergeUpstream(base, theirs, ours);
    expect(merge.conflicts).toBe(0);
    expect(merge.items).toHaveLength(1);
    const [first] = merge.items;
    expect(first).toMatchObject({ kind: 'changed', key: '一、1.' });
    expect(first?.kind === 'changed' && first.fields.find((f) => f.field === 'text')?.state).toBe('take');
  });

  it('reports a conflict where both changed the same field differently', () => {
    const theirs = [base[0]!, derived('2.', '公开目录', '2022-09-30'), base[2]!];
    const ours = [
      child(base[0]!),
      child(base[1]!, { deadline: { text: '2022年11月底前', kind: 'month', due: '2022-11-30' } }),
      child(base[2]!),
    ];
    const merge = mergeUpstream(base, theirs, ours);
    expect(merge.conflicts).toBe(1);
    const item = merge.items[0];
    expect(item?.kind === 'changed' && item.fields.find((f) => f.field === 'deadline')).toMatchObject({
      state: 'conflict',
      theirs: { due: '2022-09-30' },
      ours: { due: '2022-11-30' },
    });
  });

  it('lists tasks added and removed upstream, and leaves tasks the child dropped alone', () => {
    const added = derived('4.', '新增任务', '2022-12-31');
    const theirs = [base[0]!, derived('3.', '培训全体人员', '2022-10-31'), added];
    // The child dropped 3. (not applicable): upstream's change to it does not bring it back.
    const ours = [child(base[0]!), child(base[1]!)];
    const merge = mergeUpstream(base, theirs, ours);
    expect(merge.items.map((i) => [i.kind, i.label])).toEqual([
      ['added', '4.'],
      ['removed', '2.'],
    ]);
    expect(merge.automatic).toBe(2);
  });
});
