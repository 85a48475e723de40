import { formatDate, isValidDate, lastDayOfMonth } from './calendar-date.ts';
import { normalizeDateText } from './chinese-numbers.ts';
import type { Deadline, RecurrencePeriod } from './deadline.ts';
import { addWorkingDays } from './working-days.ts';

export type DeadlineContext = { year: number; issuedOn?: string | null };

type DateMatch = { index: number; kind: 'date' | 'month' | 'yearEnd'; due: string; note?: string };

const Y = '(?:(\\d{4})年)?';

/** Concrete date forms, tried at every position; the earliest match in the text wins. */
const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray, year: number) => Omit<DateMatch, 'index'> | null }[] = [
  {
    // 2022年6月—9月, 6月至9月底: a range is due at its end.
    re: new RegExp(`${Y}(\\d{1,2})月(?:份)?[—–\\-~至到](\\d{1,2})月(?:底|末)?(?:前|之前)?`, 'g'),
    read: (m, year) => month(Number(m[1] ?? year), Number(m[3])),
  },
  {
    re: new RegExp(`${Y}(\\d{1,2})月(\\d{1,2})[日号]`, 'g'),
    read: (m, year) => {
      const y = Number(m[1] ?? year);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return isValidDate(y, mo, d) ? { kind: 'date', due: formatDate(y, mo, d) } : null;
    },
  },
  {
    // 9月前 is before September begins; 9月底前, 9月底, 9月 are the end of September.
    re: new RegExp(`${Y}(\\d{1,2})月(份)?(底|末|中旬|上旬|下旬)?(前|之前|以前)?`, 'g'),
    read: (m, year) => {
      const y = Number(m[1] ?? year);
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      if (m[5] && !m[4]) {
        const prev = mo === 1 ? { y: y - 1, mo: 12 } : { y, mo: mo - 1 };
        return {
          kind: 'month',
          due: formatDate(prev.y, prev.mo, lastDayOfMonth(prev.y, prev.mo)),
          note: `“${mo}月前”指${mo}月开始之前，即${prev.mo}月${lastDayOfMonth(prev.y, prev.mo)}日`,
        };
      }
      if (m[4] === '上旬') return { kind: 'date', due: formatDate(y, mo, 10) };
      if (m[4] === '中旬') return { kind: 'date', due: formatDate(y, mo, 20) };
      return month(y, mo);
    },
  },
  {
    re: new RegExp(`${Y}上半年`, 'g'),
    read: (m, year) => month(Number(m[1] ?? year), 6),
  },
  {
    re: /(?:(\d{4})年)?(?:年底|年末|底前|年内|全年|年度内)/g,
    read: (m, year) => ({ kind: 'yearEnd', due: formatDate(Number(m[1] ?? year), 12, 31) }),
  },
  {
    // "2022年底前" without the 年 twice: 2022年底 is covered above; a bare "2022年" is not a deadline.
    re: /(\d{4})年(?:底|末)/g,
    read: (m) => ({ kind: 'yearEnd', due: formatDate(Number(m[1]), 12, 31) }),
  },
];

function month(year: number, mo: number): Omit<DateMatch, 'index'> | null {
  if (mo < 1 || mo > 12) return null;
  return { kind: 'month', due: formatDate(year, mo, lastDayOfMonth(year, mo)) };
}

function firstDate(text: string, year: number): DateMatch | null {
  let best: DateMatch | null = null;
  for (const form of DATE_FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      const read = form.read(m, year);
      if (read && (!best || m.index < best.index)) best = { ...read, index: m.index };
      if (m[0] === '') form.re.lastIndex++;
    }
  }
  return best;
}

const RECURRENCES: [RegExp, RecurrencePeriod][] = [
  [/每(个)?季度|按季度?|季度/, 'quarter'],
  [/每半年|半年/, 'halfYear'],
  [/每(个)?月|按月/, 'month'],
  [/每周/, 'week'],
  [/每年|年度/, 'year'],
];

const RELATIVE = /(\d+)\s*个?(工作日|日|天|个月)(?:内|之内|以内)/;
const PER_DOCUMENT = /按.{0,12}(规定|要求|明确).{0,8}(时间|时限|节点|期限)|按规定时限|按时间节点/;
const ONGOING = /长期|持续|常态化|坚持|经常性|及时|随时/;

function recurrence(text: string): Deadline['recurrence'] | undefined {
  if (!/每|定期|按季|季度|半年/.test(text)) return undefined;
  for (const [re, period] of RECURRENCES) {
    if (re.test(text)) {
      const times = /至少\s*(\d+)\s*次/.exec(text) ?? /(\d+)\s*次/.exec(text);
      return { period, timesPerPeriod: times ? Number(times[1]) : 1 };
    }
  }
  return { period: 'year', timesPerPeriod: 1 };
}

/**
 * Parses a deadline phrase (完成时限) for a plan year. Never throws: what it cannot read is
 * `unspecified` with no due date. With several forms in one phrase, the first concrete date
 * wins and the rest is said in `note` ("2022年6月底前完成，长期坚持").
 */
export function parseDeadline(raw: string, context: DeadlineContext): Deadline {
  const text = raw.replace(/\s+/g, ' ').trim();
  const norm = normalizeDateText(text);
  const date = firstDate(norm, context.year);
  if (date) {
    const rest = ONGOING.test(norm) ? '另有长期要求' : undefined;
    const note = [date.note, rest].filter(Boolean).join('；');
    return { text, kind: date.kind, due: date.due, ...(note ? { note } : {}) };
  }
  const rel = RELATIVE.exec(norm);
  if (rel) {
    const amount = Number(rel[1]);
    const unit = rel[2] === '工作日' ? 'workingDay' : rel[2] === '个月' ? 'month' : 'day';
    const event = /印发|下发|发布|出台/.test(norm) ? 'issue' : /报送|上报|反馈/.test(norm) ? 'report' : 'event';
    const deadline: Deadline = { text, kind: 'relative', due: null, offset: { event, amount, unit } };
    return event === 'issue' && context.issuedOn
      ? { ...deadline, due: resolveRelativeDue(deadline, context.issuedOn) }
      : deadline;
  }
  const rec = recurrence(norm);
  if (rec) return { text, kind: 'recurring', due: null, recurrence: rec };
  if (PER_DOCUMENT.test(norm)) return { text, kind: 'perDocument', due: null };
  if (ONGOING.test(norm)) return { text, kind: 'ongoing', due: null };
  return { text, kind: 'unspecified', due: null };
}

/** The due date of a relative deadline once its event has happened (e.g. the plan was issued). */
export function resolveRelativeDue(deadline: Deadline, eventDate: string): string | null {
  const offset = deadline.offset;
  if (!offset) return null;
  if (offset.unit === 'workingDay') return addWorkingDays(eventDate, offset.amount);
  const [y, m, d] = eventDate.split('-').map(Number) as [number, number, number];
  if (offset.unit === 'month') {
    const t = new Date(Date.UTC(y, m - 1 + offset.amount, d));
    return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const t = new Date(Date.UTC(y, m - 1, d + offset.amount));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const PERIOD_ENDS: Record<RecurrencePeriod, [number, number][]> = {
  year: [[12, 31]],
  halfYear: [
    [6, 30],
    [12, 31],
  ],
  quarter: [
    [3, 31],
    [6, 30],
    [9, 30],
    [12, 31],
  ],
  month: Array.from({ length: 12 }, (_, i) => [i + 1, 0] as [number, number]),
  week: [],
};

/** One due date per period of the plan year for a recurring deadline (每季度 → four quarter ends). */
export function listPeriodDueDates(deadline: Deadline, year: number): { period: string; due: string }[] {
  const period = deadline.recurrence?.period;
  if (!period || period === 'week') return [];
  return PERIOD_ENDS[period].map(([mo, day], i) => ({
    period:
      period === 'year'
        ? `${year}`
        : period === 'halfYear'
          ? `${year}-H${i + 1}`
          : period === 'quarter'
            ? `${year}-Q${i + 1}`
            : `${year}-${String(mo).padStart(2, '0')}`,
    due: formatDate(year, mo, day || lastDayOfMonth(year, mo)),
  }));
}
