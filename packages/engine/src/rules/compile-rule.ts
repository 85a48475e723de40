import { parseFactPath, readPath } from './fact-path.ts';
import { OPERATORS } from './operators.ts';
import type { Condition, Facts, LeafCondition, Rule, SharedConditions } from './rule.ts';

/** A condition compiled to a closure over the facts. */
export type CompiledCondition = (facts: Facts) => boolean;

export type CompiledRule = { rule: Rule; test: CompiledCondition };

function isLeaf(c: Condition): c is LeafCondition {
  return 'fact' in c;
}

function compileFactRead(fact: string, path: string | undefined): (facts: Facts) => unknown {
  if (path === undefined || path === '') return (facts) => facts[fact];
  const steps = parseFactPath(path);
  if (!steps) throw new Error(`unsupported fact path ${path}`);
  return (facts) => readPath(facts[fact], steps);
}

function compileValue(value: unknown): (facts: Facts) => unknown {
  if (value !== null && typeof value === 'object' && 'fact' in value) {
    const ref = value as { fact: string; path?: string };
    return compileFactRead(ref.fact, ref.path);
  }
  return () => value;
}

function compileLeaf(c: LeafCondition): CompiledCondition {
  const op = OPERATORS[c.operator];
  if (!op) throw new Error(`unknown operator ${String(c.operator)}`);
  const read = compileFactRead(c.fact, c.path);
  const value = compileValue(c.value);
  if (c.value === null || typeof c.value !== 'object' || !('fact' in c.value)) {
    const literal = c.value;
    return (facts) => op(read(facts), literal);
  }
  return (facts) => op(read(facts), value(facts));
}

/**
 * Compiles a json-rules-engine condition tree into a closure with the same result.
 * Semantics kept from the reference: an empty `all` or `any` is true; a reference to an
 * unknown shared condition is an error (as with the engine's default options).
 */
export function compileCondition(c: Condition, shared: SharedConditions = {}, seen: string[] = []): CompiledCondition {
  if (isLeaf(c)) return compileLeaf(c);
  if ('all' in c) {
    const parts = c.all.map((p) => compileCondition(p, shared, seen));
    if (parts.length === 0) return () => true;
    return (facts) => {
      for (const part of parts) if (!part(facts)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((p) => compileCondition(p, shared, seen));
    if (parts.length === 0) return () => true;
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, shared, seen);
    return (facts) => !inner(facts);
  }
  const target = shared[c.condition];
  if (!target) throw new Error(`No condition ${c.condition} exists`);
  if (seen.includes(c.condition)) throw new Error(`condition ${c.condition} refers to itself`);
  return compileCondition(target, shared, [...seen, c.condition]);
}

export function compileRule(rule: Rule, shared: SharedConditions = {}): CompiledRule {
  return { rule, test: compileCondition(rule.conditions, shared) };
}
