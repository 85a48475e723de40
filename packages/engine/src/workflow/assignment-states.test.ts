import { describe, expect, it } from 'vitest';
import { BUILT_IN_ASSIGNMENT_STATES, isKnownAssignmentState } from './assignment-states.ts';

describe('assignment states a ledger may filter on', () => {
  it('knows every built-in state and each review step, nothing else', () => {
    expect(BUILT_IN_ASSIGNMENT_STATES).toEqual(
      expect.arrayContaining(['draft', 'assigned', 'reported', 'verified', 'closed', 'rectifying', 'review3']),
    );
    for (const state of ['assigned', 'closed', 'review1', 'review12']) expect(isKnownAssignmentState(state)).toBe(true);
    for (const state of ['bogus', 'review0', 'review', 'Assigned', ''])
      expect(isKnownAssignmentState(state)).toBe(false);
  });
});
