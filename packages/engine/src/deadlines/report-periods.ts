import type { CalendarDate } from './calendar-date.ts';
import type { Deadline } from './deadline.ts';
import { listPeriodDueDates } from './recurrence.ts';

/** One ledger row's period: '' for a one-off task, '2022-Q1', '2022-H1', '2022' … for recurring ones. */
export type ReportPeriod = { periodKey: string; due: CalendarDate | null };

/**
 * The periods a task is reported in for a plan year, one ledger row (and one report) each:
 * 每季度 → four quarters, 每半年 → two halves, 每年至少一次 → the year, each due at its period's
 * end; 长期 (ongoing) → one report for the year with no due date; anything else → one row,
 * due as the deadline says.
 */
export function listReportPeriods(
  deadline: Pick<Deadline, 'kind' | 'due' | 'recurrence'>,
  year: number,
): ReportPeriod[] {
  if (deadline.kind === 'recurring') {
    const periods = listPeriodDueDates(deadline as Deadline, year);
    if (periods.length) return periods.map((p) => ({ periodKey: p.period, due: p.due }));
  }
  if (deadline.kind === 'ongoing') return [{ periodKey: `${year}`, due: null }];
  return [{ periodKey: '', due: deadline.due }];
}
