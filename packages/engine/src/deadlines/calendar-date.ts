/**
 * Plain calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through UTC timestamps only, so
 * no local time zone can shift a due date by a day (`new Date('2022-10-01')` is UTC midnight, which
 * is still 9月30日 west of Greenwich — never read it back with local getters).
 */
export type CalendarDate = string;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (no Date: Date.UTC maps years 0–99 to 19xx). */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= lastDayOfMonth(year, month)
  );
}

/** [year, month, day] of a valid calendar date, or null. */
export function readDate(value: string): [number, number, number] | null {
  const m = DATE_SHAPE.exec(value);
  if (!m) return null;
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(...parts) ? parts : null;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && readDate(value) !== null;
}

function toUtc(date: CalendarDate): Date {
  const parts = readDate(date);
  if (!parts) throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
  const t = new Date(0);
  t.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
  return t;
}

function fromUtc(t: Date): CalendarDate {
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The date `days` calendar days later (earlier when negative). Throws a RangeError on a malformed date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/**
 * The same day `months` months later, clamped to the end of a shorter month: 1月31日 + 1个月 →
 * 2月28日 (not 3月3日, which Date would give).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = readDate(date) ?? [Number.NaN, 0, 0];
  if (Number.isNaN(y)) throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatDate(year, month, Math.min(d, lastDayOfMonth(year, month)));
}

/** 0 = Sunday … 6 = Saturday, from the date alone (no time zone involved). */
export function dayOfWeek(date: CalendarDate): number {
  return toUtc(date).getUTCDay();
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}
