import type { LedgerRow } from '../../api/client.ts';
import { can } from '../session/can.ts';

export type RowAction = 'report' | 'verify' | 'return' | 'urge';

/** The actions the signed-in account could take on a row right now (mirrors the server's rules). */
export function rowActions(row: LedgerRow): RowAction[] {
  const byState: Record<string, RowAction[]> = {
    assigned: ['report'],
    rectifying: ['report'],
    reported: ['verify', 'return'],
  };
  const open = row.state !== 'verified' && row.state !== 'closed';
  return [...(byState[row.state] ?? []), ...(open ? (['urge'] as const) : [])].filter((a) =>
    can(`assignment.${a}`, row.orgPath),
  );
}

export const ACTION_LABELS: Record<RowAction, string> = {
  report: '报送',
  verify: '核验通过',
  return: '退回',
  urge: '督办',
};
