import type { Deadline } from '../deadlines/deadline.ts';
import { parseDeadline } from '../deadlines/parse-deadline.ts';

/**
 * The 台账反馈 window a plan states: "建立…台账…并于本文印发30日内反馈…" — each addressed
 * subordinate builds its own ledger (publishes its derived plan) within that many days of issue.
 */
export type FeedbackWindow = {
  /** The task that states it (its units are the subordinates that must feed back); null when set in the settings. */
  itemId: string | null;
  /** The clause as written. */
  text: string;
  /** Parsed with the plan's issue date: kind relative, `due` set when the issue date is known. */
  deadline: Deadline;
};

const LEDGER = /台账|工作任务分解|任务清单/;
const FEEDBACK = /反馈|报送|上报|报备/;

/**
 * Finds the feedback window in a plan's tasks: the first clause that asks for a ledger (台账) to
 * be fed back with a deadline counted from the plan's issue. A window written in the template's
 * settings (`override`, e.g. "本文印发30日内") wins over the text. Undefined when the plan asks for none.
 */
export function findFeedbackWindow(
  items: readonly { id: string; kind: string; text: string }[],
  context: { year: number; issuedOn: string | null },
  override?: string | null,
): FeedbackWindow | undefined {
  const parse = (text: string) => parseDeadline(text, { year: context.year, issuedOn: context.issuedOn });
  if (override?.trim()) {
    const deadline = parse(override.trim());
    return deadline.kind === 'relative' && deadline.offset?.event === 'issue'
      ? { itemId: null, text: override.trim(), deadline }
      : undefined;
  }
  for (const item of items) {
    if (item.kind !== 'task' || !LEDGER.test(item.text)) continue;
    for (const clause of item.text.split(/[。；;]/)) {
      if (!FEEDBACK.test(clause)) continue;
      const deadline = parse(clause);
      if (deadline.kind === 'relative' && deadline.offset?.event === 'issue') {
        return { itemId: item.id, text: clause.trim(), deadline };
      }
    }
  }
  return undefined;
}
