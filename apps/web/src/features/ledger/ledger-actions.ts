import { type RowAction, rowActionsIn } from '@cascade/engine';
import type { LedgerRow } from '../../api/client.ts';
import { labelsUnder } from '../../ui/dictionary.ts';
import { can } from '../session/can.ts';

export type { RowAction };

/** The actions the signed-in account could take on a row right now (the engine's answer, as the server's). */
export function rowActions(row: LedgerRow): RowAction[] {
  return rowActionsIn(row.state).filter((a) => can(`assignment.${a}`, row.orgPath));
}

export const ACTION_LABELS: Record<RowAction, string> = labelsUnder('action');
