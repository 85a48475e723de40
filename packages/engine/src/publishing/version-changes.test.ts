import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../deadlines/parse-deadline.ts';
import { diffVersions, type VersionTask } from './version-changes.ts';

const task = (id: string, over: Partial<VersionTask> = {}): VersionTask => ({
  id,
  kind: 'task',
  label: `${id}.`,
  text: `任务${id}`,
  units: { lead: ['市司法局'], responsible: ['各县（区）人民政府'], cooperate: [] },
  deadline: parseDeadline('2022年9月底前', { year: 2022 }),
  derivationStatus: null,
  ...over,
});

describe('what changed since the last published version', () => {
  it('lists tasks added, removed and changed, with each changed field before and after', () => {
    const before = [task('1'), task('2'), task('3'), task('4')];
    const after = [
      task('1'),
      task('2', { deadline: parseDeadline('2022年10月底前', { year: 2022 }) }),
      task('3', { units: { lead: ['市政务服务数据管理局'], responsible: ['各县（区）人民政府'], cooperate: [] } }),
      task('5', { label: '4.' }),
    ];
    const changes = diffVersions(before, after);
    expect(changes.counts).toEqual({ added: 1, removed: 1, changed: 2 });
    expect(changes.tasks).toEqual([
      {
        kind: 'changed',
        id: '2',
        label: '2.',
        text: '任务2',
        fields: [{ field: 'deadline', before: '2022年9月底前', after: '2022年10月底前' }],
      },
      {
        kind: 'changed',
        id: '3',
        label: '3.',
        text: '任务3',
        fields: [{ field: 'lead', before: '市司法局', after: '市政务服务数据管理局' }],
      },
      { kind: 'added', id: '5', label: '4.', text: '任务5' },
      { kind: 'removed', id: '4', label: '4.', text: '任务4' },
    ]);
  });

  it('reads a renumbered task, a heading or units stored in another order as no change', () => {
    const before = [task('1'), { ...task('h'), kind: 'section' }];
    const after = [
      task('1', { label: '2.', units: { cooperate: [], responsible: ['各县（区）人民政府'], lead: ['市司法局'] } }),
      { ...task('h', { text: '改了标题' }), kind: 'section' },
    ];
    expect(diffVersions(before, after).tasks).toEqual([]);
  });

  it('counts a task marked not applicable as removed, as the ledger does, and every task of a first version as added', () => {
    expect(diffVersions([task('1')], [task('1', { derivationStatus: 'notApplicable' })]).counts).toEqual({
      added: 0,
      removed: 1,
      changed: 0,
    });
    expect(diffVersions([], [task('1'), task('2')]).counts.added).toBe(2);
  });
});
