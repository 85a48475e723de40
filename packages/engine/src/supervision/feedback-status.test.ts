import { describe, expect, it } from 'vitest';
import { countFeedback, judgeFeedback } from './feedback-status.ts';
import { rectificationDue, rectificationWorkingDays } from './rectification-due.ts';

describe('台账反馈: one definition', () => {
  it('is fed back once the derived plan is published, on time within the window, late after it', () => {
    const due = '2022-07-18';
    expect(judgeFeedback({ dueOn: due, fedBackOn: '2022-07-18', today: '2022-09-15' })).toEqual({
      fedBack: true,
      late: false,
      light: 'green',
    });
    expect(judgeFeedback({ dueOn: due, fedBackOn: '2022-09-15', today: '2022-09-15' })).toMatchObject({
      fedBack: true,
      late: true,
    });
  });

  it('counts down a pending one by the caller’s day, not the machine’s', () => {
    expect(judgeFeedback({ dueOn: '2022-07-18', fedBackOn: null, today: '2022-07-01' }).light).toBe('green');
    expect(judgeFeedback({ dueOn: '2022-07-18', fedBackOn: null, today: '2022-07-14' }).light).toBe('yellow');
    expect(judgeFeedback({ dueOn: '2022-07-18', fedBackOn: null, today: '2022-07-19' })).toEqual({
      fedBack: false,
      late: true,
      light: 'red',
    });
  });

  it('counts per addressed unit', () => {
    const rows = [
      judgeFeedback({ dueOn: '2022-07-18', fedBackOn: '2022-07-10', today: '2022-09-15' }),
      judgeFeedback({ dueOn: '2022-07-18', fedBackOn: '2022-08-01', today: '2022-09-15' }),
      judgeFeedback({ dueOn: '2022-07-18', fedBackOn: null, today: '2022-09-15' }),
    ];
    expect(countFeedback(rows)).toEqual({
      total: 3,
      fedBack: 2,
      fedBackLate: 1,
      pending: 1,
      overdue: 1,
      byLight: { green: 2, red: 1 },
    });
  });
});

describe('a rectification’s due date', () => {
  it('is 20 working days after reopening by default, holidays and 调休 counted', () => {
    // 2022-09-15 + 20 working days crosses 国庆 (10-01…07 off, 10-08 and 10-09 worked).
    expect(rectificationDue('2022-09-15', {})).toBe('2022-10-18');
    expect(rectificationDue('2022-09-15', { rectificationWorkingDays: 5 })).toBe('2022-09-22');
  });

  it('falls back to the default for a setting that is not a sensible whole number', () => {
    for (const bad of [0, -3, 2.5, '10', 1000, null])
      expect(rectificationWorkingDays({ rectificationWorkingDays: bad })).toBe(20);
  });
});
