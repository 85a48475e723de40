import { describe, expect, it } from 'vitest';
import { chinaDay, fixedClock, systemClock, yearOf } from './clock.ts';

describe('clock', () => {
  it('reads the day in China: 23:30 UTC on 30 September is already 1 October in 惠州', () => {
    expect(chinaDay(new Date('2022-09-30T23:30:00Z'))).toBe('2022-10-01');
    expect(chinaDay(new Date('2022-09-30T15:59:00Z'))).toBe('2022-09-30');
  });

  it('a fixed clock keeps its day and gives its year', () => {
    const clock = fixedClock('2022-09-15');
    expect(clock()).toBe('2022-09-15');
    expect(yearOf(clock)).toBe(2022);
  });

  it('the system clock answers a calendar day', () => {
    expect(systemClock()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
