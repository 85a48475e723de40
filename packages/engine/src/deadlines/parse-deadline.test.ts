import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.ts';
import { listPeriodDueDates, parseDeadline, resolveRelativeDue } from './parse-deadline.ts';

const parse = (text: string, issuedOn?: string) => parseDeadline(text, { year: 2022, issuedOn: issuedOn ?? null });

describe('parseDeadline: year ends and months', () => {
  it.each([
    ['2022年底前', '2022-12-31'],
    ['年底前', '2022-12-31'],
    ['年内', '2022-12-31'],
    ['2022年内完成', '2022-12-31'],
    ['今年年底', '2022-12-31'],
    ['明年年底前', '2023-12-31'],
  ])('%s is the end of the year (yearEnd %s)', (text, due) => {
    expect(parse(text)).toMatchObject({ text, kind: 'yearEnd', due });
  });

  it.each([
    ['2022年11月', '2022-11-30'],
    ['11月底前', '2022-11-30'],
    ['2022年11月底', '2022-11-30'],
    ['2022年2月底前', '2022-02-28'],
    ['2024年2月', '2024-02-29'],
    // 12月底前 stays a month deadline like every other 月底前; its due date is the year end all the same.
    ['2022年12月底前', '2022-12-31'],
    ['十二月底前', '2022-12-31'],
    ['9月份', '2022-09-30'],
  ])('%s is a whole month, due on its last day (month %s)', (text, due) => {
    expect(parse(text)).toMatchObject({ kind: 'month', due });
  });

  it('reads 9月前 as before September begins (08-31, said in the note) but 9月底前 as 09-30', () => {
    const before = parse('2022年9月前');
    expect(before).toMatchObject({ kind: 'month', due: '2022-08-31' });
    expect(before.note).toContain('8月31日');
    expect(parse('9月前').due).toBe('2022-08-31');
    expect(parse('9月底前')).toMatchObject({ kind: 'month', due: '2022-09-30' });
    expect(parse('2022年9月底前').note).toBeUndefined();
  });

  it('reads 1月前 as the last day of the year before, since January begins the year', () => {
    expect(parse('2023年1月前')).toMatchObject({ due: '2022-12-31' });
  });

  it('reads a range (2022年6月—9月, 6至9月底前) as due at its end', () => {
    expect(parse('2022年6月—9月')).toMatchObject({ kind: 'month', due: '2022-09-30' });
    expect(parse('6月至9月底前').due).toBe('2022-09-30');
    expect(parse('6-9月').due).toBe('2022-09-30');
    expect(parse('2022年10月—2023年3月').due).toBe('2023-03-31');
  });

  it('reads halves and quarters of the year by their last day', () => {
    expect(parse('2022年上半年').due).toBe('2022-06-30');
    expect(parse('下半年').due).toBe('2022-12-31');
    expect(parse('第三季度末').due).toBe('2022-09-30');
    expect(parse('2022年前三季度')).toMatchObject({ kind: 'month', due: '2022-09-30' });
  });
});

describe('parseDeadline: days', () => {
  it('puts a day without a year in the plan year: 12月30日 → 2022-12-30', () => {
    expect(parse('12月30日')).toMatchObject({ kind: 'date', due: '2022-12-30' });
    expect(parseDeadline('12月30日', { year: 2021 }).due).toBe('2021-12-30');
  });

  it('keeps a written year and ignores the stray space in "2023年 1月31日"', () => {
    expect(parse('2023年 1月31日')).toMatchObject({ text: '2023年 1月31日', kind: 'date', due: '2023-01-31' });
    expect(parse('2022 年 6 月 30 日前').due).toBe('2022-06-30');
  });

  it('reads Chinese numerals and full-width digits as people type them', () => {
    expect(parse('十二月三十日').due).toBe('2022-12-30');
    expect(parse('二〇二二年十一月底前').due).toBe('2022-11-30');
    expect(parse('２０２２年１２月３１日')).toMatchObject({ kind: 'date', due: '2022-12-31' });
  });

  it('refuses days that do not exist (2月30日) instead of inventing a date', () => {
    expect(parse('2022年2月30日').due).not.toBe('2022-03-02');
  });
});

describe('parseDeadline: deadlines without a single due date', () => {
  it.each(['长期', '长期坚持', '持续推进', '常态化'])(
    '%s is ongoing: no due date, the task never closes by time',
    (t) => {
      expect(parse(t)).toMatchObject({ kind: 'ongoing', due: null });
    },
  );

  it.each([
    ['每年至少召开一次会议', 'year', 1],
    ['每年至少开展1次', 'year', 1],
    ['每年至少开展两次培训', 'year', 2],
    ['每半年', 'halfYear', 1],
    ['每个季度', 'quarter', 1],
    ['每季度', 'quarter', 1],
    ['每月', 'month', 1],
    ['每年12月底前', 'year', 1],
  ])('%s recurs every %s (%i times): one report per period, due null for the whole', (text, period, times) => {
    expect(parse(text)).toMatchObject({ kind: 'recurring', due: null, recurrence: { period, timesPerPeriod: times } });
  });

  it('lists one due date per period: quarters end 03-31, 06-30, 09-30, 12-31', () => {
    expect(listPeriodDueDates(parse('每季度'), 2022).map((p) => p.due)).toEqual([
      '2022-03-31',
      '2022-06-30',
      '2022-09-30',
      '2022-12-31',
    ]);
    expect(listPeriodDueDates(parse('每半年'), 2022).map((p) => p.period)).toEqual(['2022-H1', '2022-H2']);
    expect(listPeriodDueDates(parse('每月'), 2024)[1]).toEqual({ period: '2024-02', due: '2024-02-29' });
    const weeks = listPeriodDueDates(parse('每周'), 2022);
    expect(weeks[0]?.due).toBe('2022-01-02'); // 2022-01-01 was a Saturday: the first week ends on Sunday the 2nd
    expect(weeks.length).toBe(53);
    expect(listPeriodDueDates(parse('2022年底前'), 2022)).toEqual([]);
  });

  it.each(['按各自文件规定的时间节点完成', '按规定时限完成', '按上级规定时限'])(
    '%s defers to other documents (perDocument, no due date)',
    (t) => {
      expect(parse(t)).toMatchObject({ kind: 'perDocument', due: null });
    },
  );

  it('says unspecified for empty or meaningless text, and never throws', () => {
    expect(parse('')).toMatchObject({ kind: 'unspecified', due: null });
    expect(parse('认真落实')).toMatchObject({ kind: 'unspecified', due: null });
    expect(parse('2022年政务公开重点工作任务')).toMatchObject({ kind: 'unspecified', due: null });
    expect(parseDeadline(undefined as unknown as string, { year: 2022 })).toMatchObject({ kind: 'unspecified' });
  });
});

describe('parseDeadline: offsets from an event', () => {
  it('counts 工作日 in working days and every other offset in calendar days', () => {
    expect(parse('5个工作日内')).toMatchObject({
      kind: 'relative',
      due: null,
      offset: { amount: 5, unit: 'workingDay' },
    });
    expect(parse('20个工作日内').offset).toMatchObject({ amount: 20, unit: 'workingDay' });
    expect(parse('收到申请后15日内')).toMatchObject({ offset: { event: 'event', amount: 15, unit: 'day' } });
    expect(parse('收到申请后15日内').note).toContain('收到');
    expect(parse('五个工作日内').offset?.amount).toBe(5);
  });

  it('reads weeks as days and years as months, and 3年内 as an offset rather than this year (年内)', () => {
    expect(parse('两周内').offset).toMatchObject({ amount: 14, unit: 'day' });
    expect(parse('3年内')).toMatchObject({ kind: 'relative', due: null, offset: { amount: 36, unit: 'month' } });
  });

  it('computes an offset from the issue date only when the plan says so and the date is known', () => {
    expect(parse('本文印发30日内', '2022-06-18')).toMatchObject({
      kind: 'relative',
      due: '2022-07-18',
      offset: { event: 'issue', amount: 30, unit: 'day' },
    });
    expect(parse('印发后30日内', '2022-06-18').due).toBe('2022-07-18');
    expect(parse('本文印发30日内').due).toBeNull();
    // 5个工作日内 counts from a consultation, not from the plan's issue.
    expect(parse('5个工作日内', '2022-06-18').due).toBeNull();
    expect(parse('印发后30日内', 'not a date').due).toBeNull();
  });

  it('adds months clamped to the month end: 1月31日 + 1个月 = 2月28日', () => {
    expect(parse('本方案印发后1个月内', '2022-01-31').due).toBe('2022-02-28');
    expect(resolveRelativeDue(parse('5个工作日内'), '2022-09-30')).toBe('2022-10-12');
  });
});

describe('parseDeadline: compound phrases', () => {
  it('takes the first concrete date and names the rest in the note ("2022年6月底前完成，长期坚持")', () => {
    const d = parse('2022年6月底前完成，长期坚持');
    expect(d).toMatchObject({ kind: 'month', due: '2022-06-30' });
    expect(d.note).toContain('长期坚持');
    const e = parse('2022年9月底前，并长期坚持');
    expect(e).toMatchObject({ kind: 'month', due: '2022-09-30' });
    expect(e.note).toContain('长期坚持');
  });

  it('lets the earlier of two dates win, whatever their forms', () => {
    expect(parse('11月底前建成，12月30日前公开').due).toBe('2022-11-30');
    expect(parse('年底前完成，每季度报送进度').kind).toBe('yearEnd');
  });
});

describe('parseDeadline: properties', () => {
  it('never throws on any string; due is null or a real calendar date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (s) => {
        const d = parseDeadline(s, { year: 2022 });
        expect(d.due === null || isCalendarDate(d.due)).toBe(true);
      }),
      { numRuns: 500 },
    );
    const pieces = fc.constantFrom(
      '2022',
      '年',
      '月',
      '日',
      '底',
      '前',
      '每',
      '季度',
      '个',
      '工作日',
      '内',
      '十',
      '三',
      '—',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.integer({ min: 0, max: 99 }).map(String)), { maxLength: 8 }),
        (parts) => {
          const d = parseDeadline(parts.join(''), { year: 2022, issuedOn: '2022-06-18' });
          expect(d.due === null || isCalendarDate(d.due)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads any written YYYY年M月D日 back as exactly that date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(parseDeadline(`${y}年${m}月${day}日`, { year: 2022 })).toMatchObject({ kind: 'date', due: iso });
        },
      ),
    );
  });
});

describe('parseDeadline: every deadline phrase of the seed documents', () => {
  it.each([
    // huizhou-city-2022 (issued 2022-06-18): the 完成时限 column and phrases inside measures.
    ['2022年底前', 2022, 'yearEnd', '2022-12-31'],
    ['2022年11月', 2022, 'month', '2022-11-30'],
    ['2022年9月前', 2022, 'month', '2022-08-31'],
    ['按各自文件规定的时间节点完成', 2022, 'perDocument', null],
    ['2022年11月底前建成本部门行政规范性文件库', 2022, 'month', '2022-11-30'],
    ['年底前将发放结果以村为单位通过村务公开栏公开', 2022, 'yearEnd', '2022-12-31'],
    // dianjiang-county-2022: deadlines live in the measures' text.
    ['每年至少开展1次', 2022, 'recurring', null],
    ['每个季度', 2022, 'recurring', null],
    ['5个工作日内', 2022, 'relative', null],
    ['年底前', 2022, 'yearEnd', '2022-12-31'],
    ['自形成或者变更之日起20个工作日内', 2022, 'relative', null],
    // guixi-city-2021 (a 2021 plan).
    ['2021年12月底前', 2021, 'month', '2021-12-31'],
    ['在 2021年9月底前', 2021, 'month', '2021-09-30'],
    ['每年至少听取1次', 2021, 'recurring', null],
    ['每季度', 2021, 'recurring', null],
  ] as const)('%s (plan year %i) → %s %s', (text, year, kind, due) => {
    expect(parseDeadline(text, { year, issuedOn: null })).toMatchObject({ kind, due });
  });

  it('reads 自形成或者变更之日起20个工作日内 as 20 working days from the information being formed', () => {
    const d = parse('自形成或者变更之日起20个工作日内');
    expect(d.offset).toEqual({ event: 'event', amount: 20, unit: 'workingDay' });
    expect(d.note).toContain('形成');
  });
});

describe('parseDeadline: bad input', () => {
  it('never throws for odd plan years and issue dates, and answers huge cells in linear time', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.oneof(fc.integer(), fc.constantFrom(0, -1, 9999, 1e9, Number.NaN, Number.POSITIVE_INFINITY)),
        fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom('2022-02-30', '2022-13-01', '')),
        (text, year, issuedOn) => {
          const d = parseDeadline(text, { year, issuedOn });
          expect(d.due === null || isCalendarDate(d.due)).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
    for (const text of ['2022年'.repeat(100_000), '前'.repeat(500_000), `${'十'.repeat(200_000)}个工作日内`]) {
      const started = Date.now();
      const d = parse(text);
      expect(d.due === null || isCalendarDate(d.due)).toBe(true);
      expect(Date.now() - started, text.slice(0, 12)).toBeLessThan(5_000);
    }
  });
});
