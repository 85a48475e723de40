import {
  ENDING_CATEGORIES,
  ISSUED_STATE,
  STATE_CATEGORIES,
  type StateCategory,
  type WorkflowState,
  type WorkflowTransition,
  type WorkflowVariant,
} from '@cascade/engine';

/**
 * A variant's definition as the designer edits it (the server owns id and version). Every edit
 * below returns a new definition, so the editor keeps a history to undo and the diagram, the
 * table and validation all read one value.
 */
export type Definition = Pick<WorkflowVariant, 'name' | 'initial' | 'states'>;

/** A designer's new variant: nothing but its name; the first state added is where tasks start. */
export const emptyDefinition = (name: string): Definition => ({ name, initial: '', states: {} });

/** The variant the engine validates and compiles (a draft has no id or version yet). */
export const asVariant = (definition: Definition, id = 'draft', version = 0): WorkflowVariant => ({
  id,
  version,
  ...definition,
});

/** Whether a state is where issued tasks start (its category is fixed: the work is to do). */
export const isStart = (key: string) => key === ISSUED_STATE;

/**
 * A state key the designer need not see: the start is ISSUED_STATE (rows are issued there); the
 * others are named by category and a number (`closed1`), so the same name means the same kind
 * of state across every office's variants (checkStateMeaning asks that).
 */
function stateKey(definition: Definition, category: StateCategory): string {
  if (!definition.states[ISSUED_STATE] && category === 'open') return ISSUED_STATE;
  for (let n = 1; ; n++) if (!definition.states[`${category}${n}`]) return `${category}${n}`;
}

export function addState(definition: Definition, label: string, category: StateCategory): Definition {
  const key = stateKey(definition, category);
  const state: WorkflowState = { label, category, ...(ENDING_CATEGORIES.includes(category) ? { final: true } : {}) };
  return {
    ...definition,
    initial: definition.states[definition.initial] ? definition.initial : key,
    states: { ...definition.states, [key]: state },
  };
}

/** Changes a state; a new category gives it a new key (and every transition into it follows). */
export function updateState(definition: Definition, key: string, patch: Partial<WorkflowState>): Definition {
  const state = definition.states[key];
  if (!state) return definition;
  const next: WorkflowState = { ...state, ...patch };
  if (next.final) delete next.on;
  if (!patch.category || patch.category === state.category || isStart(key)) {
    return { ...definition, states: { ...definition.states, [key]: next } };
  }
  const moved = stateKey({ ...definition, states: withoutKey(definition.states, key) }, patch.category);
  return renameState({ ...definition, states: { ...definition.states, [key]: next } }, key, moved);
}

function renameState(definition: Definition, from: string, to: string): Definition {
  const retarget = (on: Record<string, WorkflowTransition> | undefined) =>
    on && Object.fromEntries(Object.entries(on).map(([e, t]) => [e, t.target === from ? { ...t, target: to } : t]));
  const states = Object.fromEntries(
    Object.entries(definition.states).map(([k, s]) => [k === from ? to : k, withOn(s, retarget(s.on))]),
  );
  return { ...definition, initial: definition.initial === from ? to : definition.initial, states };
}

/** Removes a state and every transition into it; the start moves to the first state left. */
export function removeState(definition: Definition, key: string): Definition {
  const states = Object.fromEntries(
    Object.entries(withoutKey(definition.states, key)).map(([k, s]) => [
      k,
      withOn(s, s.on && Object.fromEntries(Object.entries(s.on).filter(([, t]) => t.target !== key))),
    ]),
  );
  const initial = states[definition.initial] ? definition.initial : (Object.keys(states)[0] ?? '');
  return { ...definition, initial, states };
}

/** An event name for a new step (STEP1, STEP2 …), unless the author chose a known one. */
export function freeEventName(definition: Definition, from: string): string {
  const taken = definition.states[from]?.on ?? {};
  for (let n = 1; ; n++) if (!taken[`STEP${n}`]) return `STEP${n}`;
}

/** A new transition, fired by the assigned unit until the author says otherwise. */
export function addTransition(
  definition: Definition,
  from: string,
  event: string,
  transition: Pick<WorkflowTransition, 'target' | 'label'> & Partial<WorkflowTransition>,
): Definition {
  const state = definition.states[from];
  if (!state) return definition;
  const added: WorkflowTransition = { by: ['assignee'], ...transition };
  return { ...definition, states: { ...definition.states, [from]: { ...state, on: { ...state.on, [event]: added } } } };
}

/** Changes a transition in place (a new event name keeps its position among the state's). */
export function updateTransition(
  definition: Definition,
  from: string,
  event: string,
  patch: Partial<WorkflowTransition>,
  renamedTo = event,
): Definition {
  const state = definition.states[from];
  const current = state?.on?.[event];
  if (!state?.on || !current) return definition;
  const next = dropEmpty({ ...current, ...patch });
  const on = Object.fromEntries(Object.entries(state.on).map(([e, t]) => (e === event ? [renamedTo, next] : [e, t])));
  return { ...definition, states: { ...definition.states, [from]: { ...state, on } } };
}

export function removeTransition(definition: Definition, from: string, event: string): Definition {
  const state = definition.states[from];
  if (!state?.on?.[event]) return definition;
  return { ...definition, states: { ...definition.states, [from]: withOn(state, withoutKey(state.on, event)) } };
}

/** Every transition of the definition, in the order the states and their events are listed. */
export function transitionsOf(
  definition: Definition,
): { from: string; event: string; transition: WorkflowTransition }[] {
  return Object.entries(definition.states).flatMap(([from, s]) =>
    Object.entries(s.on ?? {}).map(([event, transition]) => ({ from, event, transition })),
  );
}

/** The categories in the order the designer offers them. */
export const CATEGORIES: readonly StateCategory[] = STATE_CATEGORIES;

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

function withOn(state: WorkflowState, on: Record<string, WorkflowTransition> | undefined): WorkflowState {
  const { on: _old, ...rest } = state;
  return on && Object.keys(on).length ? { ...rest, on } : rest;
}

/** Optional lists left empty are dropped, so an untouched transition diffs as unchanged. */
function dropEmpty(t: WorkflowTransition): WorkflowTransition {
  const out: WorkflowTransition = { ...t };
  if (!out.guards?.length) delete out.guards;
  if (!out.input?.length) delete out.input;
  if (!out.effect) delete out.effect;
  return out;
}
