import type { Org } from '../orgs/org.ts';
import type { Facts, Rule } from '../rules/rule.ts';
import { compileRuleSet } from '../rules/rule-set.ts';
import type { Substitution } from './localize-text.ts';
import { type TraceStep, traced } from './trace.ts';
import { ruleWords, type Said, say } from './trace-words.ts';

const compiledItemRules = new WeakMap<readonly Rule[], ReturnType<typeof compileRuleSet>>();

/** What an item's own rules decide for one child. */
export type ItemRulesOutcome = { excludedBy?: Said; includedBy?: TraceStep; substitutions: Substitution[] };

/**
 * An item's own rules for one child: applicability rules decide whether it inherits the item
 * (an `exclude` rule that fires drops it; when there are `include` rules, one must fire), and
 * localization rules that fire add their substitutions to this item only. Each decision is traced.
 * The rules have passed `validateItemRules` (derivation checks them first).
 */
export function evaluateItemRules(rules: readonly Rule[], facts: Facts, child: Org): ItemRulesOutcome {
  let compiled = compiledItemRules.get(rules);
  if (!compiled) {
    compiled = compileRuleSet(rules);
    compiledItemRules.set(rules, compiled);
  }
  const fired = new Set(compiled.run(facts));
  const applies = (r: Rule) => say('ruleApplies', { child: child.name, rule: ruleWords(r) });
  const applicability = rules.filter((r) => r.kind === 'applicability');
  const exclusion = applicability.find((r) => r.event.type === 'exclude' && fired.has(r));
  if (exclusion)
    return {
      excludedBy: say('excludedByItemRule', { rule: ruleWords(exclusion), child: child.name }),
      substitutions: [],
    };
  const includes = applicability.filter((r) => r.event.type !== 'exclude');
  const inclusion = includes.find((r) => fired.has(r));
  if (includes.length && !inclusion) {
    const names = includes.map((r) => `“${r.name}”`).join('、');
    return { excludedBy: say('notIncluded', { child: child.name, rules: names }), substitutions: [] };
  }
  const substitutions: Substitution[] = rules
    .filter((r) => r.kind === 'localization' && r.event.type === 'substitute' && fired.has(r))
    .flatMap((r) =>
      ((r.event.params?.pairs as [string, string][] | undefined) ?? []).map(([from, to]) => ({
        from,
        to,
        rule: r.id,
        said: applies(r),
      })),
    );
  return {
    ...(inclusion ? { includedBy: traced('inclusion', inclusion.id, applies(inclusion)) } : {}),
    substitutions,
  };
}
