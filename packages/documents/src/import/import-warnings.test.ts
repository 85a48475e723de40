import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan-text.ts';
import { toImportJson } from './to-import-json.ts';

const PLAN = [
  '某县2022年政务公开工作任务分工',
  '工作任务\t具体措施\t责任单位\t完成时限',
  '一、推进政策公开\t1.做好政策解读。\t县政府办公室\t2022年底前',
  '\t2.建立问答库。\t\t',
  '\t3.开展年度评估。\t县司法局\t2023年3月1日前',
  '\t4.清理规范性文件。\t县未知局\t长期',
].join('\n');

describe('the import report', () => {
  it('warns of a measure without units, a due date outside the plan year and a unit the tree does not know', () => {
    const known = new Set(['县政府办公室', '县司法局']);
    const json = toImportJson(importPlanText(PLAN, { year: 2022, knowsUnit: (u) => known.has(u) }));
    const byLabel = Object.fromEntries(json.items.map((i) => [i.label, i.warnings]));
    expect(byLabel['1.']).toEqual([]);
    // A merged (empty) cell is "same as above": 2. is 县政府办公室's with the same deadline.
    expect(byLabel['2.']).toEqual([]);
    expect(byLabel['3.']).toEqual(['完成时限 2023-03-01 不在计划年度 2022 年内']);
    expect(byLabel['4.']).toEqual(['单位“县未知局”不在本单位的组织机构中']);
    expect(json.summary).toEqual({ items: 4, itemsWithWarnings: 2, unplacedLines: 0 });
  });

  it('warns of a measure whose units and deadline were not found, naming an unreadable deadline', () => {
    const json = toImportJson(
      importPlanText('某县2022年工作要点\n一、总体\n1.做好政策解读。\n2.建立问答库。完成时限：择机', { year: 2022 }),
    );
    expect(json.items[0]?.warnings).toEqual(['未识别到责任单位', '未识别到完成时限']);
    expect(json.summary.itemsWithWarnings).toBe(2);
  });
});
