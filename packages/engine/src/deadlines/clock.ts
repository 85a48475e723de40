import type { CalendarDate } from './calendar-date.ts';

/**
 * The working day a use case runs on: lights, escalation, feedback windows, publishing and
 * 回头看 all count from it. The server makes one clock and passes it down — the demo's fixed
 * day on the demo database, the real day elsewhere — so no module reads the time itself.
 * Instants that are not a working day (event timestamps, session expiry) stay real time.
 */
export type Clock = () => CalendarDate;

/** Built once: constructing an Intl formatter costs ~0.5 ms, and every transition asks the day. */
const CHINA_DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** The calendar day an instant falls on in China (UTC+8), whatever the machine's time zone. */
export function chinaDay(instant: Date): CalendarDate {
  return CHINA_DAY_FORMAT.format(instant);
}

/** The real day in China: the one place that reads the system time for a working day. */
export const systemClock: Clock = () => chinaDay(new Date());

/** A clock stopped on one day (the demo's working year, a test's day). */
export function fixedClock(day: CalendarDate): Clock {
  return () => day;
}

/** The year of a clock's day, for documents and exports that name no year of their own. */
export function yearOf(clock: Clock): number {
  return Number(clock().slice(0, 4));
}
