import type { CalendarDate } from './calendar-date.ts';
import { workingDaysBetween } from './working-days.ts';

/** 红黄绿灯: green on track, yellow when ≤ N working days are left, red when overdue; none without a due date. */
export type Light = 'green' | 'yellow' | 'red' | 'none';

/** Yellow from this many working days before the due date, unless a plan's profile says otherwise. */
export const DEFAULT_YELLOW_WORKING_DAYS = 5;

/** States in which the unit's part is done; the light no longer counts down. */
const DONE = new Set(['verified', 'closed']);

export function computeLight(input: {
  due: CalendarDate | null;
  today: CalendarDate;
  state: string;
  yellowWorkingDays: number;
}): Light {
  if (DONE.has(input.state)) return 'green';
  if (!input.due) return 'none';
  if (input.today > input.due) return 'red';
  return workingDaysBetween(input.today, input.due) <= input.yellowWorkingDays ? 'yellow' : 'green';
}
