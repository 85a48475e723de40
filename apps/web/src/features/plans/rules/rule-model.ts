import type { Condition, FactReference, LeafCondition, Operator, Rule, RuleKind, RuleProblem } from '@cascade/engine';
import { labelsUnder, t } from '../../../ui/dictionary.ts';

/** A fact a rule may read about the child org (derivation facts, packages/engine derive-plan). */
export type FactSpec = {
  name: string;
  label: string;
  type: 'enum' | 'boolean' | 'text' | 'list' | 'number';
  options?: [string, string][];
};

/** The facts one editor offers: a plan's derivation facts (the default) or a transition's (流程条件). */
export type FactCatalogue = readonly FactSpec[];

const FACT_LABELS = labelsUnder('fact');
const LEVEL_LABELS = labelsUnder('fact.level');
const KIND_LABELS = labelsUnder('fact.kind');
const WEBSITE_LABELS = labelsUnder('fact.website');
const labelled = (labels: Record<string, string>, values: readonly string[]): [string, string][] =>
  values.map((v) => [v, labels[v] ?? v]);
const DIVISION_TYPES = ['区', '县', '县级市', '自治县', '旗', '开发区', '街道', '镇', '乡'];

/** A fact whose label (and option labels) are read in the current language on every access. */
function fact(name: string, type: FactSpec['type'], options?: () => [string, string][]): FactSpec {
  const spec: FactSpec = {
    name,
    type,
    get label() {
      return FACT_LABELS[name] ?? name;
    },
  };
  if (options) Object.defineProperty(spec, 'options', { get: options, enumerable: true });
  return spec;
}

export const FACTS: FactSpec[] = [
  fact('level', 'enum', () => labelled(LEVEL_LABELS, ['province', 'city', 'county', 'township'])),
  fact('kind', 'enum', () => labelled(KIND_LABELS, ['government', 'zone', 'office', 'department', 'section'])),
  // Division types are the words the org data itself uses, so they stay as they are.
  fact('divisionType', 'enum', () => DIVISION_TYPES.map((v) => [v, v])),
  fact('hasVillages', 'boolean'),
  fact('hasCommunities', 'boolean'),
  fact('regionCode', 'text'),
  fact('tags', 'list'),
  fact('selfWord', 'text'),
  fact('parentWord', 'text'),
  fact('parentLevel', 'enum', () => labelled(LEVEL_LABELS, ['province', 'city', 'county', 'township'])),
  // What the child can do (packages/engine org-capabilities): the default profile's capability rules read these.
  fact('hasGazette', 'boolean'),
  fact('website', 'enum', () => labelled(WEBSITE_LABELS, ['own', 'column', 'none'])),
  fact('issuesNormativeDocuments', 'boolean'),
  fact('holdsPressConferences', 'boolean'),
];

/** Operator names in the current language (an unknown operator reads as undefined). */
export const OPERATOR_LABELS: Partial<Record<Operator, string>> = labelsUnder('operator');

export const factSpec = (name: string, facts: FactCatalogue = FACTS): FactSpec | undefined =>
  facts.find((f) => f.name === name);

/** The operators that make sense for a fact (the JSON view accepts any the engine knows). */
export function operatorsFor(fact: string, facts: FactCatalogue = FACTS): Operator[] {
  const type = factSpec(fact, facts)?.type;
  if (type === 'boolean') return ['equal', 'notEqual'];
  if (type === 'list') return ['contains', 'doesNotContain'];
  if (type === 'number') return ['greaterThanInclusive', 'lessThanInclusive', 'equal', 'notEqual'];
  return ['equal', 'notEqual', 'in', 'notIn'];
}

export type Group = { all: Condition[] } | { any: Condition[] };
export const isGroup = (c: Condition): c is Group & Condition => 'all' in c || 'any' in c;
export const isLeaf = (c: Condition): c is LeafCondition => 'fact' in c;
export const groupMode = (g: Group): 'all' | 'any' => ('all' in g ? 'all' : 'any');
export const groupItems = (g: Group): Condition[] => ('all' in g ? g.all : g.any);

/** A new condition row: 层级 = 县级 among the derivation facts, else the catalogue's first fact. */
export function newLeaf(facts: FactCatalogue = FACTS): LeafCondition {
  if (facts === FACTS) return { fact: 'level', operator: 'equal', value: 'county' };
  const first = facts[0] as FactSpec;
  return { fact: first.name, operator: operatorsFor(first.name, facts)[0] as Operator, value: firstValue(first) };
}

/** The value a row starts with when its fact is chosen. */
export function firstValue(spec: FactSpec | undefined): unknown {
  if (spec?.type === 'boolean') return true;
  if (spec?.type === 'number') return 1;
  return spec?.options?.[0]?.[0] ?? '';
}

/**
 * Which rules an editor holds: an item's own (适用与本地化规则, `validateItemRules`) or a template's
 * localization profile (派生规则, `validateProfileRules`), whose rules may carry every event the
 * derivation acts on.
 */
export type RulesScope = 'item' | 'profile';

/** The events a rule of a kind may carry in each editor, in the order its select offers them. */
const EVENT_CHOICES: Record<RulesScope, Partial<Record<RuleKind, string[]>>> = {
  item: { applicability: ['include', 'exclude'], localization: ['substitute'] },
  profile: {
    // A profile's include would do nothing: every task reaching the child is taken on unless excluded.
    applicability: ['excludeMentioning', 'exclude'],
    localization: ['substitute', 'supportMentioning', 'substituteLevelWords', 'superiorUnitsGuide'],
    deadline: ['deadlineBefore'],
  },
};

/** The kinds of rule an editor adds (its 添加… buttons). */
export const addableKinds = (scope: RulesScope): RuleKind[] => Object.keys(EVENT_CHOICES[scope]) as RuleKind[];

/** What the "when met" select offers a rule: its editor's events for its kind, and its own if another. */
export function eventChoices(scope: RulesScope, rule: Pick<Rule, 'kind' | 'event'>): string[] {
  const choices = EVENT_CHOICES[scope][rule.kind] ?? [];
  return choices.includes(rule.event.type) ? choices : [rule.event.type, ...choices];
}

/** An event's name in the current language (an unknown one reads as its type). */
export function eventLabel(scope: RulesScope, type: string): string {
  const labels = labelsUnder('rules.event');
  return labels[`${type}.${scope}`] ?? labels[type] ?? type;
}

/**
 * An event of a type with the parameters it needs, empty for the author to fill (the check names
 * what is missing). Words and reason carry over between the two mention events.
 */
export function newEvent(type: string, previous?: Rule['event']): Rule['event'] {
  const words = previous?.params?.words;
  const reason = previous?.params?.reason;
  switch (type) {
    case 'substitute':
      return { type, params: { pairs: [['', '']] } };
    case 'deadlineBefore':
      return { type, params: { workingDays: 5 } };
    case 'excludeMentioning':
    case 'supportMentioning':
      return {
        type,
        params: { words: Array.isArray(words) ? words : [], reason: typeof reason === 'string' ? reason : '' },
      };
    default:
      return { type };
  }
}

const NEW_RULES: Record<RulesScope, Partial<Record<RuleKind, Omit<Rule, 'id' | 'kind'>>>> = {
  item: {
    applicability: { name: '承接条件', conditions: { all: [newLeaf()] }, event: newEvent('include') },
    localization: {
      name: '本地化用语',
      conditions: { all: [{ fact: 'hasVillages', operator: 'equal', value: false }] },
      event: newEvent('substitute'),
    },
  },
  profile: {
    applicability: {
      name: '不承接提及某事的任务',
      conditions: { all: [{ fact: 'level', operator: 'equal', value: 'township' }] },
      event: newEvent('excludeMentioning'),
    },
    localization: {
      name: '本地化用语',
      conditions: { all: [{ fact: 'level', operator: 'equal', value: 'township' }] },
      event: newEvent('substitute'),
    },
    deadline: {
      name: '完成时限提前',
      conditions: { all: [{ fact: 'level', operator: 'equal', value: 'township' }] },
      event: newEvent('deadlineBefore'),
    },
  },
};
const ID_PREFIX: Partial<Record<RuleKind, string>> = {
  applicability: 'apply',
  localization: 'localize',
  deadline: 'deadline',
};

let counter = 0;
/** A new rule of a kind for an editor, with an id unique within its list. */
export function newRule(kind: RuleKind, taken: readonly string[], scope: RulesScope = 'item'): Rule {
  const template = NEW_RULES[scope][kind] ?? NEW_RULES.item.applicability;
  let id: string;
  do id = `${ID_PREFIX[kind] ?? kind}-${++counter}`;
  while (taken.includes(id));
  return { id, kind, ...structuredClone(template as Omit<Rule, 'id' | 'kind'>) };
}

/** The words of a mention rule as the author types them: one per line, or separated by 、. */
export function parseWords(text: string): string[] {
  return text
    .split(/[\n、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
export const wordsText = (words: unknown): string => (Array.isArray(words) ? words.join('\n') : '');

/** The check's problems, each naming its rule as the cards do: `规则3 $.event.params.words`. */
export function namedProblems(problems: readonly RuleProblem[]): RuleProblem[] {
  return problems.map((p) => {
    const at = /^\$\[(\d+)\](.*)$/.exec(p.path);
    return at ? { path: `${t('rules.rule', { n: Number(at[1]) + 1 })} $${at[2]}`, message: p.message } : p;
  });
}

/** A value that is another fact (`{ fact: 'parentWord' }`): shown by that fact's name, kept on edits. */
export const isFactReference = (value: unknown): value is FactReference =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as FactReference).fact === 'string';

/** The value shown in a row's input, and the value a typed text stands for. */
export function valueText(c: LeafCondition, facts: FactCatalogue = FACTS): string {
  if (Array.isArray(c.value)) return c.value.join('、');
  if (typeof c.value === 'boolean') return c.value ? 'true' : 'false';
  if (isFactReference(c.value)) return factSpec(c.value.fact, facts)?.label ?? c.value.fact;
  return c.value === undefined || c.value === null ? '' : String(c.value);
}
export function parseValue(fact: string, operator: Operator, text: string, facts: FactCatalogue = FACTS): unknown {
  if (operator === 'in' || operator === 'notIn') {
    return text
      .split(/[、,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  const type = factSpec(fact, facts)?.type;
  if (type === 'boolean') return text === 'true';
  // A number typed as one; anything else stays text for the validator to name.
  if (type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/** A row's value after its operator changed: a list for in/notIn, one value otherwise; a fact reference stays. */
export function valueForOperator(c: LeafCondition, operator: Operator): unknown {
  if (isFactReference(c.value)) return c.value;
  const many = operator === 'in' || operator === 'notIn';
  if (Array.isArray(c.value)) return many ? c.value : (c.value[0] ?? '');
  if (many) return c.value === '' || c.value === undefined || c.value === null ? [] : [c.value];
  return c.value;
}

/** An enum row's list value with one option ticked or not, in the options' order. */
export function toggled(c: LeafCondition, option: string, on: boolean, facts: FactCatalogue = FACTS): string[] {
  const current = Array.isArray(c.value) ? (c.value as unknown[]).map(String) : [];
  const options = factSpec(c.fact, facts)?.options?.map(([v]) => v) ?? [];
  const next = on ? [...new Set([...current, option])] : current.filter((v) => v !== option);
  const order = (v: string) => (options.includes(v) ? options.indexOf(v) : options.length);
  return next.sort((a, b) => order(a) - order(b));
}

/**
 * A JSON syntax error with its line and column, and the text near it (the parser's own message
 * is English only, so the Chinese UI shows where instead of what).
 */
export type JsonProblem = { message: string; line: number; column: number; near: string };

export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const position = at
      ? Number(at[1])
      : lineCol
        ? offsetOf(text, Number(lineCol[1]), Number(lineCol[2]))
        : text.length;
    const before = text.slice(0, position).split('\n');
    const near =
      text
        .slice(Math.max(0, position - 8), position + 8)
        .replace(/\s+/g, ' ')
        .trim() || '…';
    return {
      ok: false,
      problem: { message, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, near },
    };
  }
}

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n').slice(0, line - 1);
  return lines.reduce((n, l) => n + l.length + 1, 0) + column - 1;
}

/** Deep copy, edit, return: rules are small, and a fresh value keeps the JSON view in step. */
export function edited<T>(value: T, change: (draft: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}
