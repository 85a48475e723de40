import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse-deadline.ts';
import { listReportPeriods } from './report-periods.ts';

const periods = (text: string) => listReportPeriods(parseDeadline(text, { year: 2022 }), 2022);

describe('report periods of a task in the plan year', () => {
  it('gives 每季度 four quarters, 每年至少一次 the year, 长期 one yearly report without a due date', () => {
    expect(periods('每个季度')).toEqual([
      { periodKey: '2022-Q1', due: '2022-03-31' },
      { periodKey: '2022-Q2', due: '2022-06-30' },
      { periodKey: '2022-Q3', due: '2022-09-30' },
      { periodKey: '2022-Q4', due: '2022-12-31' },
    ]);
    expect(periods('每年至少开展一次')).toEqual([{ periodKey: '2022', due: '2022-12-31' }]);
    expect(periods('长期')).toEqual([{ periodKey: '2022', due: null }]);
  });

  it('keeps a one-off task to one row due as written', () => {
    expect(periods('2022年11月')).toEqual([{ periodKey: '', due: '2022-11-30' }]);
  });
});
