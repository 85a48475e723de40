import {
  type Db,
  type DraftVisibility,
  getOrg,
  getPlanSummary,
  hasAssignmentsWithin,
  type OrgRecord,
  PlanNotFoundError,
  type PlanSummaryRow,
} from '@cascade/db';
import {
  type Action,
  allowsByRelation,
  authorize,
  isTerritorial,
  type Principal,
  type Relation,
  type Role,
  relationOf,
} from '@cascade/engine';
import type { Context } from 'hono';
import { allow, principalOf } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import type { AppEnv } from '../http/app-env.ts';
import { planTarget } from './plan-dto.ts';

/**
 * Who may read a plan still in the making (a draft never published), by role and where its owner
 * sits: the owner's plan office — the authors and derivers of the owner org, who write it — and
 * supervision and administration at the owner or above it. Nobody below the owner reads a
 * superior's draft before it is issued: what reaches them is the published version.
 */
export function mayReadDraft(role: Role, relation: Relation): boolean {
  switch (role) {
    case 'author':
    case 'deriver':
      return relation === 'self';
    case 'admin':
    case 'supervisor':
      return relation === 'self' || relation === 'descendant';
    default:
      return false;
  }
}

/**
 * The same rules as `allowPlan` applies to one plan, as the plan list applies them in one query:
 * drafts by where their owner sits, and department drafts by whether the reader may send their
 * government's plan down (`mayDeriveForDepartment`).
 */
export const draftVisibilityOf = ({ role }: Pick<Principal, 'role'>): DraftVisibility => {
  const mayCascade = (relation: Relation) => ({
    template: allowsByRelation(role, 'plan.cascade', relation, { plan: 'template' }),
    derived: allowsByRelation(role, 'plan.cascade', relation, { plan: 'derived' }),
  });
  return {
    own: mayReadDraft(role, 'self'),
    below: mayReadDraft(role, 'descendant'),
    departments: { own: mayCascade('self'), below: mayCascade('descendant') },
  };
};

const isNeverPublished = (plan: PlanSummaryRow) => plan.status === 'draft' && plan.publishedVersion === 0;

/**
 * The signed-in principal if it may see `plan` and do `action` on it. A draft out of its sight is
 * answered like a plan that does not exist (404), so its existence is not revealed — as a job of
 * another branch is; any other refusal is the policy's 403 with its reason. A draft whose ledger
 * rows were already issued into the principal's subtree (a cascade's 派生稿, a 回头看 rectification
 * plan) stays in sight, as the list shows it, and so does a department's draft its government's
 * plan office derived (`mayDeriveForDepartment`).
 */
export async function allowPlan(c: Context<AppEnv>, db: Db, action: Action, plan: PlanSummaryRow): Promise<Principal> {
  const principal = principalOf(requireAccount(c));
  if (
    isNeverPublished(plan) &&
    !mayReadDraft(principal.role, relationOf(principal, plan.ownerPath)) &&
    !(await hasAssignmentsWithin(db, plan.id, principal.orgPath)) &&
    !(await mayReadDepartmentDraft(db, principal, plan))
  )
    throw new PlanNotFoundError(plan.id);
  return allow(c, action, planTarget(plan));
}

/**
 * 部门分解本级方案: the plan office that may send a plan down (`plan.cascade`) may derive it for a
 * department or the office of the plan's own government, and reads that draft. A subordinate
 * government's draft stays its own until issued.
 */
export function mayDeriveForDepartment(
  principal: Principal,
  parent: PlanSummaryRow,
  child: Pick<OrgRecord, 'kind' | 'parentId'>,
): boolean {
  return (
    child.parentId === parent.ownerOrgId &&
    !isTerritorial(child) &&
    authorize(principal, 'plan.cascade', planTarget(parent)).allowed
  );
}

/** Whether the plan is a department's, derived from its government's plan the principal may send down. */
async function mayReadDepartmentDraft(db: Db, principal: Principal, plan: PlanSummaryRow): Promise<boolean> {
  if (!plan.parentPlanId) return false;
  const parent = await getPlanSummary(db, plan.parentPlanId).catch(() => undefined);
  const owner = parent ? await getOrg(db, plan.ownerOrgId).catch(() => undefined) : undefined;
  return Boolean(parent && owner && mayDeriveForDepartment(principal, parent, owner));
}
