import { isCalendarDate } from './calendar-date.ts';
import { normalizeDateText } from './chinese-numbers.ts';
import { findFirstDate } from './date-forms.ts';
import type { Deadline } from './deadline.ts';
import { readRecurrence } from './recurrence.ts';
import { readOffset, resolveRelativeDue } from './relative-deadline.ts';

export { listPeriodDueDates } from './recurrence.ts';
export { resolveRelativeDue } from './relative-deadline.ts';

export type DeadlineContext = { year: number; issuedOn?: string | null };

/** 按各自文件规定的时间节点完成, 按规定时限, 按上级要求: due dates another document sets. */
const PER_DOCUMENT =
  /按.{0,12}(?:规定|要求|明确|确定).{0,8}(?:时间|时限|节点|期限|进度)|按(?:规定|要求)时限|按时间节点|^按(?:上级|有关|相关)?(?:文件)?(?:要求|规定|部署|安排)(?:完成|执行|落实|办理)?$|^按(?:上级|省|市|县|区)(?:里|级)?(?:统一)?(?:部署|安排)/;
/** 长期, 长期坚持, 持续推进, 常态化 — no due date, the task never closes by time. */
const ONGOING = /长期|持续|常态化|坚持|经常性|随时|及时|定期/;
/** What is left of a compound phrase once its date is taken out, minus filler words. */
const FILLER = /[\s，,。；;、：:（）()]|完成|并且?|同时|之前|以前|前/g;
const NOTE_LIMIT = 30;

/**
 * Parses a deadline phrase (完成时限) for a plan year. Never throws: what it cannot read is
 * `unspecified` with no due date. Precedence, as a clerk reads a cell: a concrete date (the first
 * one written: "2022年6月底前完成，长期坚持" is due 06-30 and the rest goes to `note`), then an
 * offset (本文印发30日内, due from `issuedOn` when given), a recurrence (每季度), a reference to
 * other documents' deadlines, and ongoing work (长期).
 */
export function parseDeadline(raw: string, context: DeadlineContext): Deadline {
  const text = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  const norm = normalizeDateText(text).replace(/\s+/g, '');
  if (!norm) return { text, kind: 'unspecified', due: null };

  const date = findFirstDate(norm, context.year);
  if (date) {
    const rest = (norm.slice(0, date.index) + norm.slice(date.index + date.length)).replace(FILLER, '');
    const restNote = rest && /[^\d]/.test(rest) ? `另有：“${clip(rest)}”` : undefined;
    const note = [date.note, restNote].filter(Boolean).join('；');
    return { text, kind: date.kind, due: date.due, ...(note ? { note } : {}) };
  }

  const relative = readOffset(norm);
  if (relative) {
    const deadline: Deadline = { text, kind: 'relative', due: null, offset: relative.offset };
    if (relative.note) deadline.note = relative.note;
    const issuedOn = context.issuedOn;
    if (relative.offset.event === 'issue' && issuedOn && isCalendarDate(issuedOn)) {
      deadline.due = resolveRelativeDue(deadline, issuedOn);
      deadline.note = `自印发日期 ${issuedOn} 起算`;
    }
    return deadline;
  }

  const recurring = readRecurrence(norm);
  if (recurring) return { text, kind: 'recurring', due: null, recurrence: recurring.recurrence };
  if (PER_DOCUMENT.test(norm)) return { text, kind: 'perDocument', due: null };
  const ongoing = ONGOING.exec(norm);
  if (ongoing) {
    return ongoing[0] === '定期'
      ? { text, kind: 'ongoing', due: null, note: '“定期”未写明周期' }
      : { text, kind: 'ongoing', due: null };
  }
  return { text, kind: 'unspecified', due: null };
}

function clip(text: string): string {
  return text.length > NOTE_LIMIT ? `${text.slice(0, NOTE_LIMIT)}…` : text;
}
