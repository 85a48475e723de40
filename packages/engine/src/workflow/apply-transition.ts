import type { CompiledWorkflow } from './compile-workflow.ts';
import { GUARD_MESSAGES } from './guards.ts';
import { INPUT_LABELS, missingInput } from './transition-input.ts';
import type { TransitionEffect, WorkflowContext, WorkflowEvent } from './workflow-variant.ts';

/** A refused transition is a result, not an exception: the caller turns it into a 409/422. */
export type TransitionResult =
  | { ok: true; from: string; to: string; label: string; effect?: TransitionEffect }
  | { ok: false; reason: 'unknownState' | 'notAllowed' | 'guard'; from: string; message: string; guard?: string };

/**
 * Applies one event to an assignment in `state`, purely: xstate computes the next state, and a
 * refusal is explained from the same guard implementations the machine ran.
 */
export function applyTransition(
  workflow: CompiledWorkflow,
  state: string,
  context: WorkflowContext,
  event: WorkflowEvent,
): TransitionResult {
  const stateDef = workflow.variant.states[state];
  if (!stateDef) {
    return {
      ok: false,
      reason: 'unknownState',
      from: state,
      message: `流程“${workflow.variant.name}”没有状态 ${state}`,
    };
  }
  const def = stateDef.on?.[event.type];
  if (!def) {
    return { ok: false, reason: 'notAllowed', from: state, message: `“${stateDef.label}”状态下不能执行 ${event.type}` };
  }
  // xstate picks the transition its guards enable (as `snapshot.can` does), without building the
  // throwaway actor its pure `transition` makes for every call: the machines have no actions, so the
  // transition taken says all there is. A transition back into the same state (a plan's new version)
  // is taken like any other.
  const snapshot = workflow.machine.resolveState({ value: state, context });
  const [taken] = workflow.machine.getTransitionData(snapshot, event);
  const to = taken?.target?.[0]?.key;
  if (to === def.target) {
    return { ok: true, from: state, to, label: def.label, ...(def.effect ? { effect: def.effect } : {}) };
  }
  const failed = (def.guards ?? []).find((g) => !workflow.checkGuard(g, context, event));
  if (!failed) {
    const missing = missingInput(def, context, event);
    if (missing) {
      return {
        ok: false,
        reason: 'guard',
        from: state,
        message: `${def.label}：请填写${INPUT_LABELS[missing]}`,
        guard: missing,
      };
    }
  }
  const guardName = typeof failed === 'string' ? failed : failed?.rule;
  const message = typeof failed === 'string' ? GUARD_MESSAGES[failed] : `不满足规则 ${guardName ?? ''}`;
  return {
    ok: false,
    reason: 'guard',
    from: state,
    message: `${def.label}：${message}`,
    ...(guardName ? { guard: guardName } : {}),
  };
}
