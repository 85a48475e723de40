import type { Condition, LeafCondition, Operator, Rule } from '@cascade/engine';
import { labelsUnder } from '../../../ui/dictionary.ts';

/** A fact a rule may read about the child org (derivation facts, packages/engine derive-plan). */
export type FactSpec = {
  name: string;
  label: string;
  type: 'enum' | 'boolean' | 'text' | 'list';
  options?: [string, string][];
};

const FACT_LABELS = labelsUnder('fact');
const LEVEL_LABELS = labelsUnder('fact.level');
const KIND_LABELS = labelsUnder('fact.kind');
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
];

/** Operator names in the current language (an unknown operator reads as undefined). */
export const OPERATOR_LABELS: Partial<Record<Operator, string>> = labelsUnder('operator');

export const factSpec = (name: string): FactSpec | undefined => FACTS.find((f) => f.name === name);

/** The operators that make sense for a fact (the JSON view accepts any the engine knows). */
export function operatorsFor(fact: string): Operator[] {
  const type = factSpec(fact)?.type;
  if (type === 'boolean') return ['equal', 'notEqual'];
  if (type === 'list') return ['contains', 'doesNotContain'];
  return ['equal', 'notEqual', 'in', 'notIn'];
}

export type Group = { all: Condition[] } | { any: Condition[] };
export const isGroup = (c: Condition): c is Group & Condition => 'all' in c || 'any' in c;
export const isLeaf = (c: Condition): c is LeafCondition => 'fact' in c;
export const groupMode = (g: Group): 'all' | 'any' => ('all' in g ? 'all' : 'any');
export const groupItems = (g: Group): Condition[] => ('all' in g ? g.all : g.any);

export const newLeaf = (): LeafCondition => ({ fact: 'level', operator: 'equal', value: 'county' });

let counter = 0;
/** A new rule of a kind, with an id unique within the item. */
export function newRule(kind: 'applicability' | 'localization', taken: readonly string[]): Rule {
  let id: string;
  do id = `${kind === 'applicability' ? 'apply' : 'localize'}-${++counter}`;
  while (taken.includes(id));
  return kind === 'applicability'
    ? { id, kind, name: '承接条件', conditions: { all: [newLeaf()] }, event: { type: 'include' } }
    : {
        id,
        kind,
        name: '本地化用语',
        conditions: { all: [{ fact: 'hasVillages', operator: 'equal', value: false }] },
        event: { type: 'substitute', params: { pairs: [['', '']] } },
      };
}

/** The value shown in a row's input, and the value a typed text stands for. */
export function valueText(c: LeafCondition): string {
  if (Array.isArray(c.value)) return c.value.join('、');
  if (typeof c.value === 'boolean') return c.value ? 'true' : 'false';
  return c.value === undefined || c.value === null ? '' : String(c.value);
}
export function parseValue(fact: string, operator: Operator, text: string): unknown {
  if (operator === 'in' || operator === 'notIn') {
    return text
      .split(/[、,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (factSpec(fact)?.type === 'boolean') return text === 'true';
  return text;
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
