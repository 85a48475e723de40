import { describe, expect, it } from 'vitest';
import { readDocx } from '../readers/read-docx.ts';
import type { AnnualReportSection } from './annual-report-section.ts';
import { renderAnnualReportMarkdown } from './annual-report-section.ts';
import { exportAnnualReportDocx } from './export-annual-report-docx.ts';

const section: AnnualReportSection = {
  orgName: '贵溪市',
  year: 2021,
  planTitle: '贵溪市2021年政务公开工作要点',
  asOf: '2021-12-31',
  total: 10,
  byState: [
    { state: 'assigned', label: '已下达', count: 3 },
    { state: 'verified', label: '已核验', count: 6 },
    { state: 'rectifying', label: '整改中', count: 1 },
  ],
  done: 6,
  overdue: [
    { itemLabel: '3.', itemText: '建设政策文件库', orgName: '贵溪市司法局', dueOn: '2021-11-30', stateLabel: '已下达' },
  ],
  rectifications: [
    {
      itemLabel: '5.',
      itemText: '更新村务公开栏',
      orgName: '雄石街道',
      stateLabel: '整改中',
      carriedInto: '2022年度回头看整改任务',
    },
  ],
  feedback: { total: 4, fedBack: 3 },
};

describe('annual-report section (政府信息公开工作年度报告)', () => {
  it('states counts, completion, overdue work and rectifications in Markdown', () => {
    const md = renderAnnualReportMarkdown(section);
    expect(md).toContain('# 贵溪市2021年度政务公开工作任务落实情况');
    expect(md).toContain('共形成任务分工10项');
    expect(md).toContain('已完成（已核验、已销号）6项，完成率60.0%');
    expect(md).toContain('应反馈工作台账的下级单位4个，已按时限反馈3个');
    expect(md).toContain('1. 3.建设政策文件库（贵溪市司法局，应于2021-11-30前完成，已下达）');
    expect(md).toContain('转入整改1项');
    expect(md).toContain('已结转2022年度回头看整改任务');
    expect(md).toContain('| 已核验 | 6 | 60.0% |');
  });

  it('says so when nothing is overdue or reopened', () => {
    const md = renderAnnualReportMarkdown({ ...section, overdue: [], rectifications: [], feedback: null });
    expect(md).toContain('无逾期未完成的任务。');
    expect(md).toContain('“回头看”未发现需要整改的任务。');
    expect(md).not.toContain('应反馈工作台账');
  });

  it('exports the same section as a .docx that reads back', async () => {
    const text = await readDocx(await exportAnnualReportDocx(section));
    expect(text).toContain('贵溪市2021年度政务公开工作任务落实情况');
    expect(text).toContain('二、逾期任务');
    expect(text).toContain('完成率60.0%');
  });
});
