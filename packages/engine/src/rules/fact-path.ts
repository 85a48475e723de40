/**
 * The subset of JSONPath that rules may use: `$`, `$.name`, `$.a.b`, `$.list[0]`, `$['名称']`.
 * Anything else (wildcards, filters, recursive descent) is refused when a rule is validated,
 * so the compiled evaluator never meets a path it reads differently from json-rules-engine.
 */
export type PathStep = string | number;

const STEP = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['([^'\\]+)'\])/;

/** Parses a path into steps, or returns null when it is outside the supported subset. */
export function parseFactPath(path: string): PathStep[] | null {
  if (!path.startsWith('$')) return null;
  const steps: PathStep[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else if (m[3] !== undefined) steps.push(m[3]);
    rest = rest.slice(m[0].length);
  }
  return steps;
}

/** Reads a path the way json-rules-engine does: a non-object fact is returned as it is. */
export function readPath(value: unknown, steps: readonly PathStep[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  let current: unknown = value;
  for (const step of steps) {
    // JSONPath reads own properties of any non-null value (so `$.s[0]` on a string is its first character).
    if (current === null || current === undefined || !Object.hasOwn(Object(current), step)) return undefined;
    current = (current as Record<PathStep, unknown>)[step];
  }
  return current;
}
