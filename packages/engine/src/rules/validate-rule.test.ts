import { describe, expect, it } from 'vitest';
import { validateRule } from './validate-rule.ts';

const valid = {
  id: 'r1',
  kind: 'applicability',
  name: '县级继承',
  conditions: { all: [{ fact: 'level', operator: 'equal', value: 'county' }] },
  event: { type: 'include' },
};

describe('validateRule', () => {
  it('accepts a well-formed rule', () => {
    expect(validateRule(valid)).toEqual([]);
  });

  it('names the field at fault', () => {
    const bad = {
      ...valid,
      conditions: {
        all: [
          { fact: 'level', operator: 'equals', value: 'x' },
          { fact: 'tags', operator: 'in', value: 'x' },
        ],
      },
    };
    expect(validateRule(bad).map((p) => p.path)).toEqual(['$.conditions.all[0].operator', '$.conditions.all[1].value']);
  });

  it('refuses JSONPath features the compiled evaluator does not read', () => {
    const bad = { ...valid, conditions: { any: [{ fact: 'org', path: '$..name', operator: 'equal', value: 1 }] } };
    expect(validateRule(bad)).toEqual([
      { path: '$.conditions.any[0].path', message: expect.stringContaining('$..name') },
    ]);
  });

  it('rejects non-objects and leaves at the top level', () => {
    expect(validateRule('x')).toHaveLength(1);
    expect(validateRule({ ...valid, conditions: { fact: 'a', operator: 'equal', value: 1 } })[0]?.path).toBe(
      '$.conditions',
    );
  });
});
