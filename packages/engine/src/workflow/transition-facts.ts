import { ROLES } from '../access/roles.ts';
import type { WorkflowContext, WorkflowEvent } from './workflow-variant.ts';

/** A fact a transition's rule guard may read, with its type (the designer's condition rows). */
export type TransitionFact = {
  name: string;
  type: 'number' | 'boolean' | 'enum' | 'text';
  options?: readonly string[];
};

/**
 * The facts of a step as a rule guard sees them: who fires it and what they gave. One list, read
 * by the guard's evaluation (`transitionFacts`) and by the designer's rule builder.
 */
export const TRANSITION_FACTS: readonly TransitionFact[] = [
  { name: 'evidenceCount', type: 'number' },
  { name: 'hasReason', type: 'boolean' },
  { name: 'headApproved', type: 'boolean' },
  { name: 'actorRole', type: 'enum', options: ROLES },
  { name: 'eventType', type: 'text' },
  { name: 'actorOrgId', type: 'text' },
];

/** The facts a rule guard reads: the assignment's own facts plus the step's. */
export function transitionFacts(context: WorkflowContext, event: WorkflowEvent): Record<string, unknown> {
  return {
    ...context.facts,
    eventType: event.type,
    actorRole: event.actor.role,
    actorOrgId: event.actor.orgId,
    evidenceCount: event.evidence?.length ?? 0,
    headApproved: event.headApproved === true,
    hasReason: (event.reason ?? '').trim().length > 0,
  };
}
