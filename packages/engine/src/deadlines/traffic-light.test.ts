import { describe, expect, it } from 'vitest';
import { computeLight } from './traffic-light.ts';

const at = (today: string, due: string | null, state = 'assigned') =>
  computeLight({ today, due, state, yellowWorkingDays: 5 });

describe('computeLight', () => {
  it('is green with time left, yellow within 5 working days, red when overdue', () => {
    expect(at('2022-12-01', '2022-12-31')).toBe('green');
    expect(at('2022-12-26', '2022-12-31')).toBe('yellow');
    expect(at('2023-01-01', '2022-12-31')).toBe('red');
  });

  it('counts working days across the National Day holiday', () => {
    // 09-28 → 10-09: 09-29, 09-30, 10-08 (调休), 10-09 (调休) = 4 working days, so yellow.
    expect(at('2022-09-28', '2022-10-09')).toBe('yellow');
  });

  it('has no light without a due date, and stays green once verified', () => {
    expect(at('2022-12-01', null)).toBe('none');
    expect(at('2023-02-01', '2022-12-31', 'verified')).toBe('green');
  });
});
