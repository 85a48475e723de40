import type { Deadline } from '../deadlines/deadline.ts';
import { addWorkingDays } from '../deadlines/working-days.ts';
import { selfWord } from '../orgs/division-type.ts';
import { isTerritorial, type Org } from '../orgs/org.ts';
import { capabilitiesOf } from '../orgs/org-capabilities.ts';
import type { DraftItem, PlanDraft } from '../plans/plan-draft.ts';
import type { Facts, Rule } from '../rules/rule.ts';
import { compileRuleSet } from '../rules/rule-set.ts';
import { MAX_LOCALIZED_TEXT_LENGTH } from '../rules/substitute-growth.ts';
import { type RuleProblem, validateRule } from '../rules/validate-rule.ts';
import { parseUnitCell } from '../units/parse-units.ts';
import type { UnitRole } from '../units/units-by-role.ts';
import { DEFAULT_PROFILE } from './default-profile.ts';
import { sectionForTask, sectionsOf } from './department-sections.ts';
import { DerivationError, type DerivationProblem } from './derivation-problem.ts';
import { evaluateItemRules } from './evaluate-item-rules.ts';
import { readFiredRules } from './fired-rules.ts';
import { localizeText, type Substitution } from './localize-text.ts';
import { type ItemUnitContext, localizeUnit, unitReachesChild } from './localize-unit.ts';
import { mentionIn } from './mentions.ts';
import { numberDerivedItems } from './number-derived-items.ts';
import type { OrgDirectory } from './org-directory.ts';
import { type TraceStep, traced } from './trace.ts';
import { roleWords, ruleWords, type Said, say, sayText } from './trace-words.ts';
import { governmentOf } from './unit-reach.ts';
import { validateItemRules } from './validate-item-rules.ts';

export type DerivedItem = {
  /** Its number in the child's own outline (1. …). */
  label: string;
  /** The parent's number, kept for the trace and 逐项对照. */
  sourceLabel: string;
  /** The parent's path, when the child numbers its outline differently. */
  sourcePath?: string[];
  /** The parent item's id, when the parent plan is stored: what the derived item names as its source. */
  sourceId?: string;
  path: string[];
  text: string;
  units: Record<UnitRole, string[]>;
  /** The superior's units that guide this task at the child's level (指导单位): not the child's to assign. */
  guidedBy?: string[];
  /** Units of the same government that share the task in a department's plan (协同单位). */
  partners?: string[];
  deadline: Deadline;
  /** inherited: as the parent wrote it; localized: some field changed by a rule or mapping. */
  status: 'inherited' | 'localized';
  trace: TraceStep[];
};

/** An item left out and why: `reason` in Chinese, `say` as the reader reads it. */
export type ExcludedItem = { sourceLabel: string; path?: string[]; reason: string; say?: Said };

export type Derivation = { owner: Org; child: Org; year: number; items: DerivedItem[]; excluded: ExcludedItem[] };

/** A derivation, or why it could not be made (a stored rule it cannot apply, a text past its bound). */
export type DerivationResult = { ok: true; derivation: Derivation } | { ok: false; problem: DerivationProblem };

export type DeriveOptions = {
  /**
   * The template's localization profile (派生规则) as its author edited it, in place of
   * `DEFAULT_PROFILE`; checked like `rules` before it is applied.
   */
  profile?: readonly Rule[];
  /** Template rules on top of the profile (applicability, localization, deadline policy). */
  rules?: readonly Rule[];
  /**
   * A department's plan: the sections (org ids) the deriver chose to lead each task, by the
   * parent item's id or label; a task not named goes to the section its text speaks of.
   */
  sections?: Readonly<Record<string, readonly string[]>>;
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
    ...capabilityFacts(child),
  };
}

/** The child's capabilities as rule facts: hasGazette, website, issuesNormativeDocuments, holdsPressConferences. */
function capabilityFacts(child: Org): Facts {
  const can = capabilitiesOf(child);
  return {
    hasGazette: can.gazette,
    website: can.website,
    issuesNormativeDocuments: can.normativeDocuments,
    holdsPressConferences: can.pressConferences,
  };
}

function cites(rule: Rule): string | undefined {
  return rule.cites ? `${rule.cites.docNumber}${rule.cites.item ? ` ${rule.cites.item}` : ''}` : undefined;
}

/**
 * Derives a child org's draft from its superior's plan (派生): the items addressed to the child,
 * in its own words, with its own units and deadlines, each value with the trace of the rule or
 * mapping that produced it; the other items are listed as excluded with the reason. Throws a
 * `DerivationError` where `tryDerivePlan` answers a problem. Pure.
 */
export function derivePlan(
  parent: PlanDraft,
  owner: Org,
  child: Org,
  directory: OrgDirectory,
  options: DeriveOptions = {},
): Derivation {
  const result = tryDerivePlan(parent, owner, child, directory, options);
  if (!result.ok) throw new DerivationError(result.problem);
  return result.derivation;
}

/**
 * `derivePlan` with its failure as a value. Rules are checked as they are saved before they are
 * applied, so a rule stored before those checks stops the derivation with a problem naming it
 * (never a JavaScript error deep in the evaluator), and no item's text grows past
 * `MAX_LOCALIZED_TEXT_LENGTH`.
 */
export function tryDerivePlan(
  parent: PlanDraft,
  owner: Org,
  child: Org,
  directory: OrgDirectory,
  options: DeriveOptions = {},
): DerivationResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  for (const [field, list] of [
    ['profile', options.profile ?? []],
    ['rules', options.rules ?? []],
  ] as const) {
    for (const [i, rule] of list.entries()) {
      const [first] = validateRule(rule);
      if (first) return { ok: false, problem: invalidRule(rule, `${field}[${i}]${first.path.slice(1)}`, first) };
    }
  }
  const facts = childFacts(owner, child, directory);
  const fired = compiledRules(profile, options.rules).run(facts);
  const { substitutions, workingDaysBefore, deadlineRule, excludedBy, leftOut, supported, superiorsGuide } =
    readFiredRules(fired, facts, child);
  const sections = isTerritorial(child) ? [] : sectionsOf(child, directory);

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
        ...excludedSaying(say('excludedByRule', { rule: ruleWords(ruleExclusion) })),
      });
      continue;
    }
    const problem = item.rules?.length ? itemRulesProblem(item) : undefined;
    if (problem) return { ok: false, problem };
    const own = item.rules?.length ? evaluateItemRules(item.rules, facts, child) : undefined;
    if (own?.excludedBy) {
      excluded.push({ sourceLabel: item.label, path: item.path, ...excludedSaying(own.excludedBy) });
      continue;
    }
    if (!reaching.length) {
      excluded.push({
        sourceLabel: item.label,
        path: item.path,
        ...excludedSaying(exclusionReason(item, owner, child)),
      });
      continue;
    }
    const cannot = mentionIn(item.text, leftOut);
    if (cannot) {
      excluded.push({ sourceLabel: item.label, path: item.path, ...excludedSaying(cannot.because) });
      continue;
    }
    const itemCtx: ItemUnitContext = {
      ...ctx,
      text: item.text,
      superiorsGuide: superiorsGuide !== undefined,
      ...(sections.length ? { sections: chosenSections(item, sections, options.sections) } : {}),
    };
    const derived = deriveItem(item, reaching[0]!, itemCtx, [...(own?.substitutions ?? []), ...substitutions], {
      workingDaysBefore,
      deadlineRule,
      support: mentionIn(item.text, supported),
      guide: superiorsGuide,
    });
    if ('reason' in derived) return { ok: false, problem: derived };
    if (own?.includedBy) derived.trace.splice(1, 0, own.includedBy);
    items.push(item.id ? { ...derived, sourceId: item.id } : derived);
  }
  return { ok: true, derivation: { owner, child, year: parent.year, items: numberDerivedItems(items), excluded } };
}

/** The sections that take a task in a department's plan: the deriver's choice, else read from the task. */
function chosenSections(
  item: DraftItem,
  sections: readonly Org[],
  chosen: DeriveOptions['sections'],
): { names: string[]; why: Said } | undefined {
  const ids = (item.id && chosen?.[item.id]) || chosen?.[item.label];
  const picked = ids ? sections.filter((s) => ids.includes(s.id)) : [];
  if (picked.length) return { names: picked.map((s) => s.name), why: say('sectionChosen') };
  const read = sectionForTask(sections, item.text);
  return read ? { names: [read.section.name], why: read.why } : undefined;
}

const compiledProfiles = new WeakMap<readonly Rule[], ReturnType<typeof compileRuleSet>>();

/** A profile compiled once per list (a cascade derives thousands of children from one). */
function compiledRules(profile: readonly Rule[], extra: readonly Rule[] | undefined) {
  if (extra?.length) return compileRuleSet([...profile, ...extra]);
  let compiled = compiledProfiles.get(profile);
  if (!compiled) {
    compiled = compileRuleSet([...profile]);
    compiledProfiles.set(profile, compiled);
  }
  return compiled;
}

const show = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

/** A stored rule the derivation cannot apply, named for whoever must fix it. */
function invalidRule(rule: unknown, field: string, problem: RuleProblem, item?: DraftItem): DerivationProblem {
  const { id, name } = (rule ?? {}) as { id?: unknown; name?: unknown };
  const owner = item ? `事项“${item.label}”的规则` : '方案规则';
  return {
    reason: 'invalidRule',
    ruleId: show(id),
    ...(item ? { itemLabel: item.label } : {}),
    field,
    message: `${owner}“${show(name)}”（${show(id)}）无法用于分解：${field}：${problem.message}。请修改该规则后重试`,
  };
}

const checkedItemRules = new WeakMap<readonly unknown[], RuleProblem | null>();

/** The first problem of an item's own rules (checked once per rules list, as they are saved). */
function itemRulesProblem(item: DraftItem): DerivationProblem | undefined {
  const rules: unknown = item.rules;
  if (!Array.isArray(rules)) return invalidRule({}, 'rules', { path: '$', message: '事项规则必须是数组' }, item);
  let first = checkedItemRules.get(rules);
  if (first === undefined) {
    first = validateItemRules(rules)[0] ?? null;
    checkedItemRules.set(rules, first);
  }
  if (!first) return undefined;
  const index = /^\$\[(\d+)\]/.exec(first.path)?.[1];
  return invalidRule(index === undefined ? {} : rules[Number(index)], `rules${first.path.slice(1)}`, first, item);
}

function exclusionReason(item: DraftItem, owner: Org, child: Org): Said {
  const all = ROLES.flatMap((r) => item.units[r].map((u) => u.text));
  if (!all.length) return say('noUnits');
  if (!isTerritorial(child)) return say('notNamed', { units: all.join('、'), child: child.name });
  return say('ownLevelOnly', { units: all.join('、'), owner: owner.name });
}

/** Why an item is left out: in Chinese (`reason`) and as the reader reads it (`say`). */
const excludedSaying = (said: Said) => ({ reason: sayText(said), say: said });

type ItemPolicy = {
  workingDaysBefore: number;
  deadlineRule: Rule | undefined;
  /** The task names what this level cannot lead: it supports its superior's units (配合). */
  support: ReturnType<typeof mentionIn>;
  /** The superior's units guide this level's work (superiorUnitsGuide fired). */
  guide: Rule | undefined;
};

function deriveItem(
  item: DraftItem,
  reach: { role: UnitRole; u: { text: string } },
  ctx: ItemUnitContext,
  substitutions: Substitution[],
  policy: ItemPolicy,
): DerivedItem | DerivationProblem {
  const trace: TraceStep[] = [
    traced(
      'inclusion',
      'applicability:unitReachesChild',
      say('reaches', { child: ctx.child.name, role: roleWords(reach.role), unit: reach.u.text }),
    ),
  ];
  const text = localizeText(item.text, substitutions, MAX_LOCALIZED_TEXT_LENGTH);
  if (text.tooLong)
    return {
      reason: 'textTooLong',
      ruleId: text.tooLong.rule,
      itemLabel: item.label,
      length: text.tooLong.length,
      message: `事项“${item.label}”经规则 ${text.tooLong.rule} 替换后将有 ${text.tooLong.length} 字，超过本地化后的上限 ${MAX_LOCALIZED_TEXT_LENGTH} 字，已停止分解。请检查该规则的替换对应`,
    };
  trace.push(...text.trace);
  const { units, guidedBy, partners } = localizeUnits(item, ctx, policy, trace);
  const deadline = localizeDeadline(item.deadline, policy, trace);
  return {
    label: item.label,
    sourceLabel: item.label,
    path: item.path,
    text: text.text,
    units,
    ...(guidedBy.length ? { guidedBy } : {}),
    ...(partners.length ? { partners } : {}),
    deadline,
    status: trace.length > 1 ? 'localized' : 'inherited',
    trace,
  };
}

/**
 * Each unit as the child writes it, in its role; a unit named in a senior role (lead before
 * responsible before cooperate) is not repeated. Where the task names what the child cannot
 * lead, the superior's units keep their roles and the child's own units support them (配合).
 */
function localizeUnits(item: DraftItem, ctx: ItemUnitContext, policy: ItemPolicy, trace: TraceStep[]) {
  const units: Record<UnitRole, string[]> = { lead: [], responsible: [], cooperate: [] };
  const guidedBy: string[] = [];
  const partners: string[] = [];
  for (const role of ROLES) {
    for (const ref of item.units[role]) {
      const local = localizeUnit(ref, role, ctx);
      const named = ROLES.flatMap((r) => units[r]);
      units[role].push(...local.texts.filter((t) => !named.includes(t)));
      guidedBy.push(...(local.guide ?? []).filter((g) => !guidedBy.includes(g)));
      partners.push(...(local.partner ?? []).filter((p) => !partners.includes(p)));
      if (local.texts.join('、') !== ref.text || local.guide || local.partner) trace.push(local.trace);
    }
  }
  if (policy.support) supportOnly(units, policy.support, trace);
  if (guidedBy.length && policy.guide)
    trace.push(
      traced('guidedBy', policy.guide.id, say('guidedBy', { child: ctx.child.name }), { to: guidedBy.join('、') }),
    );
  return { units, guidedBy, partners };
}

/**
 * A task the child cannot lead (新闻发布会): its own units support (配合) whoever leads it above,
 * named as guiding units, or its superior's work in general.
 */
function supportOnly(
  units: Record<UnitRole, string[]>,
  support: NonNullable<ItemPolicy['support']>,
  trace: TraceStep[],
) {
  const own = [...units.lead, ...units.responsible];
  if (!own.length) return;
  units.cooperate = [...own, ...units.cooperate.filter((u) => !own.includes(u))];
  units.lead = [];
  units.responsible = [];
  trace.push(traced('cooperate', support.rule.id, support.because, { to: own.join('、') }));
}

/** A child's due date is N working days before its parent's (never later); N from the rules. */
function localizeDeadline(
  parent: Deadline,
  policy: { workingDaysBefore: number; deadlineRule: Rule | undefined },
  trace: TraceStep[],
): Deadline {
  if (!parent.due || policy.workingDaysBefore <= 0 || !policy.deadlineRule) {
    trace.push(traced('deadline', 'deadline:sameAsParent', say('sameDeadline'), { to: parent.due ?? parent.text }));
    return parent;
  }
  const due = addWorkingDays(parent.due, -policy.workingDaysBefore);
  const [y, m, d] = due.split('-').map(Number);
  const rule = policy.deadlineRule;
  trace.push(
    traced('deadline', rule.id, say('deadlineBefore', { days: policy.workingDaysBefore, rule: ruleWords(rule) }), {
      from: parent.due,
      to: due,
      ...(cites(rule) ? { cites: cites(rule) } : {}),
    }),
  );
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
