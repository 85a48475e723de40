import type { Condition, LeafCondition, Operator, Rule } from '@cascade/engine';

/** A fact a rule may read about the child org (derivation facts, packages/engine derive-plan). */
export type FactSpec = {
  name: string;
  label: string;
  type: 'enum' | 'boolean' | 'text' | 'list';
  options?: [string, string][];
};

export const FACTS: FactSpec[] = [
  {
    name: 'level',
    label: '层级',
    type: 'enum',
    options: [
      ['province', '省级'],
      ['city', '市级'],
      ['county', '县级'],
      ['township', '乡级'],
    ],
  },
  {
    name: 'kind',
    label: '单位类型',
    type: 'enum',
    options: [
      ['government', '政府'],
      ['zone', '开发区/管委会'],
      ['office', '办公室'],
      ['department', '部门'],
      ['section', '科室'],
    ],
  },
  {
    name: 'divisionType',
    label: '区划类型',
    type: 'enum',
    options: ['区', '县', '县级市', '自治县', '旗', '开发区', '街道', '镇', '乡'].map((v) => [v, v]),
  },
  { name: 'hasVillages', label: '辖有村', type: 'boolean' },
  { name: 'hasCommunities', label: '辖有社区', type: 'boolean' },
  { name: 'regionCode', label: '区划代码', type: 'text' },
  { name: 'tags', label: '标签', type: 'list' },
  { name: 'selfWord', label: '自称（县/区/市）', type: 'text' },
];

export const OPERATOR_LABELS: Record<Operator, string> = {
  equal: '等于',
  notEqual: '不等于',
  in: '属于其一',
  notIn: '不属于',
  contains: '包含',
  doesNotContain: '不包含',
  lessThan: '小于',
  lessThanInclusive: '不大于',
  greaterThan: '大于',
  greaterThanInclusive: '不小于',
};

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

/** A JSON syntax error with its line and column, from the parser's message or position. */
export type JsonProblem = { message: string; line: number; column: number };

export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol) return { ok: false, problem: { message, line: Number(lineCol[1]), column: Number(lineCol[2]) } };
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : text.length;
    const before = text.slice(0, position).split('\n');
    return {
      ok: false,
      problem: { message, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 },
    };
  }
}

/** Deep copy, edit, return: rules are small, and a fresh value keeps the JSON view in step. */
export function edited<T>(value: T, change: (draft: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}
