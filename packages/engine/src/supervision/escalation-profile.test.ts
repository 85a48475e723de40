import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION, dueEscalationSteps, readEscalationProfile } from './escalation-profile.ts';

describe('escalation after red', () => {
  it('raises 督办单 after 5 working days red and 约谈 after 10, counting the official calendar', () => {
    const due = '2022-09-28'; // then 国庆: 10-01…07 off, 10-08 and 10-09 are make-up working days
    expect(dueEscalationSteps(DEFAULT_ESCALATION, due, '2022-09-28')).toEqual([]);
    // 09-29, 09-30, 10-08, 10-09 are four working days: not yet a notice, though 11 calendar days passed.
    expect(dueEscalationSteps(DEFAULT_ESCALATION, due, '2022-10-09')).toEqual([]);
    expect(dueEscalationSteps(DEFAULT_ESCALATION, due, '2022-10-10').map((s) => s.action)).toEqual(['notice']);
    expect(dueEscalationSteps(DEFAULT_ESCALATION, due, '2022-10-17').map((s) => s.action)).toEqual([
      'notice',
      'interview',
    ]);
  });

  it('reads a template profile, defaulting when absent and ordering steps by days', () => {
    expect(readEscalationProfile(undefined)).toEqual({ ok: true, profile: DEFAULT_ESCALATION });
    const read = readEscalationProfile({
      steps: [
        { action: 'interview', afterRedWorkingDays: 15 },
        { key: 'again', action: 'remind', afterRedWorkingDays: 2 },
      ],
    });
    expect(read).toEqual({
      ok: true,
      profile: {
        steps: [
          { key: 'again', action: 'remind', afterRedWorkingDays: 2 },
          { key: 'interview', action: 'interview', afterRedWorkingDays: 15 },
        ],
      },
    });
  });

  it('names what is wrong in a bad profile', () => {
    const read = readEscalationProfile({
      steps: [
        { action: 'fire', afterRedWorkingDays: 1 },
        { action: 'notice', afterRedWorkingDays: -3 },
        { action: 'notice', afterRedWorkingDays: 3 },
        { action: 'notice', afterRedWorkingDays: 4 },
      ],
    });
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((p) => p.path)).toEqual([
      'escalation.steps[0].action',
      'escalation.steps[1].afterRedWorkingDays',
      'escalation.steps[3].key',
    ]);
    expect(readEscalationProfile({ steps: 'x' }).ok).toBe(false);
  });
});
