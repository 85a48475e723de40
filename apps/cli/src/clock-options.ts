import { systemClock } from '@cascade/engine';

/** `--year`, checked: a year like 2022, or none. */
export function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!(Number.isInteger(year) && year > 1900 && year < 2200))
    throw new Error(`--year 应为年份，如 2022，收到 ${text}`);
  return year;
}

/**
 * A day option (`--today`, `--as-of`), checked: the day given, else today in China — the CLI's
 * clock is the real day (the server's may be the demo's).
 */
export function dayOption(flag: string, text: string | undefined): string {
  const day = text ?? systemClock();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`${flag} 应为 YYYY-MM-DD，收到 ${day}`);
  return day;
}
