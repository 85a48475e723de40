import type { CalendarDate } from '../deadlines/calendar-date.ts';
import { computeLight, DEFAULT_YELLOW_WORKING_DAYS, type Light } from '../deadlines/traffic-light.ts';
import { isFinished } from '../workflow/assignment-states.ts';
import type { LedgerRow } from './ledger-rows.ts';

/** A ledger row already issued by an earlier version, as far as a republish needs it. */
export type IssuedLedgerRow = { id: string; itemId: string; state: string; dueOn: CalendarDate | null; light: Light };

/** What a new version changes in the rows its plan owns. */
export type LedgerSync = {
  /** Rows for units (or periods) the new version names and the earlier ones did not. */
  added: LedgerRow[];
  /** Rows whose due date moved: the new date, the light it gives today, the version that moved it. */
  rescheduled: { id: string; from: CalendarDate | null; to: CalendarDate | null; light: Light; version: number }[];
  /** Open rows the new version no longer issues: closed, with the reason in words. */
  closed: { id: string; reason: string }[];
};

/**
 * A republish against the rows the plan already issued: new rows are added, rows whose task's
 * deadline moved take the new due date (and the light it gives on `today`), rows no longer named
 * are closed with a reason. Every row that stays keeps its state, version history and reports:
 * only what the new version says changes. Finished rows keep their dates. Pure.
 */
export function syncLedger(
  issued: readonly IssuedLedgerRow[],
  wanted: readonly LedgerRow[],
  options: { version: number; today: CalendarDate; yellowWorkingDays?: number },
): LedgerSync {
  const before = new Map(issued.map((r) => [r.id, r]));
  const now = new Map(wanted.map((r) => [r.id, r]));
  const itemsStillIssued = new Set(wanted.map((r) => r.itemId));
  const sync: LedgerSync = { added: [], rescheduled: [], closed: [] };
  for (const row of wanted) {
    const old = before.get(row.id);
    if (!old) sync.added.push(row);
    else if (old.dueOn !== row.dueOn && !isFinished(old.state))
      sync.rescheduled.push({
        id: row.id,
        from: old.dueOn,
        to: row.dueOn,
        light: computeLight({
          due: row.dueOn,
          today: options.today,
          state: old.state,
          yellowWorkingDays: options.yellowWorkingDays ?? DEFAULT_YELLOW_WORKING_DAYS,
        }),
        version: options.version,
      });
  }
  for (const old of issued) {
    if (now.has(old.id) || isFinished(old.state)) continue;
    sync.closed.push({
      id: old.id,
      reason: itemsStillIssued.has(old.itemId)
        ? `方案第 ${options.version} 版已不再将此项交由本单位承办（或改变了报送周期）`
        : `方案第 ${options.version} 版已删除此项或将其标为不适用`,
    });
  }
  return sync;
}
