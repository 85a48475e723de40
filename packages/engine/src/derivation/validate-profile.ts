import { type RuleProblem, validateRule } from '../rules/validate-rule.ts';

/** As many rules as a template's localization profile keeps: the default has eight. */
export const MAX_PROFILE_RULES = 100;

/**
 * A template's localization profile (派生规则), checked as it is saved: a list of at most
 * `MAX_PROFILE_RULES` valid rules with distinct ids. Problems name the rule by its place
 * (`$[3].event.params.words`), as the item rules' checks do.
 */
export function validateProfileRules(rules: unknown): RuleProblem[] {
  if (!Array.isArray(rules)) return [{ path: '$', message: '派生规则必须是规则数组' }];
  if (rules.length > MAX_PROFILE_RULES)
    return [{ path: '$', message: `派生规则最多 ${MAX_PROFILE_RULES} 条，收到 ${rules.length} 条` }];
  const problems: RuleProblem[] = [];
  const seen = new Set<unknown>();
  rules.forEach((rule: unknown, i) => {
    for (const p of validateRule(rule)) problems.push({ path: `$[${i}]${p.path.slice(1)}`, message: p.message });
    const id = (rule as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && seen.has(id)) problems.push({ path: `$[${i}].id`, message: `规则 id “${id}” 重复` });
    seen.add(id);
  });
  return problems;
}
