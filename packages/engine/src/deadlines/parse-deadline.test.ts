import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.ts';
import { listPeriodDueDates, parseDeadline, resolveRelativeDue } from './parse-deadline.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

const y2022 = { year: 2022 };
const parse = (text: string, issuedOn?: string) => parseDeadline(text, { year: 2022, issuedOn: issuedOn ?? null });

describe('parseDeadline: every form in the seed documents', () => {
  it.each([
    ['2022年底前', 'yearEnd', '2022-12-31'],
    ['年底前', 'yearEnd', '2022-12-31'],
    ['2022年11月', 'month', '2022-11-30'],
    ['2022年11月底前', 'month', '2022-11-30'],
    ['12月30日', 'date', '2022-12-30'],
    ['2023年 1月31日', 'date', '2023-01-31'],
    ['２０２２年１２月３１日', 'date', '2022-12-31'],
    ['十二月底前', 'month', '2022-12-31'],
    ['2022年6月—9月', 'month', '2022-09-30'],
    ['2022年上半年', 'month', '2022-06-30'],
  ])('%s → %s %s', (text, kind, due) => {
    expect(parse(text)).toMatchObject({ text, kind, due });
  });

  it('reads 2022年9月前 as before September begins: 2022-08-31, and says so', () => {
    const d = parse('2022年9月前');
    expect(d).toMatchObject({ kind: 'month', due: '2022-08-31' });
    expect(d.note).toContain('8月31日');
    expect(parse('2022年9月底前').due).toBe('2022-09-30');
  });

  it('takes the first concrete date of a compound phrase and notes the ongoing part', () => {
    const d = parse('2022年6月底前完成，长期坚持');
    expect(d).toMatchObject({ kind: 'month', due: '2022-06-30' });
    expect(d.note).toContain('长期');
  });

  it('reads ongoing, per-document and unspecified deadlines without a due date', () => {
    expect(parse('长期')).toMatchObject({ kind: 'ongoing', due: null });
    expect(parse('按各自文件规定的时间节点完成')).toMatchObject({ kind: 'perDocument', due: null });
    expect(parse('')).toMatchObject({ kind: 'unspecified', due: null });
    expect(parse('认真落实')).toMatchObject({ kind: 'unspecified', due: null });
  });

  it('reads recurring deadlines with their periods', () => {
    expect(parse('每年至少召开一次会议')).toMatchObject({
      kind: 'recurring',
      recurrence: { period: 'year', timesPerPeriod: 1 },
    });
    expect(parse('每个季度')).toMatchObject({ kind: 'recurring', recurrence: { period: 'quarter' } });
    expect(listPeriodDueDates(parse('每季度'), 2022).map((p) => p.due)).toEqual([
      '2022-03-31',
      '2022-06-30',
      '2022-09-30',
      '2022-12-31',
    ]);
  });

  it('reads relative deadlines, in working days only where it says 工作日', () => {
    expect(parse('5个工作日内')).toMatchObject({ kind: 'relative', offset: { amount: 5, unit: 'workingDay' } });
    expect(parse('20个工作日内').offset?.amount).toBe(20);
    const issued = parse('本文印发30日内', '2022-06-18');
    expect(issued).toMatchObject({
      kind: 'relative',
      due: '2022-07-18',
      offset: { event: 'issue', amount: 30, unit: 'day' },
    });
    expect(parse('本文印发30日内').due).toBeNull();
  });
});

describe('working days (official calendar with 调休)', () => {
  it('knows the 2022 National Day holiday and its make-up Saturday and Sunday', () => {
    expect(isWorkingDay('2022-10-03')).toBe(false);
    expect(isWorkingDay('2022-10-08')).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2022-10-09')).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2022-10-15')).toBe(false); // ordinary Saturday
  });

  it('counts 5 working days from 2022-09-30 across the holiday: 10-08, 10-09, 10-10, 10-11, 10-12', () => {
    expect(addWorkingDays('2022-09-30', 5)).toBe('2022-10-12');
    expect(workingDaysBetween('2022-09-30', '2022-10-12')).toBe(5);
    expect(resolveRelativeDue(parse('5个工作日内'), '2022-09-30')).toBe('2022-10-12');
  });

  it('property: never throws; due is null or a real date; YYYY年M月D日 reads back exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const d = parseDeadline(s, y2022);
        expect(d.due === null || isCalendarDate(d.due)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseDeadline(`${y}年${m}月${d}日前`, y2022).due).toBe(iso);
        },
      ),
    );
  });

  it('property: adding n ≥ 1 working days lands on a later working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = new Date(Date.UTC(2021, 0, 1 + offset)).toISOString().slice(0, 10);
        const end = addWorkingDays(start, n);
        expect(end > start && isWorkingDay(end)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
