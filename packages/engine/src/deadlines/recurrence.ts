import { addDays, type CalendarDate, dayOfWeek, formatDate, lastDayOfMonth } from './calendar-date.ts';
import type { Deadline, RecurrencePeriod } from './deadline.ts';

export type Recurrence = NonNullable<Deadline['recurrence']>;

/** 每年 / 每个季度 / 每半年 / 每月 / 每周, 按季度, 季度更新: the period a recurring task reports in. */
const PERIODS: [RegExp, RecurrencePeriod][] = [
  [/每个?半年|按半年|(?<![上下])半年度?/, 'halfYear'],
  [/每个?季度?|按季度?|季度/, 'quarter'],
  [/每个?月|按月|月度/, 'month'],
  [/每个?(?:周|星期)|按周/, 'week'],
  [/每个?年度?|按年度?/, 'year'],
];
/** 至少开展1次, 至少两次 (numerals already normalized), else any "N次" after the period word. */
const AT_LEAST = /至少[^，。；,;\d]{0,12}?(\d+)次/;
const TIMES = /(\d+)次/;

/** The recurrence a normalized deadline phrase states, or undefined. */
export function readRecurrence(text: string): { recurrence: Recurrence; index: number } | undefined {
  let found: { period: RecurrencePeriod; index: number } | undefined;
  for (const [re, period] of PERIODS) {
    const m = re.exec(text);
    if (m && (!found || m.index < found.index)) found = { period, index: m.index };
  }
  if (!found) return undefined;
  const after = text.slice(found.index);
  const times = AT_LEAST.exec(after) ?? TIMES.exec(after);
  const timesPerPeriod = times ? Math.max(1, Number(times[1])) : 1;
  return { recurrence: { period: found.period, timesPerPeriod }, index: found.index };
}

export type PeriodDue = { period: string; due: CalendarDate };

const QUARTER_ENDS: [number, number][] = [
  [3, 31],
  [6, 30],
  [9, 30],
  [12, 31],
];

/**
 * One due date per period of the plan year for a recurring deadline: 每季度 → 03-31, 06-30,
 * 09-30, 12-31; 每半年 → 06-30, 12-31; 每月 → each month's last day; 每年 → 12-31; 每周 → each
 * Sunday, and a short last week due 12-31. Empty for other kinds.
 */
export function listPeriodDueDates(deadline: Deadline, year: number): PeriodDue[] {
  const period = deadline.recurrence?.period;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (period) {
    case 'year':
      return [{ period: `${year}`, due: formatDate(year, 12, 31) }];
    case 'halfYear':
      return [
        { period: `${year}-H1`, due: formatDate(year, 6, 30) },
        { period: `${year}-H2`, due: formatDate(year, 12, 31) },
      ];
    case 'quarter':
      return QUARTER_ENDS.map(([m, d], i) => ({ period: `${year}-Q${i + 1}`, due: formatDate(year, m, d) }));
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({
        period: `${year}-${pad(i + 1)}`,
        due: formatDate(year, i + 1, lastDayOfMonth(year, i + 1)),
      }));
    case 'week': {
      const weeks: PeriodDue[] = [];
      const jan1 = formatDate(year, 1, 1);
      let sunday = addDays(jan1, (7 - dayOfWeek(jan1)) % 7);
      for (let n = 1; sunday <= formatDate(year, 12, 31); n++, sunday = addDays(sunday, 7)) {
        weeks.push({ period: `${year}-W${pad(n)}`, due: sunday });
      }
      // The days after the last Sunday form a short last week, due on 12-31.
      const last = weeks.at(-1)?.due;
      if (last !== formatDate(year, 12, 31))
        weeks.push({ period: `${year}-W${pad(weeks.length + 1)}`, due: formatDate(year, 12, 31) });
      return weeks;
    }
    default:
      return [];
  }
}
