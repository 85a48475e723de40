import { isValidDate } from './calendar-date.ts';
import { normalizeDateText } from './chinese-numbers.ts';

/** How far from the plan's year a typed deadline may lie: last year's carry-over to a five-year plan. */
export const DEADLINE_YEARS = { before: 1, after: 10 } as const;

/** A written date: 2027年13月45日, 13月, 45日, 99999年 — every part optional but one. */
const WRITTEN_DATE = /(?<!\d)(?:(?<y>\d+)年)?(?:(?<m>\d+)月(?:份)?)?(?:(?<d>\d+)[日号])?/g;

/**
 * Why a deadline an author typed cannot be what they meant — a month 13, a 45th day, a year of five
 * digits or far from the plan's year — or undefined when every date in it is a real one.
 *
 * Import stays lenient (parseDeadline never refuses a clerk's document); an author typing into
 * the editor is told at once instead of the deadline silently becoming "no deadline" or 9999-12-31.
 */
export function checkDeadlineText(raw: string, planYear: number): string | undefined {
  const text = normalizeDateText(raw).replace(/\s+/g, '');
  for (const match of text.matchAll(WRITTEN_DATE)) {
    const { y, m, d } = match.groups ?? {};
    if (!y && !m && !d) continue;
    // "3年内" or "5日内" alone is an offset, not a date.
    if (!m && (!y || !d) && /^内/.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const written = match[0];
    const problem = datePartsProblem(y, m, d, planYear);
    if (problem) return `“${written}”不是有效日期：${problem}`;
  }
  return undefined;
}

function datePartsProblem(y?: string, m?: string, d?: string, planYear = 0): string | undefined {
  const year = y ? Number(y) : planYear;
  if (y && y.length !== 4) return '年份应为四位数';
  if (y && (year < planYear - DEADLINE_YEARS.before || year > planYear + DEADLINE_YEARS.after))
    return `年份应在 ${planYear - DEADLINE_YEARS.before}—${planYear + DEADLINE_YEARS.after} 年之间（方案年度 ${planYear} 年）`;
  const month = m ? Number(m) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return '月份应为 1—12';
  const day = d ? Number(d) : undefined;
  if (day === undefined) return undefined;
  if (month === undefined) return day >= 1 && day <= 31 ? undefined : '日期应为 1—31';
  return isValidDate(year, month, day) ? undefined : `${year}年${month}月没有${day}日`;
}
