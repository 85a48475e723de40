// Default import: the package is CommonJS, whose named exports Node's ESM loader cannot see.
import chineseDays from 'chinese-days';
import { addDays, type CalendarDate, dayOfWeek, readDate } from './calendar-date.ts';

/**
 * Working days after the official holiday calendar (法定节假日) with its 调休 make-up days: a
 * weekend make-up day is a working day, a weekday holiday is not. The calendar comes from the
 * `chinese-days` package (State Council notices from 2004 on; see `holidayCalendarYears`); a
 * year it does not know yet counts weekends only.
 *
 * chinese-days reads a 'YYYY-MM-DD' string as UTC midnight and then takes the weekday with local
 * getters, so west of Greenwich it answers for the previous day. We only ask it about a local
 * noon `Date` built from the parts, and only for the holiday/make-up exceptions of a year; the
 * weekday itself is computed here from the date alone.
 */

const WEEKDAY_NAMES = new Set(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

/** Per year: the dates whose working status differs from "Monday to Friday" (holidays and 调休). */
const exceptionsByYear = new Map<number, Map<string, boolean>>();

function localNoon(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12);
}

/** Does the calendar know this year's holidays? 10月1日 (国庆) is a named holiday every year it covers. */
export function isHolidayCalendarYear(year: number): boolean {
  if (year < 1900 || year > 2200) return false;
  return !WEEKDAY_NAMES.has(chineseDays.getDayDetail(localNoon(year, 10, 1)).name);
}

function exceptionsOf(year: number): Map<string, boolean> {
  let exceptions = exceptionsByYear.get(year);
  if (exceptions) return exceptions;
  exceptions = new Map();
  if (isHolidayCalendarYear(year)) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const date = localNoon(year, month, day);
        if (date.getMonth() !== month - 1) break;
        const detail = chineseDays.getDayDetail(date);
        if (WEEKDAY_NAMES.has(detail.name)) continue; // an ordinary day: the weekday decides
        exceptions.set(detail.date, detail.work);
      }
    }
  }
  exceptionsByYear.set(year, exceptions);
  return exceptions;
}

/** Is the date a working day (工作日)? A malformed date is not. */
export function isWorkingDay(date: CalendarDate): boolean {
  const parts = readDate(date);
  if (!parts) return false;
  const listed = exceptionsOf(parts[0]).get(date);
  if (listed !== undefined) return listed;
  const weekday = dayOfWeek(date);
  return weekday >= 1 && weekday <= 5;
}

/**
 * The date `n` working days after `date` (before it for negative n; `date` itself for 0). The
 * start day does not count: 2022-09-30 + 5 → 2022-10-12 (10-01…07 国庆, 10-08 and 10-09 调休
 * working days). Throws a RangeError on a malformed date.
 */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (!readDate(date)) throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
  if (!Number.isInteger(n)) throw new RangeError(`工作日数应为整数：${n}`);
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** Working days in (from, to]: how many a unit has left before a due date; negative when overdue. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  if (to === from) return 0;
  if (to < from) return -workingDaysBetweenOrdered(to, from);
  return workingDaysBetweenOrdered(from, to);
}

function workingDaysBetweenOrdered(from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

/** The years the holiday calendar covers, e.g. { first: 2004, last: 2026 }: show a warning beyond. */
export function holidayCalendarYears(): { first: number; last: number } {
  let first = 2004;
  while (first > 1990 && isHolidayCalendarYear(first - 1)) first--;
  let last = first;
  while (isHolidayCalendarYear(last + 1)) last++;
  return { first, last };
}
