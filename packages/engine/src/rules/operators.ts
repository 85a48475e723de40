import type { Operator } from './rule.ts';

type OperatorFn = (factValue: unknown, value: unknown) => boolean;
type Indexable = { indexOf: (x: unknown) => number };

/**
 * json-rules-engine's numeric fact validator, `parseFloat(x).toString() !== 'NaN'`, without
 * the string allocation: a number passes unless NaN; anything else goes through parseFloat
 * (so "12abc" passes, as in the reference).
 */
export function isNumberLike(factValue: unknown): boolean {
  if (typeof factValue === 'number') return !Number.isNaN(factValue);
  return !Number.isNaN(Number.parseFloat(factValue as string));
}

/**
 * The default operators with json-rules-engine's exact semantics, including its quirks:
 * `in` on a string value is a substring test, numeric operators first validate the fact.
 */
export const OPERATORS: Record<Operator, OperatorFn> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as Indexable).indexOf(a) > -1,
  notIn: (a, b) => (b as Indexable).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumberLike(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumberLike(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumberLike(a) && (a as number) >= (b as number),
};

export const OPERATOR_NAMES = Object.keys(OPERATORS) as Operator[];

export function isOperator(name: unknown): name is Operator {
  return typeof name === 'string' && Object.hasOwn(OPERATORS, name);
}
