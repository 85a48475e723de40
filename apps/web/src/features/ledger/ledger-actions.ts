import {
  type ActorStanding,
  approvalEventIn,
  FINISHED_CATEGORIES,
  fireableEvents,
  isDesignedVariantRef,
  isVerifyingOrg,
  type RowAction,
  resolveWorkflowVariant,
  rowActionsIn,
  variantRef,
} from '@cascade/engine';
import type { LedgerRow } from '../../api/client.ts';
import { labelsUnder } from '../../ui/dictionary.ts';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';

export type { RowAction };

/** A row's button: a quick action, or 办理 (opens the drawer, which lists the events the server offers). */
export type RowButton = RowAction | 'handle';

/**
 * How the signed-in account stands to a row, as the server works it out (`standingOf`): its unit,
 * its verifying level, the issuing office, its role.
 */
function standingTo(row: LedgerRow): ActorStanding | null {
  const me = account();
  if (!me) return null;
  return {
    assignee: me.orgId === row.orgId && can('assignment.report', row.orgPath),
    verifier: can('assignment.verify', row.orgPath) && isVerifyingOrg(me.orgId, row),
    planOwner: me.orgId === row.ownerOrgId && me.role !== 'reporter',
    role: me.role,
  };
}

/** Whether the row runs on a designed variant (流程设计), whose machine only the server has. */
export function isDesignedRow(row: LedgerRow): boolean {
  return isDesignedVariantRef(variantRef(row.workflowVariant, row.workflowVersion));
}

/** The quick action an event of the row's state is (报送, 核验通过, 退回), if it is one. */
export function quickActionOf(event: string, state: string): Exclude<RowAction, 'urge'> | undefined {
  if (event === 'REPORT') return 'report';
  if (event === approvalEventIn(state)) return 'verify';
  if (event === 'RETURN') return 'return';
  return undefined;
}

/** 督办 while the work is under way: not once finished, nor while paused (as `rowActionsIn` has it, by category). */
function urgeable(row: LedgerRow): boolean {
  return (
    !FINISHED_CATEGORIES.includes(row.stateCategory) &&
    row.stateCategory !== 'suspended' &&
    can('assignment.urge', row.orgPath)
  );
}

/**
 * The quick actions the signed-in account could take on a row right now — the events its built-in
 * variant lets this account fire (the engine's answer, as the server's), and 督办. A row of a
 * designed variant, and one whose variant offers more events than these, also gets 办理, which
 * opens the drawer listing every event the server offers.
 */
export function rowButtons(row: LedgerRow): RowButton[] {
  const standing = standingTo(row);
  if (!standing) return [];
  if (isDesignedRow(row)) return [...(urgeable(row) ? (['urge'] as const) : []), 'handle'];
  const resolved = resolveWorkflowVariant(row.workflowVariant);
  if (!resolved.ok) return [];
  const events = fireableEvents(resolved.variant, row.state, standing).map((e) => e.event);
  const quick = new Set(events.flatMap((e) => quickActionOf(e, row.state) ?? []));
  const actions = rowActionsIn(row.state).filter(
    (a) => (a === 'urge' ? can('assignment.urge', row.orgPath) : quick.has(a)) && can(`assignment.${a}`, row.orgPath),
  );
  const more = events.some((e) => !quickActionOf(e, row.state));
  return more ? [...actions, 'handle'] : actions;
}

/** The quick actions alone (批量办理 offers these). */
export function rowActions(row: LedgerRow): RowAction[] {
  return rowButtons(row).filter((b): b is RowAction => b !== 'handle');
}

export const ACTION_LABELS: Record<RowAction, string> = labelsUnder('action');
