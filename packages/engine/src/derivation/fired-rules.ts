import type { Org } from '../orgs/org.ts';
import type { Facts, Rule } from '../rules/rule.ts';
import { levelWordPairs } from './default-profile.ts';
import type { Substitution } from './localize-text.ts';
import type { Mention } from './mentions.ts';
import { reasonWords, ruleWords, say } from './trace-words.ts';

/** What the rules that fired for one child ask of its derivation, gathered once before its items. */
export type FiredRules = {
  substitutions: Substitution[];
  workingDaysBefore: number;
  deadlineRule: Rule | undefined;
  /** Items named by id or label that an `exclude` rule leaves out. */
  excludedBy: Map<string, Rule>;
  /** Tasks naming one of these words are left out (excludeMentioning). */
  leftOut: Mention[];
  /** Tasks naming one of these words become support for the superior (supportMentioning). */
  supported: Mention[];
  superiorsGuide: Rule | undefined;
};

/** Reads the fired profile and template rules, each by its event, into what the items apply. */
export function readFiredRules(fired: readonly Rule[], facts: Facts, child: Org): FiredRules {
  const substitutions: Substitution[] = [];
  let workingDaysBefore = 0;
  let deadlineRule: Rule | undefined;
  const excludedBy = new Map<string, Rule>();
  const leftOut: Mention[] = [];
  const supported: Mention[] = [];
  let superiorsGuide: Rule | undefined;
  for (const rule of fired) {
    if (rule.event.type === 'substituteLevelWords') {
      for (const [from, to] of levelWordPairs(
        String(facts.parentWord),
        String(facts.selfWord),
        child.level === 'county',
      )) {
        substitutions.push({
          from,
          to,
          rule: rule.id,
          said: say('levelWords', { child: child.name, word: String(facts.selfWord) }),
          keepInLevelList: true,
        });
      }
    } else if (rule.event.type === 'substitute') {
      for (const [from, to] of (rule.event.params?.pairs as [string, string][] | undefined) ?? []) {
        substitutions.push({
          from,
          to,
          rule: rule.id,
          said: say('ruleApplies', { child: child.name, rule: ruleWords(rule) }),
        });
      }
    } else if (rule.event.type === 'deadlineBefore') {
      workingDaysBefore = Math.max(workingDaysBefore, Number(rule.event.params?.workingDays ?? 0));
      deadlineRule = rule;
    } else if (rule.event.type === 'exclude') {
      // Each entry names an item by its id (stays when the outline is renumbered) or by its label.
      for (const name of (rule.event.params?.items as string[] | undefined) ?? []) excludedBy.set(name, rule);
    } else if (rule.event.type === 'excludeMentioning' || rule.event.type === 'supportMentioning') {
      const mention = {
        rule,
        words: (rule.event.params?.words as string[] | undefined) ?? [],
        reason: reasonWords(rule),
      };
      (rule.event.type === 'excludeMentioning' ? leftOut : supported).push(mention);
    } else if (rule.event.type === 'superiorUnitsGuide') {
      superiorsGuide = rule;
    }
  }
  return { substitutions, workingDaysBefore, deadlineRule, excludedBy, leftOut, supported, superiorsGuide };
}
