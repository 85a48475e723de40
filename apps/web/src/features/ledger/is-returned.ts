import { categoryOf } from '@cascade/engine';
import type { LedgerRow } from '../../api/client.ts';

/**
 * Whether a row is back with its unit after a supervisor returned the report (已退回): it waits
 * for a report again, yet one was sent before — its reason is the row's last comment. A new task
 * (已下达) has no report yet; a 回头看 reopening is 整改中, not a return.
 */
export function isReturned(row: Pick<LedgerRow, 'state' | 'lastReport'>): boolean {
  return categoryOf(row.state) === 'open' && row.lastReport !== null;
}
