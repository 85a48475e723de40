/**
 * Rules are stored in json-rules-engine's JSON format, which stays the reference semantics;
 * `compileRule` turns them into closures for the hot path (derivation of millions of rows).
 *
 * The kinds are the uses in DESIGN.md §4: does a child inherit a task (applicability), how its
 * text and units change (localization), how its deadline moves (deadline), what a workflow step
 * needs (guard), and when a light turns yellow (alert).
 */
export type RuleKind = 'applicability' | 'localization' | 'deadline' | 'guard' | 'alert';

export type Operator =
  | 'equal'
  | 'notEqual'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive';

/** A value that is another fact instead of a literal: `{ fact: 'parentLevel' }`. */
export type FactReference = { fact: string; path?: string };

export type LeafCondition = {
  fact: string;
  operator: Operator;
  value: unknown;
  /** JSONPath into an object fact; only `$.a.b` and `$.a[0]` forms are accepted. */
  path?: string;
  name?: string;
  priority?: number;
};

export type Condition =
  | LeafCondition
  | { all: Condition[]; name?: string; priority?: number }
  | { any: Condition[]; name?: string; priority?: number }
  | { not: Condition; name?: string; priority?: number }
  | { condition: string; name?: string; priority?: number };

export type TopLevelCondition = Exclude<Condition, LeafCondition>;

export type RuleEvent = { type: string; params?: Record<string, unknown> };

/** Where a rule comes from, shown in the derivation trace: 粤府办〔2022〕17号 第3项. */
export type RuleCitation = { docNumber: string; item?: string };

export type Rule = {
  id: string;
  kind: RuleKind;
  name: string;
  conditions: TopLevelCondition;
  event: RuleEvent;
  /** Higher runs first; ties keep the authored order. */
  priority?: number;
  cites?: RuleCitation;
};

/** Facts a rule may read: the org's facts plus plan and task context. */
export type Facts = Readonly<Record<string, unknown>>;

/** Named conditions that rules reference with `{ condition: 'name' }`. */
export type SharedConditions = Readonly<Record<string, TopLevelCondition>>;
