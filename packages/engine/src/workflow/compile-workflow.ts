import { type AnyStateMachine, createMachine } from 'xstate';
import { type CompiledCondition, compileCondition } from '../rules/compile-rule.ts';
import { BUILT_IN_GUARDS } from './guards.ts';
import { transitionFacts } from './transition-facts.ts';
import { missingInput } from './transition-input.ts';
import type {
  TransitionGuard,
  WorkflowContext,
  WorkflowEvent,
  WorkflowTransition,
  WorkflowVariant,
} from './workflow-variant.ts';

export type CompiledWorkflow = {
  variant: WorkflowVariant;
  machine: AnyStateMachine;
  /** Evaluates one guard of the variant, for explaining a refusal. */
  checkGuard: (guard: TransitionGuard, context: WorkflowContext, event: WorkflowEvent) => boolean;
};

type GuardArgs = { context: WorkflowContext; event: WorkflowEvent };

/**
 * Compiles a variant into an xstate v5 machine. Call `validateWorkflow` first: this throws on
 * unknown targets (xstate's own check) but proves nothing about reachability.
 */
export function compileWorkflow(variant: WorkflowVariant): CompiledWorkflow {
  const ruleGuards = new Map<string, CompiledCondition>();
  const checkGuard = (guard: TransitionGuard, context: WorkflowContext, event: WorkflowEvent): boolean => {
    if (typeof guard === 'string') return BUILT_IN_GUARDS[guard](context, event);
    let compiled = ruleGuards.get(guard.rule);
    if (!compiled) {
      compiled = compileCondition(guard.condition);
      ruleGuards.set(guard.rule, compiled);
    }
    return compiled(transitionFacts(context, event));
  };
  // The required input and all of a transition's guards must pass; one predicate keeps the
  // guards in the authored order.
  const toXstateGuard = ({ guards = [], input = [] }: WorkflowTransition) =>
    guards.length || input.length
      ? ({ context, event }: GuardArgs) =>
          missingInput({ input }, context, event) === undefined && guards.every((g) => checkGuard(g, context, event))
      : undefined;
  const states = Object.fromEntries(
    Object.entries(variant.states).map(([name, state]) => [
      name,
      {
        ...(state.final ? { type: 'final' as const } : {}),
        meta: { label: state.label },
        on: Object.fromEntries(
          Object.entries(state.on ?? {}).map(([event, t]) => [
            event,
            { target: t.target, guard: toXstateGuard(t), meta: { label: t.label } },
          ]),
        ),
      },
    ]),
  );
  const machine = createMachine({
    id: `${variant.id}@${variant.version}`,
    types: {} as { context: WorkflowContext; events: WorkflowEvent; input: WorkflowContext },
    context: ({ input }) => input,
    initial: variant.initial,
    // biome-ignore lint/suspicious/noExplicitAny: states are built from data; their literal types are unknown here.
    states: states as any,
  });
  return { variant, machine, checkGuard };
}
