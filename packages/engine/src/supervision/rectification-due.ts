import { addWorkingDays } from '../deadlines/working-days.ts';

/** Working days a rectification has after a 回头看 reopens it, unless the template says otherwise. */
export const DEFAULT_RECTIFICATION_WORKING_DAYS = 20;

/**
 * The template's setting (plan settings `rectificationWorkingDays`): a whole number of working
 * days from 1 to 250; anything else, or nothing, is the default.
 */
export function rectificationWorkingDays(settings: unknown): number {
  const value = (settings as { rectificationWorkingDays?: unknown } | null)?.rectificationWorkingDays;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 250
    ? value
    : DEFAULT_RECTIFICATION_WORKING_DAYS;
}

/** A rectification reopened on `reopenedOn` is due that many working days later (holidays and 调休 counted). */
export function rectificationDue(reopenedOn: string, settings: unknown): string {
  return addWorkingDays(reopenedOn, rectificationWorkingDays(settings));
}
