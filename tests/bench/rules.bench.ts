import { compileRuleSet, type Facts, type Rule } from '@cascade/engine';
import { createReferenceRuleSet } from '@cascade/engine/testing';
import type { Benchmark } from './bench-result.ts';

/** Rules of the kinds a template carries: applicability and localization over org facts. */
export function rulesForProfile(): Rule[] {
  const rule = (id: string, conditions: Rule['conditions']): Rule => ({
    id,
    kind: 'applicability',
    name: id,
    conditions,
    event: { type: 'fire', params: { id } },
  });
  return [
    rule('county-governments', {
      all: [
        { fact: 'level', operator: 'equal', value: 'county' },
        { fact: 'kind', operator: 'equal', value: 'government' },
      ],
    }),
    rule('districts', { all: [{ fact: 'divisionType', operator: 'in', value: ['区', '市辖区'] }] }),
    rule('community-wording', {
      all: [
        { fact: 'hasVillages', operator: 'equal', value: false },
        { fact: 'hasCommunities', operator: 'equal', value: true },
      ],
    }),
    rule('justice-or-finance', {
      any: [
        { fact: 'function', operator: 'in', value: ['justice', 'finance'] },
        { fact: 'tags', operator: 'contains', value: '法治' },
      ],
    }),
    rule('not-zone', { not: { fact: 'kind', operator: 'equal', value: 'zone' } }),
    rule('large', { all: [{ fact: 'villageCount', operator: 'greaterThanInclusive', value: 100 }] }),
    rule('township-streets', {
      all: [
        { fact: 'level', operator: 'equal', value: 'township' },
        { fact: 'divisionType', operator: 'equal', value: '街道' },
      ],
    }),
    rule('depth', {
      any: [
        { fact: 'depth', operator: 'lessThan', value: 3 },
        { fact: 'org', path: '$.parent.level', operator: 'equal', value: 'city' },
      ],
    }),
  ];
}

/** Deterministic org-like fact sets (a linear congruential generator, so runs compare). */
export function factsForProfile(n: number): Facts[] {
  const levels = ['province', 'city', 'county', 'township'];
  const kinds = ['government', 'office', 'department', 'zone'];
  const types = ['县', '区', '县级市', '街道', '镇', '乡', null];
  const functions = ['justice', 'finance', 'health', null];
  // mulberry32: deterministic, so every run measures the same fact sets.
  let seed = 42;
  const next = (m: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % m;
  };
  return Array.from({ length: n }, () => ({
    level: levels[next(4)],
    kind: kinds[next(4)],
    divisionType: types[next(7)],
    function: functions[next(4)],
    hasVillages: next(2) === 0,
    hasCommunities: next(3) !== 0,
    villageCount: next(300),
    depth: next(6),
    tags: next(5) === 0 ? ['法治'] : [],
    org: { parent: { level: levels[next(4)] } },
  }));
}

export const rulesBenchmark: Benchmark = {
  name: 'rules',
  run: async ({ quick, log }) => {
    const rules = rulesForProfile();
    const compiled = compileRuleSet(rules);
    const reference = createReferenceRuleSet(rules);
    const facts = factsForProfile(quick ? 2_000 : 20_000);

    // The compiled evaluator is fast enough that one pass is too short to time well: repeat it.
    const repeat = quick ? 20 : 200;
    let passed = 0;
    const compiledStart = performance.now();
    for (let r = 0; r < repeat; r++) for (const f of facts) passed += compiled.run(f).length;
    const compiledMs = performance.now() - compiledStart;

    const refStart = performance.now();
    const expected: string[] = [];
    for (const f of facts) expected.push((await reference.run(f)).sort().join());
    const refMs = performance.now() - refStart;

    const ids = (f: Facts) =>
      compiled
        .run(f)
        .map((x) => x.id)
        .sort()
        .join();
    // Same results, and a rule set that fires sometimes (one that never fires would measure nothing).
    const agrees = passed > 0 && facts.every((f, i) => ids(f) === expected[i]);

    const refRate = facts.length / (refMs / 1000);
    const compiledRate = (facts.length * repeat) / (compiledMs / 1000);
    log(`rules: json-rules-engine ${refRate.toFixed(0)} fact sets/s, compiled ${compiledRate.toFixed(0)} fact sets/s`);
    const ratio = compiledRate / refRate;
    return [
      {
        name: 'rules: compiled evaluator vs json-rules-engine',
        value: Math.round(compiledRate),
        unit: 'fact sets/s',
        baseline: 'json-rules-engine engine.run',
        baselineValue: Math.round(refRate),
        ratio,
        target: '≥ 100×',
        met: ratio >= 100,
        agrees,
        details: { rules: rules.length, factSets: facts.length },
      },
    ];
  },
};
