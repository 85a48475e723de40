import { describe, expect, it } from 'vitest';
import { groupByPlan } from './group-by-plan.ts';

describe('messages under a heading per plan', () => {
  it('puts the plan of the newest message first and keeps each plan’s messages newest first', () => {
    const entry = (id: number, planId: string | null, planTitle: string) => ({ id, planId, planTitle });
    const groups = groupByPlan([
      entry(9, 'p-county', '博罗县2022年要点'),
      entry(8, 'p-city', '惠州市2022年要点'),
      entry(7, 'p-county', '博罗县2022年要点'),
      entry(6, null, ''),
    ]);
    expect(groups.map((g) => [g.planTitle, g.items.map((i) => i.id)])).toEqual([
      ['博罗县2022年要点', [9, 7]],
      ['惠州市2022年要点', [8]],
      ['', [6]],
    ]);
  });
});
