import { computeLight, type Light } from '../deadlines/traffic-light.ts';

/**
 * 台账反馈 has one definition, and every screen and route asks this module: an addressed unit has
 * fed back once it has published its derived plan; it did so on time when that day is within the
 * window (on or before the due date). Days come from the caller's clock (the demo keeps its own),
 * never from the machine's.
 */
export type FeedbackStatus = {
  fedBack: boolean;
  /** Fed back after the due date, or still pending past it. */
  late: boolean;
  /** Pending: counted down to the due date; fed back: green (done, as a verified task). */
  light: Light;
};

/** Working days left at which a pending feedback turns yellow, as for ledger rows. */
export const FEEDBACK_YELLOW_WORKING_DAYS = 5;

export function judgeFeedback(input: {
  dueOn: string | null;
  /** The day the unit published its derived plan; null while it has not. */
  fedBackOn: string | null;
  today: string;
  yellowWorkingDays?: number;
}): FeedbackStatus {
  const { dueOn, fedBackOn, today } = input;
  if (fedBackOn) return { fedBack: true, late: dueOn !== null && fedBackOn > dueOn, light: 'green' };
  return {
    fedBack: false,
    late: dueOn !== null && today > dueOn,
    light: computeLight({
      due: dueOn,
      today,
      state: 'pending',
      yellowWorkingDays: input.yellowWorkingDays ?? FEEDBACK_YELLOW_WORKING_DAYS,
    }),
  };
}

/** What a table of feedback says in numbers: one per addressed unit and plan. */
export type FeedbackCounts = {
  total: number;
  fedBack: number;
  /** Of those fed back, after the due date. */
  fedBackLate: number;
  pending: number;
  /** Of those pending, past the due date. */
  overdue: number;
  byLight: Record<string, number>;
};

export function countFeedback(rows: readonly FeedbackStatus[]): FeedbackCounts {
  const counts: FeedbackCounts = { total: 0, fedBack: 0, fedBackLate: 0, pending: 0, overdue: 0, byLight: {} };
  for (const r of rows) {
    counts.total++;
    if (r.fedBack) {
      counts.fedBack++;
      if (r.late) counts.fedBackLate++;
    } else {
      counts.pending++;
      if (r.late) counts.overdue++;
    }
    counts.byLight[r.light] = (counts.byLight[r.light] ?? 0) + 1;
  }
  return counts;
}
