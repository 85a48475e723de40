import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, isCalendarDate } from './calendar-date.ts';
import {
  addWorkingDays,
  holidayCalendarYears,
  isHolidayCalendarYear,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

// The engine has no Node types (it runs in the browser); tests reach the time zone through globalThis.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
const originalTz = env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete env.TZ;
  else env.TZ = originalTz;
});

describe('working days on the official calendar (法定节假日 and 调休)', () => {
  it('knows 2022-10-01…07 are the National Day holiday (国庆) and 10-08, 10-09 (Sat, Sun) are make-up working days', () => {
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(`2022-10-0${d}`)).toBe(false);
    expect(dayOfWeek('2022-10-08')).toBe(6);
    expect(isWorkingDay('2022-10-08')).toBe(true);
    expect(isWorkingDay('2022-10-09')).toBe(true);
    expect(isWorkingDay('2022-10-15')).toBe(false); // an ordinary Saturday
    expect(isWorkingDay('2022-10-10')).toBe(true); // an ordinary Monday
  });

  it('counts 5 working days from 2022-09-30 as 10-08, 10-09, 10-10, 10-11, 10-12 — not 10-14, which would skip the 调休 days', () => {
    expect(addWorkingDays('2022-09-30', 5)).toBe('2022-10-12');
    expect(workingDaysBetween('2022-09-30', '2022-10-12')).toBe(5);
    expect(workingDaysBetween('2022-10-12', '2022-09-30')).toBe(-5);
    expect(addWorkingDays('2022-10-12', -5)).toBe('2022-09-30');
    expect(addWorkingDays('2022-10-03', 0)).toBe('2022-10-03');
  });

  it('knows the spring festival of 2023 with its make-up Sunday (2023-01-29)', () => {
    expect(isWorkingDay('2023-01-23')).toBe(false); // a Monday in 春节
    expect(isWorkingDay('2023-01-29')).toBe(true); // a Sunday, 调休
  });

  it('says which years the calendar covers, and counts only weekends beyond them', () => {
    const years = holidayCalendarYears();
    expect(years.first).toBeLessThanOrEqual(2004);
    expect(years.last).toBeGreaterThanOrEqual(2026);
    expect(isHolidayCalendarYear(2022)).toBe(true);
    expect(isHolidayCalendarYear(2150)).toBe(false);
    expect(isWorkingDay('2150-10-01')).toBe(dayOfWeek('2150-10-01') >= 1 && dayOfWeek('2150-10-01') <= 5);
  });

  it('answers false for a malformed date and refuses to count from one (instead of looping forever)', () => {
    expect(isWorkingDay('2022-02-30')).toBe(false);
    expect(isWorkingDay('garbage')).toBe(false);
    expect(() => addWorkingDays('2022-13-01', 3)).toThrow(RangeError);
  });
});

describe('no time-zone bugs', () => {
  // chinese-days itself reads '2022-10-10' as UTC midnight and takes the weekday in local time, so
  // west of Greenwich it answered for Sunday the 9th. Dates here are plain strings in every zone.
  it.each(['UTC', 'Asia/Shanghai', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Pacific/Kiritimati'])(
    'gives the same answers with TZ=%s',
    (tz) => {
      env.TZ = tz;
      expect(isWorkingDay('2022-10-10')).toBe(true);
      expect(isWorkingDay('2022-10-15')).toBe(false);
      expect(isWorkingDay('2022-10-08')).toBe(true);
      expect(addWorkingDays('2022-09-30', 5)).toBe('2022-10-12');
      expect(addDays('2022-10-01', 0)).toBe('2022-10-01');
      expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
      expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
      expect(dayOfWeek('2022-10-01')).toBe(6);
    },
  );
});

describe('working days: properties', () => {
  it('adding n ≥ 1 working days lands on a working day strictly after the start, n working days away', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2500 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = addDays('2020-01-01', offset);
        const end = addWorkingDays(start, n);
        expect(isCalendarDate(end)).toBe(true);
        expect(end > start).toBe(true);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});
