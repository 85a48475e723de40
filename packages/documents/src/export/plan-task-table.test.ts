import { type DraftItem, type PlanDraft, parseDeadline, parseUnitsByRoleCells } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import { NOTHING, planTaskTable, type TaskTableRow } from './plan-task-table.ts';

const item = (
  path: string[],
  headings: string[],
  units: { lead?: string; responsible?: string },
  deadline = '',
): DraftItem => ({
  label: path.at(-1) as string,
  path,
  headings,
  text: `措施${path.at(-1)}`,
  units: parseUnitsByRoleCells(units),
  deadline: parseDeadline(deadline, { year: 2022 }),
  line: 0,
});

const plan = (items: DraftItem[]): PlanDraft => ({
  title: '方案',
  docNumber: null,
  issuer: null,
  issuedOn: null,
  year: 2022,
  basis: [],
  headings: [],
  items,
  unplaced: [],
});

/** Rows as [kind, text or cells as "text/rowSpan"] for compact comparison. */
const show = (rows: TaskTableRow[]) =>
  rows.map((r) =>
    r.kind === 'heading'
      ? r.text
      : (['number', 'task', 'measure', 'lead', 'responsible', 'deadline'] as const).map(
          (k) => `${r.cells[k].paragraphs.join('+')}/${r.cells[k].rowSpan}`,
        ),
  );

describe('planTaskTable', () => {
  it('puts 一、 on full-width rows above （一） task cells, merging equal cells within a task', () => {
    const table = planTaskTable(
      plan([
        item(['一、', '（一）', '1.'], ['甲', '乙'], { lead: '市政府办公室', responsible: '市直各单位' }, '长期'),
        item(['一、', '（一）', '2.'], ['甲', '乙'], { lead: '市司法局', responsible: '市直各单位' }, '长期'),
        item(['一、', '（二）', '3.'], ['甲', '丙'], { responsible: '市直各单位' }, '长期'),
        item(['二、', '（三）', '4.'], ['丁', '戊'], { responsible: '市财政局' }),
      ]),
    );
    expect(table.columns.map((c) => c.title)).toEqual([
      '序号',
      '工作任务',
      '具体措施',
      '牵头单位',
      '责任单位',
      '完成时限',
    ]);
    expect(show(table.rows)).toEqual([
      '一、甲',
      ['1/1', '（一）乙/2', '1.措施1./1', '市政府办公室/1', '市直各单位/2', '长期/2'],
      ['2/1', '/0', '2.措施2./1', '市司法局/1', '/0', '/0'],
      // A new task starts new merges even when the text is the same; a lead cell after one that
      // named units says "—" (empty would read as "same as above").
      ['3/1', '（二）丙/1', '3.措施3./1', `${NOTHING}/1`, '市直各单位/1', '长期/1'],
      '二、丁',
      ['4/1', '（三）戊/1', '4.措施4./1', `${NOTHING}/1`, '市财政局/1', `${NOTHING}/1`],
    ]);
  });

  it('leaves cells empty while nothing above has been said, and opens a measure cell with deeper headings', () => {
    const table = planTaskTable(
      plan([
        item(['一、', '1.', '（1）'], ['甲', '乙'], { responsible: '县司法局' }),
        item(['一、', '1.', '（2）'], ['甲', '乙'], { responsible: '县财政局' }),
        item(['一、', '2.'], ['甲'], { responsible: '县财政局' }),
      ]),
    );
    expect(show(table.rows)).toEqual([
      ['1/1', '一、甲/3', '1.乙+（1）措施（1）/1', '/3', '县司法局/1', '/3'],
      ['2/1', '/0', '（2）措施（2）/1', '/0', '县财政局/2', '/0'],
      ['3/1', '/0', '2.措施2./1', '/0', '/0', '/0'],
    ]);
  });

  it('adds a 配合单位 column only when a measure names cooperating units', () => {
    const withCooperate = plan([
      { ...item(['1.'], [], { responsible: '市财政局' }), units: parseUnitsByRoleCells({ cooperate: '市税务局' }) },
    ]);
    expect(planTaskTable(withCooperate).columns.map((c) => c.key)).toContain('cooperate');
  });
});
