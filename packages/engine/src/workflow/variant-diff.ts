import type { WorkflowState, WorkflowTransition, WorkflowVariant } from './workflow-variant.ts';

/** One difference between a published variant and its draft, as the designer lists it before publishing. */
export type VariantChange =
  | { kind: 'stateAdded' | 'stateRemoved'; state: string; label: string }
  | { kind: 'stateChanged'; state: string; label: string; fields: (keyof WorkflowState)[] }
  | { kind: 'transitionAdded' | 'transitionRemoved'; state: string; event: string; label: string }
  | { kind: 'transitionChanged'; state: string; event: string; label: string; fields: (keyof WorkflowTransition)[] }
  | { kind: 'initialChanged'; from: string; to: string };

type Definition = Pick<WorkflowVariant, 'initial' | 'states'>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): (keyof T)[] {
  return fields.filter((f) => !same(before[f], after[f]));
}

const STATE_FIELDS = ['label', 'category', 'final'] as const;
const TRANSITION_FIELDS = ['target', 'label', 'guards', 'by', 'input', 'effect'] as const;

/**
 * What publishing `draft` over `published` changes: states and transitions added, removed or
 * changed (and which of their fields), in the draft's order then the removed ones. Nothing
 * published yet means everything is new.
 */
export function diffVariants(published: Definition | null, draft: Definition): VariantChange[] {
  const before = published?.states ?? {};
  const changes: VariantChange[] = [];
  if (published && published.initial !== draft.initial) {
    changes.push({ kind: 'initialChanged', from: published.initial, to: draft.initial });
  }
  for (const [name, state] of Object.entries(draft.states)) {
    const old = before[name];
    if (!old) {
      changes.push({ kind: 'stateAdded', state: name, label: state.label });
    } else {
      const fields = changedFields<WorkflowState>(old, state, STATE_FIELDS);
      if (fields.length) changes.push({ kind: 'stateChanged', state: name, label: state.label, fields });
    }
    changes.push(...transitionChanges(name, old?.on ?? {}, state.on ?? {}));
  }
  for (const [name, state] of Object.entries(before)) {
    if (draft.states[name]) continue;
    changes.push({ kind: 'stateRemoved', state: name, label: state.label });
    changes.push(...transitionChanges(name, state.on ?? {}, {}));
  }
  return changes;
}

function transitionChanges(
  state: string,
  before: Record<string, WorkflowTransition>,
  after: Record<string, WorkflowTransition>,
): VariantChange[] {
  const changes: VariantChange[] = [];
  for (const [event, t] of Object.entries(after)) {
    const old = before[event];
    if (!old) {
      changes.push({ kind: 'transitionAdded', state, event, label: t.label });
      continue;
    }
    const fields = changedFields<WorkflowTransition>(old, t, TRANSITION_FIELDS);
    if (fields.length) changes.push({ kind: 'transitionChanged', state, event, label: t.label, fields });
  }
  for (const [event, t] of Object.entries(before)) {
    if (!after[event]) changes.push({ kind: 'transitionRemoved', state, event, label: t.label });
  }
  return changes;
}
