import type { LedgerRow } from '../../api/client.ts';
import { labelsUnder } from '../../ui/dictionary.ts';
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
  // A review step of a 三审三校 variant (review1 初审 …) is approved or returned like a report.
  const review: RowAction[] = /^review\d+$/.test(row.state) ? ['verify', 'return'] : [];
  return [...(byState[row.state] ?? review), ...(open ? (['urge'] as const) : [])].filter((a) =>
    can(`assignment.${a}`, row.orgPath),
  );
}

export const ACTION_LABELS: Record<RowAction, string> = labelsUnder('action');
