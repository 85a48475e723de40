import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATOR_NAMES } from './operators.ts';
import type { Facts, Rule, SharedConditions } from './rule.ts';
import { compileRuleSet } from './rule-set.ts';
import { validateRule } from './validate-rule.ts';

/**
 * Rules come from the designer as JSON a user typed or pasted. Whatever arrives, validation
 * answers with problems (a JSON path and a Chinese message each) and never throws; a rule it
 * accepts compiles and evaluates on any JSON facts without throwing.
 */
const SHARED: SharedConditions = { isCounty: { all: [{ fact: 'level', operator: 'equal', value: 'county' }] } };

const hostile = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '"); process.exit(1); ("',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal is the attack.
  '`${globalThis.x = 1}`',
  '\u2028',
  '\u0000',
  '<script>window.__xss=1</script>',
  "'; DROP TABLE plans;--",
  '',
);
const name = fc.oneof(fc.constantFrom('level', 'tags', 'info', 'name', 'ghost'), hostile, fc.string({ maxLength: 8 }));
const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile, fc.constant(undefined));
const path = fc.oneof(
  fc.constantFrom(
    '$',
    '$.a',
    '$.a.b',
    '$.list[0]',
    "$['名称']",
    '$..name',
    '$.a[*]',
    '$[?(@.x)]',
    'a.b',
    '$.__proto__',
  ),
  fc.string({ maxLength: 10 }),
  anything,
);
const operator = fc.oneof(fc.constantFrom(...OPERATOR_NAMES), hostile, anything);

/** Leaves that are nearly right: each field sometimes missing, sometimes of the wrong type. */
const leaf = fc.record(
  {
    fact: fc.oneof(name, anything),
    operator,
    value: fc.oneof(anything, fc.record({ fact: fc.oneof(name, anything), path }, { requiredKeys: ['fact'] })),
    path,
  },
  { requiredKeys: [] },
);
const condition = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    anything,
    fc.record({ all: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), anything) }),
    fc.record({ any: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), anything) }),
    fc.record({ not: tie('node') }),
    fc.record({ condition: fc.oneof(fc.constantFrom('isCounty', 'missing'), hostile, anything) }),
    // Two keys where one belongs.
    fc.record({ all: fc.array(tie('node'), { maxLength: 2 }), fact: name }),
  ),
})).node;
/** Events the derivation acts on, each with parameters that are sometimes right. */
const eventType = fc.constantFrom('include', 'exclude', 'substitute', 'substituteLevelWords', 'deadlineBefore');
const pair = fc.oneof(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 12 })), anything);
const params = fc.oneof(
  fc.record({ pairs: fc.oneof(fc.array(pair, { maxLength: 4 }), anything) }),
  fc.record({ workingDays: fc.oneof(fc.integer({ min: -2, max: 300 }), anything) }),
  fc.record({ items: fc.oneof(fc.array(fc.oneof(fc.string(), anything), { maxLength: 3 }), anything) }),
  fc.dictionary(name, anything, { maxKeys: 2 }),
  anything,
);
const event = fc.oneof(
  fc.record({ type: fc.oneof(eventType, anything) }),
  fc.record({ type: fc.oneof(eventType, anything), params }),
  anything,
);
/** What each event's parameters look like when they are right. */
const goodEvent = fc.oneof(
  fc.constant({ kind: 'applicability', event: { type: 'include' } }),
  fc.record({
    kind: fc.constant('applicability'),
    event: fc.record({
      type: fc.constant('exclude'),
      params: fc.record({ items: fc.array(fc.string({ minLength: 1 })) }),
    }),
  }),
  fc.record({
    kind: fc.constant('localization'),
    event: fc.record({
      type: fc.constant('substitute'),
      params: fc.record({
        pairs: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 6 })), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
    }),
  }),
  fc.constant({ kind: 'localization', event: { type: 'substituteLevelWords' } }),
  fc.record({
    kind: fc.constant('deadline'),
    event: fc.record({
      type: fc.constant('deadlineBefore'),
      params: fc.record({ workingDays: fc.integer({ min: 1, max: 250 }) }),
    }),
  }),
);
const rule = fc.record(
  {
    id: fc.oneof(fc.constantFrom('r1', 'r2'), anything),
    name: fc.oneof(fc.constant('规则'), anything),
    kind: fc.oneof(fc.constantFrom('applicability', 'localization', 'deadline', 'guard', 'alert'), anything),
    event,
    priority: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), anything),
    conditions: condition,
  },
  { requiredKeys: ['conditions'] },
);
/** Well-formed rules over hostile names, values and facts: what validation lets through. */
const goodPath = fc.option(fc.constantFrom('$', '$.a', '$.a.b', '$.list[0]', "$['名称']", '$.__proto__', '$.length'), {
  nil: undefined,
});
const goodLeaf = fc
  .record({
    fact: name,
    operator: fc.constantFrom(...OPERATOR_NAMES),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile, fc.record({ fact: name })),
    path: goodPath,
  })
  .map(({ path, ...rest }) => ({
    ...rest,
    ...(path ? { path } : {}),
    ...((rest.operator === 'in' || rest.operator === 'notIn') && !Array.isArray(rest.value) && !isFactRef(rest.value)
      ? { value: [rest.value] }
      : {}),
  }));
function isFactRef(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'fact' in v;
}
const goodCondition = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    goodLeaf,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
    fc.constant({ condition: 'isCounty' }),
  ),
})).node;
const goodRule = fc
  .record({
    id: fc.constantFrom('r1', '__proto__', '"); x("'),
    name: fc.oneof(fc.string(), hostile),
    kindAndEvent: goodEvent,
    conditions: fc.oneof(
      fc.record({ all: fc.array(goodCondition, { maxLength: 3 }) }),
      fc.record({ any: fc.array(goodCondition, { maxLength: 3 }) }),
    ),
  })
  .map(({ kindAndEvent, ...rest }) => ({ ...rest, ...kindAndEvent }));
/** Any JSON at all, and JSON with the keys of a rule. */
const submitted = fc.oneof(rule, fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }));
const facts: fc.Arbitrary<Facts> = fc.dictionary(name, fc.jsonValue({ maxDepth: 3 }), { noNullPrototype: true });

/** Nested past any sensible depth: `{ not: { not: … } }` a few thousand times. */
function deeplyNested(depth: number): unknown {
  let node: unknown = { fact: 'level', operator: 'equal', value: 1 };
  for (let i = 0; i < depth; i++) node = { not: node };
  return { id: 'deep', name: '深', kind: 'applicability', event: { type: 'include' }, conditions: { all: [node] } };
}

describe('rule JSON from the designer', () => {
  it('property: validation never throws and every problem names a JSON path with a Chinese message', () => {
    fc.assert(
      fc.property(submitted, (candidate) => {
        const problems = validateRule(candidate, SHARED);
        expect(Array.isArray(problems)).toBe(true);
        for (const p of problems) {
          expect(p.path).toMatch(/^\$/);
          expect(p.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('property: a rule validation accepts compiles and evaluates on any JSON facts without throwing', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(rule, goodRule), fc.array(facts, { minLength: 1, maxLength: 5 }), (candidate, factSets) => {
        if (validateRule(candidate, SHARED).length > 0) return;
        accepted++;
        const set = compileRuleSet([candidate as Rule], SHARED);
        for (const f of factSets) {
          const passed = set.run(f);
          expect(passed.length === 0 || passed[0] === candidate).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
    // The generator reaches valid rules often enough for the second half to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it('refuses rules nested deeper than it reads, without overflowing the stack', () => {
    expect(validateRule(deeplyNested(10_000), SHARED)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('嵌套超过') }),
    ]);
  });

  it('keeps hostile fact names and values as data in the compiled code', () => {
    const candidate: Rule = {
      id: 'r',
      name: '注入',
      kind: 'applicability',
      event: { type: 'include' },
      conditions: {
        all: [
          { fact: '"]); globalThis.__pwned = 1; (f["', operator: 'equal', value: '"); globalThis.__pwned = 1; ("' },
        ],
      },
    };
    expect(validateRule(candidate)).toEqual([]);
    const set = compileRuleSet([candidate]);
    expect(set.run({ '"]); globalThis.__pwned = 1; (f["': '"); globalThis.__pwned = 1; ("' })).toEqual([candidate]);
    expect(set.run({})).toEqual([]);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
