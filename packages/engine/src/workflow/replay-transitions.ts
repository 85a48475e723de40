import { applyTransition } from './apply-transition.ts';
import type { CompiledWorkflow } from './compile-workflow.ts';
import type { WorkflowContext, WorkflowEvent } from './workflow-variant.ts';

/**
 * Rebuilds an assignment's state from its logged events, running each through the machine
 * again. Every logged event was accepted once, so each must be accepted again: a refusal means
 * the log and the machine disagree, and is reported rather than skipped.
 */
export function replayTransitions(
  workflow: CompiledWorkflow,
  context: WorkflowContext,
  events: readonly WorkflowEvent[],
  /** The state the assignment was created in (a cascade creates them `assigned`). */
  from: string = workflow.variant.initial,
): { state: string } | { error: string; at: number } {
  let state = from;
  for (const [i, event] of events.entries()) {
    const result = applyTransition(workflow, state, context, event);
    if (!result.ok) return { error: result.message, at: i };
    state = result.to;
  }
  return { state };
}
