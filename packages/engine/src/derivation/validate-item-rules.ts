import {
  formatGrowth,
  growthAfter,
  growthFactor,
  growthFactorAfter,
  MAX_ITEM_TEXT_LENGTH,
  MAX_LOCALIZED_TEXT_LENGTH,
  MAX_SUBSTITUTE_GROWTH,
  NO_GROWTH,
  type TextGrowth,
} from '../rules/substitute-growth.ts';
import type { RuleProblem } from '../rules/validate-rule.ts';
import { validateRule } from '../rules/validate-rule.ts';
import { DEFAULT_PROFILE, levelWordPairs } from './default-profile.ts';

/** As many rules as the item editor saves (`itemPatchRequestSchema.rules`). */
export const MAX_ITEM_RULES = 50;

/** The events an item's own rules act on (`evaluate-item-rules.ts`); the others are template rules. */
const ITEM_EVENTS = ['include', 'exclude', 'substitute'];

/** Every word `selfWord` answers: the default profile rewrites any of them into any other. */
const SELF_WORDS = ['省', '市', '自治区', '州', '地区', '盟', '县', '旗', '区', '街道', '镇', '乡'];

const VILLAGE_PAIRS = (DEFAULT_PROFILE.find((r) => r.event.type === 'substitute')?.event.params?.pairs ??
  []) as readonly [string, string][];

/**
 * What the default profile may append after an item's own substitutions, for every pair of
 * words a parent and a child may call themselves by: the item's worst case is the worst of these.
 */
const PROFILE_SEQUENCES: readonly (readonly [string, string])[][] = [
  ...new Map(
    SELF_WORDS.flatMap((parent) =>
      SELF_WORDS.flatMap((child) =>
        [true, false].map((county) => [
          ...(parent === child ? [] : levelWordPairs(parent, child, county)),
          ...VILLAGE_PAIRS,
        ]),
      ),
    ).map((sequence) => [JSON.stringify(sequence), sequence]),
  ).values(),
];

/** Each sequence with the characters its originals read and its growth on an untouched text. */
const PROFILES = PROFILE_SEQUENCES.map((sequence) => ({
  sequence,
  reads: new Set(sequence.flatMap(([from]) => from.split(''))),
  alone: growthFactorAfter(sequence, NO_GROWTH),
}));
const PROFILE_READS = [...new Set(PROFILES.flatMap((p) => [...p.reads]))];

/**
 * The most an item's text may grow: its own substitutions, then the default profile's, at worst.
 * A profile that reads none of the characters the item's rules wrote grows the text as it would
 * alone, so only the ones that do are worked through.
 */
function worstGrowth(own: TextGrowth): number {
  const rewritten = PROFILE_READS.filter((ch) => (own.byChar.get(ch) ?? 1) < 1);
  let worst = growthFactor(own);
  for (const p of PROFILES) {
    const chained = rewritten.some((ch) => p.reads.has(ch));
    worst = Math.max(worst, chained ? growthFactorAfter(p.sequence, own) : p.alone);
  }
  return worst;
}

/**
 * Checks an item's own rules (适用与本地化规则) as the derivation will apply them, before they are
 * saved: each rule as `validateRule` checks it, ids unique within the item, only the events an
 * item's rules act on, and — all substitutions together, followed by the default profile's — no
 * text the item editor accepts can grow past `MAX_LOCALIZED_TEXT_LENGTH`. Each problem's path
 * starts with the rule's index: `$[0].event.params.pairs[1]`. Every way rules are saved asks here.
 */
export function validateItemRules(rules: readonly unknown[]): RuleProblem[] {
  if (rules.length > MAX_ITEM_RULES) return [{ path: '$', message: `每个事项最多 ${MAX_ITEM_RULES} 条规则` }];
  const problems: RuleProblem[] = [];
  const ids = new Set<unknown>();
  let growth: TextGrowth = growthAfter([]);
  for (const [i, rule] of rules.entries()) {
    const own = validateRule(rule);
    problems.push(...own.map((p) => ({ path: `$[${i}]${p.path.slice(1)}`, message: p.message })));
    if (own.length) continue;
    const { id, event } = rule as { id: string; event: { type: string; params?: Record<string, unknown> } };
    if (ids.has(id)) problems.push({ path: `$[${i}].id`, message: `规则编号 ${id} 重复` });
    ids.add(id);
    if (!ITEM_EVENTS.includes(event.type)) {
      problems.push({
        path: `$[${i}].event.type`,
        message: `事项规则只能是承接条件（include、exclude）或替换用语（substitute）；${event.type} 用于方案模板规则`,
      });
    } else if (event.type === 'exclude' && event.params?.items !== undefined) {
      problems.push({ path: `$[${i}].event.params.items`, message: '事项规则排除的就是本事项，不需要 items' });
    } else if (event.type === 'substitute') {
      growth = growthAfter(event.params?.pairs as [string, string][], growth);
      const factor = worstGrowth(growth);
      if (factor > MAX_SUBSTITUTE_GROWTH) {
        problems.push({
          path: `$[${i}].event.params.pairs`,
          message: `与本事项前面的替换及层级用语本地化叠加后，文字最多可能变为原文的 ${formatGrowth(factor)}（上限 ${MAX_SUBSTITUTE_GROWTH} 倍：${MAX_ITEM_TEXT_LENGTH} 字的事项本地化后不超过 ${MAX_LOCALIZED_TEXT_LENGTH} 字），请减少叠加或缩短新文`,
        });
        // Later rules would only repeat the same problem.
        growth = growthAfter([]);
      }
    }
  }
  return problems;
}
