import { CompileContext, conditionSource, instantiate } from './compile-rule.ts';
import type { Facts, Rule, SharedConditions } from './rule.ts';

/** The rules that passed for one set of facts, highest priority first, then authored order. */
export type RuleSetResult = Rule[];

/**
 * A compiled set of rules: the hot path. The whole set becomes one generated function with
 * the conditions inlined, so evaluating it costs a few property reads and comparisons. Its
 * result equals json-rules-engine's success list for the same rules and facts (differential test).
 */
export type CompiledRuleSet = { rules: readonly Rule[]; run: (facts: Facts) => RuleSetResult };

export function compileRuleSet(rules: readonly Rule[], shared: SharedConditions = {}): CompiledRuleSet {
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || a.index - b.index)
    .map((x) => x.rule);
  const ctx = new CompileContext(shared);
  const tests = ordered.map((rule) => `if (${conditionSource(rule.conditions, ctx)}) out.push(${ctx.constant(rule)});`);
  const run = instantiate<(facts: Facts) => Rule[]>(
    `return function (f) { const out = []; ${tests.join('\n')} return out; };`,
    ctx,
  );
  return { rules, run };
}
