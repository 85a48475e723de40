import { describe, expect, it } from 'vitest';
import { EXTENSION_WORKFLOW, STANDARD_WORKFLOW } from './standard-variants.ts';
import { diffVariants } from './variant-diff.ts';
import type { WorkflowVariant } from './workflow-variant.ts';

const clone = (v: WorkflowVariant): WorkflowVariant => JSON.parse(JSON.stringify(v)) as WorkflowVariant;

describe('diffVariants', () => {
  it('finds nothing between a variant and itself', () => {
    expect(diffVariants(STANDARD_WORKFLOW, clone(STANDARD_WORKFLOW))).toEqual([]);
  });

  it('lists every state and transition as added when nothing is published', () => {
    const changes = diffVariants(null, EXTENSION_WORKFLOW);
    const states = Object.keys(EXTENSION_WORKFLOW.states);
    const transitions = Object.values(EXTENSION_WORKFLOW.states).flatMap((s) => Object.keys(s.on ?? {}));
    expect(changes.filter((c) => c.kind === 'stateAdded').map((c) => 'state' in c && c.state)).toEqual(states);
    expect(changes.filter((c) => c.kind === 'transitionAdded')).toHaveLength(transitions.length);
  });

  it('names the fields of a changed state and transition, and what was removed', () => {
    const draft = clone(EXTENSION_WORKFLOW);
    const [stateName, state] = Object.entries(draft.states).find(([, s]) => Object.keys(s.on ?? {}).length >= 2) ?? [];
    if (!stateName || !state?.on) throw new Error('the library variant has a state with two transitions');
    state.label = `${state.label}（改）`;
    const [changedEvent, removedEvent] = Object.keys(state.on) as [string, string];
    (state.on[changedEvent] as { input?: string[] }).input = ['comment'];
    delete state.on[removedEvent];
    const changes = diffVariants(EXTENSION_WORKFLOW, draft);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'stateChanged', state: stateName, fields: ['label'] }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'transitionChanged', event: changedEvent, fields: ['input'] }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'transitionRemoved', event: removedEvent }));
  });

  it('reports a removed state with its transitions and a new start', () => {
    const draft = clone(EXTENSION_WORKFLOW);
    const removed = Object.keys(draft.states).find((s) => s !== draft.initial && !draft.states[s]?.final) as string;
    delete draft.states[removed];
    draft.initial = removed === 'issued' ? 'draft' : draft.initial;
    const changes = diffVariants(EXTENSION_WORKFLOW, draft);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'stateRemoved', state: removed }));
    const outgoing = Object.keys(EXTENSION_WORKFLOW.states[removed]?.on ?? {});
    for (const event of outgoing) {
      expect(changes).toContainEqual(expect.objectContaining({ kind: 'transitionRemoved', state: removed, event }));
    }
  });
});
