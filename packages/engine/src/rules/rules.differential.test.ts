import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReferenceRuleSet } from '../testing/index.ts';
import { OPERATOR_NAMES } from './operators.ts';
import type { Condition, Facts, LeafCondition, Rule, TopLevelCondition } from './rule.ts';
import { compileRuleSet } from './rule-set.ts';

/**
 * The compiled evaluator must give json-rules-engine's results exactly. Random rule sets over
 * random facts, including the reference's quirks: numeric strings, `in` on a string value,
 * missing facts, null, paths into objects and strings, fact-to-fact comparisons.
 */
const RULE_SETS = 50;
const FACT_SETS_PER_RULE_SET = 2_000; // 50 × 2,000 = 100,000 generated fact sets

const FACT_NAMES = ['level', 'kind', 'depth', 'hasVillages', 'tags', 'name', 'info', 'ghost'] as const;
const word = fc.constantFrom('county', 'city', '县', '区', '街道', 'justice', '', 'c');
const scalar = fc.oneof(
  word,
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom('12', '3abc', '0', 'NaN', '1e2'),
  fc.boolean(),
  fc.constant(null),
);
const factValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.record(
    {
      a: fc.oneof(scalar, fc.record({ b: scalar }, { noNullPrototype: true })),
      list: fc.array(scalar, { maxLength: 3 }),
    },
    { noNullPrototype: true },
  ),
);
const factsArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(FACT_NAMES.filter((n) => n !== 'ghost').map((n) => [n, factValue])),
  { requiredKeys: [], noNullPrototype: true },
);

const leaf: fc.Arbitrary<LeafCondition> = fc
  .record({
    fact: fc.constantFrom(...FACT_NAMES),
    operator: fc.constantFrom(...OPERATOR_NAMES),
    literal: scalar,
    list: fc.oneof(fc.array(scalar, { maxLength: 4 }), word),
    factRef: fc.option(fc.constantFrom(...FACT_NAMES), { nil: undefined }),
    path: fc.option(fc.constantFrom('$.a', '$.a.b', '$.list[0]', '$[0]', '$.length'), { nil: undefined }),
  })
  .map(({ fact, operator, literal, list, factRef, path }) => {
    const isListOp = operator === 'in' || operator === 'notIn';
    // `in` against a fact that is neither array nor string throws in both evaluators; keep values well-formed.
    const value = isListOp ? list : factRef ? { fact: factRef } : literal;
    return { fact, operator, value, ...(path ? { path } : {}) };
  });

const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const topLevel: fc.Arbitrary<TopLevelCondition> = fc.oneof(
  fc.record({ all: fc.array(condition, { maxLength: 3 }) }),
  fc.record({ any: fc.array(condition, { maxLength: 3 }) }),
  fc.record({ not: condition }),
);

const rules: fc.Arbitrary<Rule[]> = fc
  .array(fc.record({ conditions: topLevel, priority: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 })
  .map((list) =>
    list.map((r, i) => ({
      id: `r${i}`,
      kind: 'applicability' as const,
      name: `rule ${i}`,
      conditions: r.conditions,
      priority: r.priority,
      event: { type: 'include' },
    })),
  );

describe('compiled rules agree with json-rules-engine', () => {
  it(`on ${RULE_SETS * FACT_SETS_PER_RULE_SET} generated fact sets`, { timeout: 600_000 }, async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(rules, fc.integer(), async (ruleSet, seed) => {
        const compiled = compileRuleSet(ruleSet);
        const reference = createReferenceRuleSet(ruleSet);
        const factSets = fc.sample(factsArb, { numRuns: FACT_SETS_PER_RULE_SET, seed });
        for (const facts of factSets) {
          // Both must fail alike too (e.g. a numeric operator on an object fact throws in both).
          const expected = await reference.run(facts).then(
            (ids) => ids.sort().join(),
            (e: Error) => `error ${e.name}`,
          );
          let actual: string;
          try {
            actual = compiled
              .run(facts)
              .map((r) => r.id)
              .sort()
              .join();
          } catch (e) {
            actual = `error ${(e as Error).name}`;
          }
          if (actual !== expected) {
            throw new Error(
              `disagree on facts ${JSON.stringify(facts)}\nrules ${JSON.stringify(ruleSet)}\nreference ${expected} compiled ${actual}`,
            );
          }
          compared++;
        }
      }),
      { numRuns: RULE_SETS },
    );
    expect(compared).toBe(RULE_SETS * FACT_SETS_PER_RULE_SET);
  });
});
