export * from './calendar-date.ts';
export * from './chinese-numbers.ts';
export type * from './deadline.ts';
export * from './parse-deadline.ts';
export type { PeriodDue, Recurrence } from './recurrence.ts';
export type { Offset } from './relative-deadline.ts';
export * from './report-periods.ts';
export * from './traffic-light.ts';
export * from './working-days.ts';
