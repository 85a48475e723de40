import { describe, expect, it } from 'vitest';
import {
  AWAITING_REPORT_STATES,
  awaitsReport,
  BUILT_IN_ASSIGNMENT_STATES,
  isKnownAssignmentState,
} from './assignment-states.ts';

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

describe('rows that still wait for their unit (a message about them is still to be acted on)', () => {
  it('waits while issued or in rectification, not once reported, in review, verified or closed', () => {
    expect([...AWAITING_REPORT_STATES].sort()).toEqual(['assigned', 'rectifying']);
    for (const state of ['reported', 'review1', 'verified', 'closed']) expect(awaitsReport(state)).toBe(false);
    expect(awaitsReport('assigned')).toBe(true);
  });
});
