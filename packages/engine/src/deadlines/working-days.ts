// Default import: the package is CommonJS, whose named exports Node's ESM loader cannot see.
import chineseDays from 'chinese-days';
import { addDays, type CalendarDate } from './calendar-date.ts';

/**
 * Working days after the official holiday calendar (法定节假日) with its 调休 make-up days,
 * from the `chinese-days` package: a weekend make-up day is a working day, a weekday holiday
 * is not.
 */
export function isWorkingDay(date: CalendarDate): boolean {
  return chineseDays.isWorkday(date);
}

/** The date `n` working days after `date` (n ≥ 1), or before it for negative n. */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (n === 0) return date;
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** Working days in (from, to]: how many a unit has left before a due date. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  if (to <= from) return -workingDaysBetweenOrdered(to, from);
  return workingDaysBetweenOrdered(from, to);
}

function workingDaysBetweenOrdered(from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}
