import { isVerifyingOrg, type RowAction, rowActionsIn } from '@cascade/engine';
import type { LedgerRow } from '../../api/client.ts';
import { labelsUnder } from '../../ui/dictionary.ts';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';

export type { RowAction };

/**
 * The actions the signed-in account could take on a row right now (the engine's answer, as the
 * server's): verifying and returning only at the level that issued the row.
 */
export function rowActions(row: LedgerRow): RowAction[] {
  const verifies = isVerifyingOrg(account()?.orgId ?? '', row);
  return rowActionsIn(row.state).filter(
    (a) => can(`assignment.${a}`, row.orgPath) && (verifies || (a !== 'verify' && a !== 'return')),
  );
}

export const ACTION_LABELS: Record<RowAction, string> = labelsUnder('action');
