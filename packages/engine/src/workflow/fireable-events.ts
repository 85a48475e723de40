import type { TransitionActor, TransitionInput, WorkflowTransition, WorkflowVariant } from './workflow-variant.ts';

/**
 * How the signed-in account stands to one row: whether it is the row's unit (承办单位), the
 * level that verifies it, the office whose plan issued it, and its role. The server works it out
 * from the row and the account; the engine decides what follows from it.
 */
export type ActorStanding = { assignee: boolean; verifier: boolean; planOwner: boolean; role: string };

/** One event the account can fire on the row now, with what it must give (the web's form). */
export type FireableEvent = {
  event: string;
  label: string;
  target: string;
  targetLabel: string;
  input: TransitionInput[];
};

/** Whether someone standing so may fire the transition (by its `by`). */
export function mayFire(transition: Pick<WorkflowTransition, 'by'>, standing: ActorStanding): boolean {
  return (transition.by ?? []).some((actor) => standsAs(actor, standing));
}

function standsAs(actor: TransitionActor, standing: ActorStanding): boolean {
  if (typeof actor === 'object') return actor.role === standing.role;
  return standing[actor];
}

/** The events a row in `state` offers this account, in the order the variant lists them. */
export function fireableEvents(variant: WorkflowVariant, state: string, standing: ActorStanding): FireableEvent[] {
  return Object.entries(variant.states[state]?.on ?? {})
    .filter(([, transition]) => mayFire(transition, standing))
    .map(([event, transition]) => ({
      event,
      label: transition.label,
      target: transition.target,
      targetLabel: variant.states[transition.target]?.label ?? transition.target,
      input: [...(transition.input ?? [])],
    }));
}

/** The transition a row in `state` leaves by on `event`, if any. */
export function transitionOn(variant: WorkflowVariant, state: string, event: string): WorkflowTransition | undefined {
  const on = variant.states[state]?.on;
  return on && Object.hasOwn(on, event) ? on[event] : undefined;
}

/**
 * Whether an org is the level that verifies a row (核验单位): the office whose plan issued it —
 * or, when that office is the row's own unit, any supervision above it (as the access policy
 * has it). Only that level verifies or returns; the server's standing and the web's buttons ask this.
 */
export function isVerifyingOrg(orgId: string, row: { orgId: string; ownerOrgId: string }): boolean {
  return row.ownerOrgId === row.orgId || orgId === row.ownerOrgId;
}
