/**
 * A deadline expression as written in a plan (完成时限), parsed for one plan year.
 *
 * kind:
 * - date:        a day (12月30日, 2023年1月31日)
 * - month:       a whole month (2022年11月 → last day of that month)
 * - yearEnd:     年底前 / 年内 (→ 12-31 of the year)
 * - recurring:   每年至少…一次, 每个季度, 每月 — one report per period
 * - ongoing:     长期, 持续推进 — no due date
 * - relative:    N个工作日内, 本文印发30日内 — an offset from an event
 * - perDocument: 按各自文件规定的时间节点完成 — due dates set by other documents
 * - unspecified: nothing usable was written
 */
export type DeadlineKind =
  | 'date'
  | 'month'
  | 'yearEnd'
  | 'recurring'
  | 'ongoing'
  | 'relative'
  | 'perDocument'
  | 'unspecified';

export type RecurrencePeriod = 'year' | 'halfYear' | 'quarter' | 'month' | 'week';

export type Deadline = {
  /** The phrase as written, trimmed. */
  text: string;
  kind: DeadlineKind;
  /** Concrete due date (YYYY-MM-DD) for the plan year, or null when the kind has none. */
  due: string | null;
  /** For recurring deadlines: the period and the minimum count per period. */
  recurrence?: { period: RecurrencePeriod; timesPerPeriod: number };
  /** For relative deadlines: the offset from an event. */
  offset?: { event: 'issue' | 'report' | 'event'; amount: number; unit: 'day' | 'workingDay' | 'month' };
  /** Why `due` is what it is, in words (e.g. "9月前 → 8月31日"). */
  note?: string;
};
