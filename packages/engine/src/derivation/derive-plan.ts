import type { Deadline } from '../deadlines/deadline.ts';
import { addWorkingDays } from '../deadlines/working-days.ts';
import { selfWord } from '../orgs/division-type.ts';
import { isTerritorial, type Org } from '../orgs/org.ts';
import type { DraftItem, PlanDraft } from '../plans/plan-draft.ts';
import type { Facts, Rule } from '../rules/rule.ts';
import { compileRuleSet } from '../rules/rule-set.ts';
import { parseUnitCell } from '../units/parse-units.ts';
import type { UnitRole } from '../units/units-by-role.ts';
import { DEFAULT_PROFILE, levelWordPairs } from './default-profile.ts';
import { localizeText, type Substitution } from './localize-text.ts';
import { localizeUnit, unitReachesChild } from './localize-unit.ts';
import type { OrgDirectory } from './org-directory.ts';
import type { TraceStep } from './trace.ts';
import { governmentOf } from './unit-reach.ts';

export type DerivedItem = {
  label: string;
  sourceLabel: string;
  /** The parent item's id, when the parent plan is stored: what the derived item names as its source. */
  sourceId?: string;
  path: string[];
  text: string;
  units: Record<UnitRole, string[]>;
  deadline: Deadline;
  /** inherited: as the parent wrote it; localized: some field changed by a rule or mapping. */
  status: 'inherited' | 'localized';
  trace: TraceStep[];
};

export type ExcludedItem = { sourceLabel: string; path?: string[]; reason: string };

export type Derivation = { owner: Org; child: Org; year: number; items: DerivedItem[]; excluded: ExcludedItem[] };

export type DeriveOptions = {
  /** Template rules on top of the default profile (applicability, localization, deadline policy). */
  rules?: readonly Rule[];
};

const ROLES: UnitRole[] = ['lead', 'responsible', 'cooperate'];

/**
 * The facts rules read about the child. A department speaks with its government's words (惠州市
 * 司法局 still says 全市) and has its government's villages and communities.
 */
function childFacts(owner: Org, child: Org, directory: OrgDirectory): Facts {
  const government = governmentOf(child, directory);
  return {
    level: child.level,
    kind: child.kind,
    divisionType: government.divisionType,
    hasVillages: government.hasVillages,
    hasCommunities: government.hasCommunities,
    regionCode: child.regionCode,
    function: child.function,
    tags: child.tags,
    selfWord: selfWord(government.divisionType),
    parentWord: selfWord(governmentOf(owner, directory).divisionType),
    parentLevel: owner.level,
  };
}

function cites(rule: Rule): string | undefined {
  return rule.cites ? `${rule.cites.docNumber}${rule.cites.item ? ` ${rule.cites.item}` : ''}` : undefined;
}

/**
 * Derives a child org's draft from its superior's plan (派生): the items addressed to the child,
 * in its own words, with its own units and deadlines, each value with the trace of the rule or
 * mapping that produced it; the other items are listed as excluded with the reason. Pure.
 */
export function derivePlan(
  parent: PlanDraft,
  owner: Org,
  child: Org,
  directory: OrgDirectory,
  options: DeriveOptions = {},
): Derivation {
  const facts = childFacts(owner, child, directory);
  const fired = compileRuleSet([...DEFAULT_PROFILE, ...(options.rules ?? [])]).run(facts);
  const substitutions: Substitution[] = [];
  let workingDaysBefore = 0;
  let deadlineRule: Rule | undefined;
  const excludedBy = new Map<string, Rule>();
  for (const rule of fired) {
    const fact = `${child.name} ${JSON.stringify(facts.level)}/${child.divisionType ?? ''}`;
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
          fact: `${child.name} 自称“${facts.selfWord}”`,
          keepInLevelList: true,
        });
      }
    } else if (rule.event.type === 'substitute') {
      for (const [from, to] of (rule.event.params?.pairs as [string, string][] | undefined) ?? []) {
        substitutions.push({ from, to, rule: rule.id, fact });
      }
    } else if (rule.event.type === 'deadlineBefore') {
      workingDaysBefore = Math.max(workingDaysBefore, Number(rule.event.params?.workingDays ?? 0));
      deadlineRule = rule;
    } else if (rule.event.type === 'exclude') {
      // Each entry names an item by its id (stays when the outline is renumbered) or by its label.
      for (const name of (rule.event.params?.items as string[] | undefined) ?? []) excludedBy.set(name, rule);
    }
  }

  const items: DerivedItem[] = [];
  const excluded: ExcludedItem[] = [];
  for (const item of parent.items) {
    const ctx = { owner, child, directory };
    const reaching = ROLES.flatMap((role) =>
      item.units[role].filter((u) => unitReachesChild(u, ctx)).map((u) => ({ role, u })),
    );
    const ruleExclusion = (item.id && excludedBy.get(item.id)) || excludedBy.get(item.label);
    if (ruleExclusion) {
      excluded.push({
        sourceLabel: item.label,
        path: item.path,
        reason: `规则“${ruleExclusion.name}”排除（${ruleExclusion.id}）`,
      });
      continue;
    }
    const own = item.rules?.length ? evaluateItemRules(item.rules, facts, child) : undefined;
    if (own?.excludedBy) {
      excluded.push({ sourceLabel: item.label, path: item.path, reason: own.excludedBy });
      continue;
    }
    if (!reaching.length) {
      excluded.push({ sourceLabel: item.label, path: item.path, reason: exclusionReason(item, owner, child) });
      continue;
    }
    const derived = deriveItem(item, reaching[0]!, ctx, [...(own?.substitutions ?? []), ...substitutions], {
      workingDaysBefore,
      deadlineRule,
    });
    if (own?.includedBy) derived.trace.splice(1, 0, own.includedBy);
    items.push(item.id ? { ...derived, sourceId: item.id } : derived);
  }
  return { owner, child, year: parent.year, items, excluded };
}

const compiledItemRules = new WeakMap<readonly Rule[], ReturnType<typeof compileRuleSet>>();

/**
 * An item's own rules for one child: applicability rules decide whether it inherits the item
 * (an `exclude` rule that fires drops it; when there are `include` rules, one must fire), and
 * localization rules that fire add their substitutions to this item only. Each decision is traced.
 */
function evaluateItemRules(
  rules: readonly Rule[],
  facts: Facts,
  child: Org,
): { excludedBy?: string; includedBy?: TraceStep; substitutions: Substitution[] } {
  let compiled = compiledItemRules.get(rules);
  if (!compiled) {
    compiled = compileRuleSet(rules);
    compiledItemRules.set(rules, compiled);
  }
  const fired = new Set(compiled.run(facts));
  const fact = `${child.name}（${child.level}${child.divisionType ? `/${child.divisionType}` : ''}）`;
  const applicability = rules.filter((r) => r.kind === 'applicability');
  const exclusion = applicability.find((r) => r.event.type === 'exclude' && fired.has(r));
  if (exclusion)
    return { excludedBy: `规则“${exclusion.name}”：${fact}不承接此项（${exclusion.id}）`, substitutions: [] };
  const includes = applicability.filter((r) => r.event.type !== 'exclude');
  const inclusion = includes.find((r) => fired.has(r));
  if (includes.length && !inclusion) {
    const names = includes.map((r) => `“${r.name}”`).join('、');
    return { excludedBy: `${fact}不满足承接条件 ${names}`, substitutions: [] };
  }
  const substitutions: Substitution[] = rules
    .filter((r) => r.kind === 'localization' && r.event.type === 'substitute' && fired.has(r))
    .flatMap((r) =>
      ((r.event.params?.pairs as [string, string][] | undefined) ?? [])
        .filter(([from]) => typeof from === 'string' && from !== '')
        .map(([from, to]) => ({ from, to: String(to ?? ''), rule: r.id, fact: `${fact}满足“${r.name}”` })),
    );
  return {
    ...(inclusion
      ? { includedBy: { field: 'inclusion', rule: inclusion.id, fact: `${fact}满足“${inclusion.name}”` } }
      : {}),
    substitutions,
  };
}

function exclusionReason(item: DraftItem, owner: Org, child: Org): string {
  const all = ROLES.flatMap((r) => item.units[r].map((u) => u.text));
  if (!all.length) return '原文未写明责任单位，无法判断是否涉及下级';
  if (!isTerritorial(child)) return `责任单位（${all.join('、')}）未点名${child.name}或其职能，不涉及本单位`;
  return `责任单位（${all.join('、')}）均为${owner.name}本级单位，不涉及下级政府`;
}

function deriveItem(
  item: DraftItem,
  reach: { role: UnitRole; u: { text: string } },
  ctx: { owner: Org; child: Org; directory: OrgDirectory },
  substitutions: Substitution[],
  policy: { workingDaysBefore: number; deadlineRule: Rule | undefined },
): DerivedItem {
  const trace: TraceStep[] = [
    {
      field: 'inclusion',
      rule: 'applicability:unitReachesChild',
      fact: `${ctx.child.name}（${ctx.child.level}）属于“${reach.u.text}”`,
      from: reach.role,
    },
  ];
  const text = localizeText(item.text, substitutions);
  trace.push(...text.trace);
  const units: Record<UnitRole, string[]> = { lead: [], responsible: [], cooperate: [] };
  for (const role of ROLES) {
    for (const ref of item.units[role]) {
      const local = localizeUnit(ref, role, ctx);
      // A unit named in a senior role (lead before responsible before cooperate) is not repeated.
      const named = ROLES.flatMap((r) => units[r]);
      units[role].push(...local.texts.filter((t) => !named.includes(t)));
      if (local.texts.join('、') !== ref.text) trace.push(local.trace);
    }
  }
  const deadline = localizeDeadline(item.deadline, policy, trace);
  return {
    label: item.label,
    sourceLabel: item.label,
    path: item.path,
    text: text.text,
    units,
    deadline,
    status: trace.length > 1 ? 'localized' : 'inherited',
    trace,
  };
}

/** A child's due date is N working days before its parent's (never later); N from the rules. */
function localizeDeadline(
  parent: Deadline,
  policy: { workingDaysBefore: number; deadlineRule: Rule | undefined },
  trace: TraceStep[],
): Deadline {
  if (!parent.due || policy.workingDaysBefore <= 0 || !policy.deadlineRule) {
    trace.push({ field: 'deadline', rule: 'deadline:sameAsParent', fact: '无提前规则', to: parent.due ?? parent.text });
    return parent;
  }
  const due = addWorkingDays(parent.due, -policy.workingDaysBefore);
  const [y, m, d] = due.split('-').map(Number);
  trace.push({
    field: 'deadline',
    rule: policy.deadlineRule.id,
    fact: `提前 ${policy.workingDaysBefore} 个工作日`,
    from: parent.due,
    to: due,
    ...(cites(policy.deadlineRule) ? { cites: cites(policy.deadlineRule) } : {}),
  });
  return { ...parent, text: `${y}年${m}月${d}日前`, kind: 'date', due };
}

/**
 * A derived plan as the next level's parent: the child's items with their units parsed again,
 * so 博罗县's draft can be derived for its townships in turn.
 */
export function derivationToDraft(derivation: Derivation, parent: PlanDraft): PlanDraft {
  const units = (texts: string[]) => texts.flatMap((t) => parseUnitCell(t));
  return {
    ...parent,
    title: parent.title,
    items: derivation.items.map((item, i) => ({
      label: item.label,
      path: item.path,
      headings: [],
      text: item.text,
      units: {
        lead: units(item.units.lead),
        responsible: units(item.units.responsible),
        cooperate: units(item.units.cooperate),
      },
      deadline: item.deadline,
      line: i + 1,
    })),
    unplaced: [],
  };
}
