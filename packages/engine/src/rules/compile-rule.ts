import { parseFactPath, readPath } from './fact-path.ts';
import { isNumberLike } from './operators.ts';
import type { Condition, Facts, LeafCondition, SharedConditions } from './rule.ts';

/** A condition compiled to a function over the facts. */
export type CompiledCondition = (facts: Facts) => boolean;

/**
 * Helpers the generated code calls; each reproduces json-rules-engine's operator exactly
 * (numeric operators validate the fact with parseFloat; `in` on a string is a substring test).
 */
const RUNTIME = {
  num: isNumberLike,
  // Where json-rules-engine throws (`in` against a fact that is neither a list nor a string), the
  // condition is simply false: a rule that passed validation never stops a derivation.
  has: (list: unknown, a: unknown) =>
    (typeof list === 'string' || Array.isArray(list)) && list.indexOf(a as string) > -1,
  contains: (a: unknown, b: unknown) => Array.isArray(a) && a.indexOf(b) > -1,
  lacks: (a: unknown, b: unknown) => Array.isArray(a) && a.indexOf(b) === -1,
  path: readPath,
};

/** Accumulates constants the generated source refers to as `k0`, `k1`…. */
export class CompileContext {
  readonly constants: unknown[] = [];
  constructor(readonly shared: SharedConditions = {}) {}
  constant(value: unknown): string {
    this.constants.push(value);
    return `k${this.constants.length - 1}`;
  }
}

function isLeaf(c: Condition): c is LeafCondition {
  return 'fact' in c;
}

function isPrimitive(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function factRead(fact: string, path: string | undefined, ctx: CompileContext): string {
  const read = `f[${JSON.stringify(fact)}]`;
  if (path === undefined || path === '') return read;
  const steps = parseFactPath(path);
  if (!steps) throw new Error(`unsupported fact path ${path}`);
  return `rt.path(${read}, ${ctx.constant(steps)})`;
}

function valueSource(value: unknown, ctx: CompileContext): string {
  if (value !== null && typeof value === 'object' && 'fact' in value) {
    const ref = value as { fact: string; path?: string };
    return factRead(ref.fact, ref.path, ctx);
  }
  if (value === undefined) return 'undefined';
  if (isPrimitive(value) && !(typeof value === 'number' && !Number.isFinite(value))) return JSON.stringify(value);
  return ctx.constant(value);
}

/** A literal list of JSON primitives can be a Set: same answers as indexOf for JSON values. */
function listSource(value: unknown, ctx: CompileContext): string | null {
  if (!Array.isArray(value) || !value.every(isPrimitive) || value.some((v) => Number.isNaN(v))) return null;
  return ctx.constant(new Set(value));
}

function leafSource(c: LeafCondition, ctx: CompileContext): string {
  const a = factRead(c.fact, c.path, ctx);
  const b = valueSource(c.value, ctx);
  switch (c.operator) {
    case 'equal':
      return `(${a} === ${b})`;
    case 'notEqual':
      return `(${a} !== ${b})`;
    case 'in': {
      const set = listSource(c.value, ctx);
      return set ? `${set}.has(${a})` : `rt.has(${b}, ${a})`;
    }
    case 'notIn': {
      const set = listSource(c.value, ctx);
      return set ? `!${set}.has(${a})` : `!rt.has(${b}, ${a})`;
    }
    case 'contains':
      return `rt.contains(${a}, ${b})`;
    case 'doesNotContain':
      return `rt.lacks(${a}, ${b})`;
    case 'lessThan':
      return `(rt.num(${a}) && ${a} < ${b})`;
    case 'lessThanInclusive':
      return `(rt.num(${a}) && ${a} <= ${b})`;
    case 'greaterThan':
      return `(rt.num(${a}) && ${a} > ${b})`;
    case 'greaterThanInclusive':
      return `(rt.num(${a}) && ${a} >= ${b})`;
    default:
      throw new Error(`unknown operator ${String(c.operator)}`);
  }
}

/**
 * Compiles a json-rules-engine condition tree to a JavaScript expression over `f` (the facts).
 * Semantics kept from the reference: an empty `all` or `any` is true; a reference to an
 * unknown shared condition is an error (as with the engine's default options).
 */
export function conditionSource(c: Condition, ctx: CompileContext, seen: readonly string[] = []): string {
  if (isLeaf(c)) return leafSource(c, ctx);
  if ('all' in c) {
    if (c.all.length === 0) return 'true';
    return `(${c.all.map((p) => conditionSource(p, ctx, seen)).join(' && ')})`;
  }
  if ('any' in c) {
    if (c.any.length === 0) return 'true';
    return `(${c.any.map((p) => conditionSource(p, ctx, seen)).join(' || ')})`;
  }
  if ('not' in c) return `!${conditionSource(c.not, ctx, seen)}`;
  const target = ctx.shared[c.condition];
  if (!target) throw new Error(`No condition ${c.condition} exists`);
  if (seen.includes(c.condition)) throw new Error(`condition ${c.condition} refers to itself`);
  return conditionSource(target, ctx, [...seen, c.condition]);
}

/** Turns generated source into a function; `k` holds the constants, `rt` the helpers. */
export function instantiate<T>(body: string, ctx: CompileContext): T {
  // Constants become closure locals (k0, k1…) so the hot function reads no array.
  const locals = ctx.constants.map((_, i) => `const k${i} = k[${i}];`).join('\n');
  return new Function('k', 'rt', `${locals}\n${body}`)(ctx.constants, RUNTIME) as T;
}

export function compileCondition(c: Condition, shared: SharedConditions = {}): CompiledCondition {
  const ctx = new CompileContext(shared);
  const expr = conditionSource(c, ctx);
  return instantiate<CompiledCondition>(`return function (f) { return ${expr}; };`, ctx);
}

export type { Facts };
