import { describe, expect, it } from 'vitest';
import {
  AWAITING_REPORT_STATES,
  approvalEventIn,
  awaitsReport,
  BUILT_IN_ASSIGNMENT_STATES,
  CLOSED_STATE,
  categoryOf,
  FINISHED_STATES,
  ISSUED_LIFECYCLE_STATES,
  ISSUED_STATE,
  inLifecycleOrder,
  isFinished,
  isKnownAssignmentState,
  REOPENED_STATE,
  REPORTED_STATE,
  rowActionsIn,
  stateLabelOf,
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

describe('what a state means, read off the variants', () => {
  it('gives each built-in state its category; a designed review step is in review too', () => {
    expect(Object.fromEntries(BUILT_IN_ASSIGNMENT_STATES.map((s) => [s, categoryOf(s)]))).toEqual({
      draft: 'open',
      assigned: 'open',
      reported: 'inReview',
      verified: 'done',
      rectifying: 'rectifying',
      closed: 'closed',
      review1: 'inReview',
      review2: 'inReview',
      review3: 'inReview',
      extensionRequested: 'open',
      paused: 'suspended',
    });
    expect(categoryOf('review7')).toBe('inReview');
    expect(categoryOf('bogus')).toBeUndefined();
  });

  it('calls verified and closed work finished, and nothing else', () => {
    expect(FINISHED_STATES).toEqual(['verified', 'closed']);
    expect(BUILT_IN_ASSIGNMENT_STATES.filter(isFinished)).toEqual(['verified', 'closed']);
    expect(isFinished('bogus')).toBe(false);
  });

  it('names the states rows are issued in, reported to, reopened into and closed in', () => {
    expect([ISSUED_STATE, REPORTED_STATE, REOPENED_STATE, CLOSED_STATE]).toEqual([
      'assigned',
      'reported',
      'rectifying',
      'closed',
    ]);
    expect(ISSUED_LIFECYCLE_STATES).toEqual(['assigned', 'reported', 'verified', 'rectifying', 'closed']);
  });

  it('orders states along the lifecycle and says them in words', () => {
    expect(
      inLifecycleOrder(['closed', 'review2', 'verified', 'assigned', 'draft', 'rectifying', 'reported', 'review1']),
    ).toEqual(['draft', 'assigned', 'reported', 'review1', 'review2', 'verified', 'rectifying', 'closed']);
    expect(['assigned', 'review1', 'closed', 'review9'].map(stateLabelOf)).toEqual([
      '已下达',
      '初审',
      '已销号',
      'review9',
    ]);
  });

  it('offers the ledger actions the variants leave a state by, and 督办 until the work is finished', () => {
    expect(Object.fromEntries(BUILT_IN_ASSIGNMENT_STATES.map((s) => [s, rowActionsIn(s)]))).toEqual({
      draft: ['urge'],
      assigned: ['report', 'urge'],
      reported: ['verify', 'return', 'urge'],
      verified: [],
      rectifying: ['report', 'urge'],
      closed: [],
      review1: ['verify', 'return', 'urge'],
      review2: ['verify', 'return', 'urge'],
      review3: ['verify', 'return', 'urge'],
      extensionRequested: ['urge'],
      // 暂缓: nobody is urged about paused work.
      paused: [],
    });
    expect(rowActionsIn('review5')).toEqual(['verify', 'return', 'urge']);
    expect([approvalEventIn('reported'), approvalEventIn('review2'), approvalEventIn('review8')]).toEqual([
      'VERIFY',
      'PASS',
      'PASS',
    ]);
  });
});
