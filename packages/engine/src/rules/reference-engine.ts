import { Engine } from 'json-rules-engine';
import type { Facts, Rule, SharedConditions } from './rule.ts';

/**
 * json-rules-engine itself, configured as the product uses it: undefined facts read as
 * `undefined` (an org without a tag simply lacks it). This is the reference the compiled
 * evaluator must agree with. Only tests and benchmarks run it, through `@cascade/engine/testing`;
 * the product evaluates compiled rule sets (`rule-set.ts`), so json-rules-engine stays out of its bundles.
 */
export type ReferenceRuleSet = { run: (facts: Facts) => Promise<string[]> };

export function createReferenceRuleSet(rules: readonly Rule[], shared: SharedConditions = {}): ReferenceRuleSet {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, condition] of Object.entries(shared)) {
    // biome-ignore lint/suspicious/noExplicitAny: json-rules-engine's own condition type is looser than ours.
    engine.setCondition(name, condition as any);
  }
  for (const rule of rules) {
    engine.addRule({
      name: rule.id,
      priority: rule.priority ?? 1,
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      conditions: rule.conditions as any,
      event: { type: rule.event.type, params: { ...rule.event.params, ruleId: rule.id } },
    });
  }
  return {
    run: async (facts) => {
      const { events } = await engine.run({ ...facts });
      return events.map((e) => String(e.params?.ruleId));
    },
  };
}
