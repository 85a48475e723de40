import { formatDate, isValidDate, lastDayOfMonth } from './calendar-date.ts';

/** A concrete due date found in a deadline phrase, with where it was written. */
export type DateMatch = {
  index: number;
  length: number;
  kind: 'date' | 'month' | 'yearEnd';
  due: string;
  note?: string;
};

type Read = Omit<DateMatch, 'index' | 'length'> | null;
type Groups = Record<string, string | undefined>;

/** An optional year: 2022年, 2022年度, 今年 / 明年 (relative to the plan year). */
const YEAR = '(?:(?<y>\\d{4})年度?|(?<rel>今|本|当|明|次)年)?';

function yearOf(g: Groups, planYear: number): number {
  if (g.y) return Number(g.y);
  return g.rel === '明' || g.rel === '次' ? planYear + 1 : planYear;
}

function monthEnd(year: number, month: number): Read {
  if (!isValidDate(year, month, 1)) return null;
  return { kind: 'month', due: formatDate(year, month, lastDayOfMonth(year, month)) };
}

/** "9月前" is before September begins: the last day of August (and "1月前" is 12月31日 of the year before). */
function beforeMonth(year: number, month: number, written: string): Read {
  if (!isValidDate(year, month, 1)) return null;
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const day = lastDayOfMonth(y, m);
  return {
    kind: 'month',
    due: formatDate(y, m, day),
    note: `“${written}”指${month}月开始之前，即${y === year ? '' : `${y}年`}${m}月${day}日`,
  };
}

/** Concrete date forms, tried at every position; the earliest match in the text wins. */
const DATE_FORMS: { re: RegExp; read: (g: Groups, planYear: number, written: string) => Read }[] = [
  {
    // 2022年6月—9月, 6月至9月底前, 6—9月, 2022年10月—2023年3月: a range is due at its end.
    re: new RegExp(
      `${YEAR}(?<m1>\\d{1,2})月?(?:份)?(?:\\d{1,2}[日号])?[—–\\-~～至到](?:(?<y2>\\d{4})年)?(?<m2>\\d{1,2})月(?:(?<d2>\\d{1,2})[日号])?(?:底|末)?(?:前|之前|以前)?`,
      'g',
    ),
    read: (g, planYear) => {
      const year = g.y2 ? Number(g.y2) : yearOf(g, planYear);
      const month = Number(g.m2);
      if (Number(g.m1) > 12) return null;
      if (!g.d2) return monthEnd(year, month);
      const day = Number(g.d2);
      return isValidDate(year, month, day) ? { kind: 'date', due: formatDate(year, month, day) } : null;
    },
  },
  {
    // 12月30日, 2023年1月31日前: the day itself.
    re: new RegExp(`${YEAR}(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号]`, 'g'),
    read: (g, planYear) => {
      const year = yearOf(g, planYear);
      const [month, day] = [Number(g.m), Number(g.d)];
      return isValidDate(year, month, day) ? { kind: 'date', due: formatDate(year, month, day) } : null;
    },
  },
  {
    // 2022年11月, 11月底前, 9月份: the end of the month; 9月前 is before September begins.
    re: new RegExp(`${YEAR}(?<m>\\d{1,2})月(?<fen>份)?(?<part>底|末|上旬|中旬|下旬)?(?<before>前|之前|以前)?`, 'g'),
    read: (g, planYear, written) => {
      const year = yearOf(g, planYear);
      const month = Number(g.m);
      if (g.before && !g.part) return beforeMonth(year, month, written);
      if (!isValidDate(year, month, 1)) return null;
      if (g.part === '上旬') return { kind: 'date', due: formatDate(year, month, 10) };
      if (g.part === '中旬') return { kind: 'date', due: formatDate(year, month, 20) };
      return monthEnd(year, month);
    },
  },
  {
    // 第三季度, 三季度末, 2022年第1季度前 (before the quarter begins, as with 9月前).
    re: new RegExp(`${YEAR}第?(?<!\\d)(?<q>[1-4])季度?(?<end>末|底)?(?<before>前|之前)?`, 'g'),
    read: (g, planYear, written) => {
      const year = yearOf(g, planYear);
      const lastMonth = Number(g.q) * 3;
      if (g.before && !g.end) return beforeMonth(year, lastMonth - 2, written);
      return monthEnd(year, lastMonth);
    },
  },
  {
    re: new RegExp(`${YEAR}(?<half>上|下)半年`, 'g'),
    read: (g, planYear) => monthEnd(yearOf(g, planYear), g.half === '上' ? 6 : 12),
  },
  {
    // 2022年底前, 年底前, 年内, 今年年底 — but not 每年底 (recurring) nor 3年内 (an offset).
    re: /(?:(?<y>\d{4})|(?<rel>今|本|当|明|次))年(?:年|度)?(?:底|末|内)|(?<![每\d今本当明次])(?:年底|年末|年内|年度内)/g,
    read: (g, planYear) => ({ kind: 'yearEnd', due: formatDate(yearOf(g, planYear), 12, 31) }),
  },
  {
    // 2022年前: before 2022 begins, like 9月前 — unless it is 2022年前三季度 (the first quarters).
    re: /(?<y>\d{4})年(?:前|之前|以前)(?![\d一二三四两半])/g,
    read: (g, _planYear, written) => {
      const year = Number(g.y) - 1;
      return { kind: 'yearEnd', due: formatDate(year, 12, 31), note: `“${written}”指${g.y}年开始之前` };
    },
  },
];

/** A whole phrase that is only a year or the whole year: "2022年", "全年", "2022年度". */
const WHOLE_YEAR = /^(?:(?<y>\d{4})年度?|全年度?)(?:完成|内完成)?$/;
/** 每年12月底前 is a recurring date, not a one-off: the recurrence reader takes it. */
const RECURRING_BEFORE = /每个?(?:年度?|半年|季度?|月)$/;

/** The earliest concrete date written in a normalized phrase, or null. */
export function findFirstDate(text: string, planYear: number): DateMatch | null {
  const whole = WHOLE_YEAR.exec(text);
  if (whole) {
    const year = whole.groups?.y ? Number(whole.groups.y) : planYear;
    return { index: 0, length: text.length, kind: 'yearEnd', due: formatDate(year, 12, 31) };
  }
  let best: DateMatch | null = null;
  for (const form of DATE_FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      if (m[0] === '') {
        form.re.lastIndex++;
        continue;
      }
      if (RECURRING_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const read = form.read(m.groups ?? {}, planYear, m[0]);
      const better = !best || m.index < best.index || (m.index === best.index && m[0].length > best.length);
      if (read && better) best = { ...read, index: m.index, length: m[0].length };
    }
  }
  return best;
}
