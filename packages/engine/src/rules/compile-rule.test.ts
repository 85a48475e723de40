import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile-rule.ts';
import type { Rule } from './rule.ts';
import { compileRuleSet } from './rule-set.ts';

const boluo = { level: 'county', divisionType: '县', hasVillages: true, hasCommunities: true, tags: ['山区'] };
const street = { level: 'township', divisionType: '街道', hasVillages: false, hasCommunities: true, tags: [] };

describe('compileCondition', () => {
  it('localizes 村 wording only for children with communities and no villages', () => {
    const needsCommunityWording = compileCondition({
      all: [
        { fact: 'hasVillages', operator: 'equal', value: false },
        { fact: 'hasCommunities', operator: 'equal', value: true },
      ],
    });
    expect(needsCommunityWording(street)).toBe(true);
    expect(needsCommunityWording(boluo)).toBe(false);
  });

  it('compares a fact with another fact', () => {
    const sameLevel = compileCondition({ all: [{ fact: 'level', operator: 'equal', value: { fact: 'parentLevel' } }] });
    expect(sameLevel({ level: 'county', parentLevel: 'county' })).toBe(true);
    expect(sameLevel({ level: 'county', parentLevel: 'city' })).toBe(false);
  });

  it('reads paths into object facts', () => {
    const isJustice = compileCondition({
      any: [{ fact: 'org', path: '$.function', operator: 'equal', value: 'justice' }],
    });
    expect(isJustice({ org: { function: 'justice' } })).toBe(true);
    expect(isJustice({ org: {} })).toBe(false);
  });

  it('resolves shared conditions and refuses unknown ones', () => {
    const shared = { isTownship: { all: [{ fact: 'level', operator: 'equal' as const, value: 'township' }] } };
    expect(compileCondition({ condition: 'isTownship' }, shared)(street)).toBe(true);
    expect(() => compileCondition({ condition: 'missing' }, shared)).toThrow('No condition missing exists');
  });
});

describe('compileRuleSet', () => {
  it('returns the passing rules, highest priority first', () => {
    const rule = (id: string, priority: number, level: string): Rule => ({
      id,
      kind: 'applicability',
      name: id,
      priority,
      conditions: { all: [{ fact: 'level', operator: 'equal', value: level }] },
      event: { type: 'include' },
    });
    const set = compileRuleSet([rule('a', 1, 'county'), rule('b', 5, 'county'), rule('c', 9, 'city')]);
    expect(set.run(boluo).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
