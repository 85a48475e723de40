import { categoryOf, isFinished, PAUSED_CATEGORIES } from '../workflow/assignment-states.ts';
import type { CalendarDate } from './calendar-date.ts';
import { workingDaysBetween } from './working-days.ts';

/** 红黄绿灯: green on track, yellow when ≤ N working days are left, red when overdue; none without a due date. */
export type Light = 'green' | 'yellow' | 'red' | 'none';

/** Yellow from this many working days before the due date, unless a plan's profile says otherwise. */
export const DEFAULT_YELLOW_WORKING_DAYS = 5;

export function computeLight(input: {
  due: CalendarDate | null;
  today: CalendarDate;
  state: string;
  yellowWorkingDays: number;
}): Light {
  // Finished work (已核验, 已销号) no longer counts down.
  if (isFinished(input.state)) return 'green';
  // Paused work (暂缓) does not count down until it resumes.
  const category = categoryOf(input.state);
  if (!input.due || (category && PAUSED_CATEGORIES.includes(category))) return 'none';
  if (input.today > input.due) return 'red';
  return workingDaysBetween(input.today, input.due) <= input.yellowWorkingDays ? 'yellow' : 'green';
}
