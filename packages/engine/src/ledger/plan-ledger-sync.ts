import type { CalendarDate } from '../deadlines/calendar-date.ts';
import type { OrgDirectory } from '../derivation/org-directory.ts';
import type { Org } from '../orgs/org.ts';
import { type LedgerRow, ledgerRowsOf, type PublishedItem } from './ledger-rows.ts';
import { type IssuedLedgerRow, type LedgerSync, syncLedger } from './sync-ledger.ts';

/** What a publish does to the ledger, in numbers: what the publish dialog shows before it happens. */
export type LedgerEffect = {
  /** New rows: a task or a unit (or a period) no earlier version issued. */
  issued: number;
  /** Open rows whose due date moves to the new deadline. */
  redated: number;
  /** Open rows no longer issued (task removed or marked not applicable, unit no longer named): closed. */
  closed: number;
  /** Rows issued again as they are. */
  unchanged: number;
};

export type LedgerSyncPlan = {
  /** Every row the version issues. */
  rows: LedgerRow[];
  sync: LedgerSync;
  effect: LedgerEffect;
};

/**
 * The one plan of what publishing `items` as `version` does to the rows the plan already issued:
 * the rows it issues (`ledgerRowsOf`) against those (`syncLedger`), with the effect in numbers.
 * 发布 applies it, the publish preview shows it — the same answer, so the dialog's numbers are
 * what the ledger then gets. Pure.
 */
export function planLedgerSync(input: {
  plan: { id: string; year: number };
  version: number;
  items: readonly PublishedItem[];
  owner: Org;
  directory: OrgDirectory;
  issued: readonly IssuedLedgerRow[];
  today: CalendarDate;
  yellowWorkingDays?: number;
}): LedgerSyncPlan {
  const rows = ledgerRowsOf(input.plan, input.version, input.items, input.owner, input.directory);
  const sync = syncLedger(input.issued, rows, {
    version: input.version,
    today: input.today,
    ...(input.yellowWorkingDays === undefined ? {} : { yellowWorkingDays: input.yellowWorkingDays }),
  });
  return {
    rows,
    sync,
    effect: {
      issued: sync.added.length,
      redated: sync.rescheduled.length,
      closed: sync.closed.length,
      unchanged: rows.length - sync.added.length - sync.rescheduled.length,
    },
  };
}
