import type { CalendarDate } from '../deadlines/calendar-date.ts';
import type { Deadline } from '../deadlines/deadline.ts';
import { listReportPeriods } from '../deadlines/report-periods.ts';
import type { OrgDirectory } from '../derivation/org-directory.ts';
import { resolveUnitOrgs } from '../derivation/resolve-unit-orgs.ts';
import type { Org } from '../orgs/org.ts';
import { assignmentIdFor } from '../plans/plan-ids.ts';
import type { UnitRole } from '../units/units-by-role.ts';
import { parseVariantRef } from '../workflow/variant-ref.ts';

/** A task of a published version as stored: what the ledger is issued from. */
export type PublishedItem = {
  id: string;
  kind: string;
  /** The phrases by role, as written (each read against the org tree here). */
  units: unknown;
  deadline: unknown;
  derivationStatus: string | null;
  evidenceRequired?: boolean;
  workflowVariant?: string;
};

/** One row of the ledger (台账): a task × a unit × a role × a report period, as a version issues it. */
export type LedgerRow = {
  id: string;
  planId: string;
  itemId: string;
  orgId: string;
  orgPath: string;
  role: UnitRole;
  periodKey: string;
  dueOn: CalendarDate | null;
  /** The plan version that issued it (or last moved its due date). */
  templateVersion: number;
  evidenceRequired: boolean;
  workflowVariant: string;
  /** The version of the variant the row runs on (a designed variant's task names it: wf-…@2). */
  workflowVersion: number;
  year: number;
};

const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'cooperate'];

/** Whether a version issues this item to the ledger: a task not marked not applicable. */
export const isIssuedTask = (item: Pick<PublishedItem, 'kind' | 'derivationStatus'>) =>
  item.kind === 'task' && item.derivationStatus !== 'notApplicable';

/** The periods of a stored deadline (a task without one is a single row without a due date). */
function reportPeriodsOf(deadline: unknown, year: number) {
  const d = deadline as Partial<Deadline> | null;
  return listReportPeriods(
    { kind: d?.kind ?? 'unspecified', due: d?.due ?? null, ...(d?.recurrence ? { recurrence: d.recurrence } : {}) },
    year,
  );
}

/**
 * The ledger rows a published version of a plan issues: every task (not one marked not
 * applicable) × every role × every org its phrases name under the owner × every report period of
 * the year (每季度 → four rows, 长期 → one without a due date). A unit named twice gets one row.
 * One function for 发布 and for 逐级下达, so the rows are the same however the plan was issued. Pure.
 */
export function ledgerRowsOf(
  plan: { id: string; year: number },
  version: number,
  items: readonly PublishedItem[],
  owner: Org,
  directory: OrgDirectory,
): LedgerRow[] {
  const rows: LedgerRow[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isIssuedTask(item)) continue;
    const units = (item.units ?? {}) as Partial<Record<UnitRole, string[]>>;
    const periods = reportPeriodsOf(item.deadline, plan.year);
    for (const role of ROLES) {
      for (const text of units[role] ?? []) {
        for (const org of resolveUnitOrgs(text, owner, directory)) {
          for (const { periodKey, due } of periods) {
            const id = assignmentIdFor(item.id, org.id, role, periodKey);
            if (seen.has(id)) continue;
            seen.add(id);
            rows.push({
              id,
              planId: plan.id,
              itemId: item.id,
              orgId: org.id,
              orgPath: org.path,
              role,
              periodKey,
              dueOn: due,
              templateVersion: version,
              evidenceRequired: item.evidenceRequired ?? true,
              ...workflowOf(item),
              year: plan.year,
            });
          }
        }
      }
    }
  }
  return rows;
}

/** The variant and version a task's rows run on: its `workflowVariant` reference, the standard lifecycle if none. */
function workflowOf(item: PublishedItem): { workflowVariant: string; workflowVersion: number } {
  const { id, version } = parseVariantRef(item.workflowVariant ?? 'standard');
  return { workflowVariant: id, workflowVersion: version };
}
