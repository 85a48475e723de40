import { checkIssuedState, ISSUED_STATE, validateWorkflow } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import {
  addState,
  addTransition,
  asVariant,
  emptyDefinition,
  freeEventName,
  removeState,
  removeTransition,
  transitionsOf,
  updateState,
  updateTransition,
} from './variant-draft.ts';

/** Two states and one step between them, as a designer builds it from nothing. */
function twoStates() {
  let d = addState(emptyDefinition('报备流程'), '待办理', 'open');
  d = addState(d, '已办结', 'closed');
  const done = Object.keys(d.states).find((k) => k !== ISSUED_STATE) as string;
  return { d: addTransition(d, ISSUED_STATE, freeEventName(d, ISSUED_STATE), { target: done, label: '办结' }), done };
}

describe('editing a variant from nothing', () => {
  it('starts where tasks are issued, and builds a sound variant from two states and a step', () => {
    const { d, done } = twoStates();
    expect(d.initial).toBe(ISSUED_STATE);
    expect(d.states[done]).toMatchObject({ label: '已办结', category: 'closed', final: true });
    expect([...checkIssuedState(d), ...validateWorkflow(asVariant(d), { requireActors: true })]).toEqual([]);
  });

  it('renames a state whose category changes, and the transitions into it follow', () => {
    const { d, done } = twoStates();
    const changed = updateState(d, done, { category: 'done' });
    const key = Object.keys(changed.states).find((k) => k !== ISSUED_STATE) as string;
    expect(key).not.toBe(done);
    expect(transitionsOf(changed)[0]?.transition.target).toBe(key);
    expect(validateWorkflow(asVariant(changed), { requireActors: true })).toEqual([]);
  });

  it('keeps the start’s category: it is where issued work waits', () => {
    const { d } = twoStates();
    expect(Object.keys(updateState(d, ISSUED_STATE, { category: 'open', label: '办理中' }).states)).toContain(
      ISSUED_STATE,
    );
  });

  it('removes a state with the transitions into it, which validation then names', () => {
    const { d, done } = twoStates();
    const removed = removeState(d, done);
    expect(transitionsOf(removed)).toEqual([]);
    expect(
      validateWorkflow(asVariant(removed))
        .map((p) => p.message)
        .join(),
    ).toContain('终止');
  });

  it('updates a transition in place, renaming its event without moving it', () => {
    const { d } = twoStates();
    const [first] = transitionsOf(d);
    if (!first) throw new Error('the step was added');
    const withSecond = addTransition(d, ISSUED_STATE, 'STEP2', { target: ISSUED_STATE, label: '补充' });
    const renamed = updateTransition(withSecond, ISSUED_STATE, first.event, { input: ['reason'] }, 'FINISH');
    expect(Object.keys(renamed.states[ISSUED_STATE]?.on ?? {})).toEqual(['FINISH', 'STEP2']);
    expect(renamed.states[ISSUED_STATE]?.on?.FINISH?.input).toEqual(['reason']);
    expect(transitionsOf(removeTransition(renamed, ISSUED_STATE, 'STEP2'))).toHaveLength(1);
  });

  it('refuses, by the engine, a step nobody may fire', () => {
    const { d } = twoStates();
    const [first] = transitionsOf(d);
    const nobody = updateTransition(d, ISSUED_STATE, first?.event ?? '', { by: [] });
    expect(validateWorkflow(asVariant(nobody), { requireActors: true })).not.toEqual([]);
  });
});
