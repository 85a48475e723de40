import { addDays, addMonths, isCalendarDate } from './calendar-date.ts';
import type { Deadline } from './deadline.ts';
import { addWorkingDays } from './working-days.ts';

export type Offset = NonNullable<Deadline['offset']>;

/** 5个工作日内, 30日内, 15天以内, 1个月内, 2周内, 1年内 (numerals already normalized). */
const RELATIVE = /(\d{1,4})个?(工作日|日|天|个月|月|周|星期|年)(?:内|之内|以内)/;
/** What the offset counts from: the plan's issue (本文印发), a report, or another event (收到申请). */
const ISSUE = /印发|下发|发布|出台|本文|本方案|本通知/;
const REPORT = /报送|上报|反馈/;
const EVENT = /(收到|接到|受理|形成|变更|发生|完成)/;

/** The offset a normalized phrase states, with a note naming the event when it is not the issue. */
export function readOffset(text: string): { offset: Offset; index: number; note?: string } | undefined {
  const m = RELATIVE.exec(text);
  if (!m) return undefined;
  const amount = Number(m[1]);
  const word = m[2] as string;
  const before = text.slice(0, m.index);
  const event = ISSUE.test(before) ? 'issue' : REPORT.test(before) ? 'report' : 'event';
  const eventWord = event === 'event' ? EVENT.exec(before)?.[1] : undefined;
  const note = eventWord ? `自${eventWord}之日起计算` : undefined;
  const offset: Offset =
    word === '工作日'
      ? { event, amount, unit: 'workingDay' }
      : word === '个月' || word === '月'
        ? { event, amount, unit: 'month' }
        : word === '年'
          ? { event, amount: amount * 12, unit: 'month' }
          : word === '周' || word === '星期'
            ? { event, amount: amount * 7, unit: 'day' }
            : { event, amount, unit: 'day' };
  return { offset, index: m.index, ...(note ? { note } : {}) };
}

/**
 * The due date of a relative deadline once its event has happened (e.g. the plan was issued on
 * `eventDate`): calendar days, working days on the official calendar, or months (clamped to the
 * month's end). Null when the deadline has no offset or the date is malformed.
 */
export function resolveRelativeDue(deadline: Deadline, eventDate: string): string | null {
  const offset = deadline.offset;
  if (!offset || !isCalendarDate(eventDate)) return null;
  if (offset.unit === 'workingDay') return addWorkingDays(eventDate, offset.amount);
  if (offset.unit === 'month') return addMonths(eventDate, offset.amount);
  return addDays(eventDate, offset.amount);
}
