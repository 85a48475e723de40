import { type CompiledRule, compileRule } from './compile-rule.ts';
import type { Facts, Rule, SharedConditions } from './rule.ts';

/** The rules that passed for one set of facts, highest priority first, then authored order. */
export type RuleSetResult = Rule[];

/**
 * A compiled set of rules: the hot path. `run` is synchronous and allocation-light; its result
 * equals json-rules-engine's success list for the same rules and facts (differential test).
 */
export type CompiledRuleSet = { rules: readonly Rule[]; run: (facts: Facts) => RuleSetResult };

export function compileRuleSet(rules: readonly Rule[], shared: SharedConditions = {}): CompiledRuleSet {
  const ordered: CompiledRule[] = rules
    .map((rule, index) => ({ compiled: compileRule(rule, shared), index }))
    .sort((a, b) => (b.compiled.rule.priority ?? 1) - (a.compiled.rule.priority ?? 1) || a.index - b.index)
    .map((x) => x.compiled);
  return {
    rules,
    run: (facts) => {
      const passed: Rule[] = [];
      for (const { rule, test } of ordered) if (test(facts)) passed.push(rule);
      return passed;
    },
  };
}
