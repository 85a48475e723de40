import { type Said, sayText, type TraceNote } from '@cascade/engine';
import { storedJsonColumn } from './stored-json-column.ts';

/**
 * A trace step as stored. A step with its words (`say`) is a tuple, its parts in a fixed order
 * and without their keys: `[field, rule, from, to, kind, params, cites, fact]`, missing parts as
 * null, trailing ones left off — and `fact` only where it is not exactly what `say` reads
 * (`traced` writes every step so). A cascade writes a trace for every item of every plan, and the
 * keys and the Chinese sentence came to ~40 % of it; the embedded database's COPY costs per byte
 * (docs/BENCHMARKS.md). Steps stored before they carried `say` keep their object form, and steps
 * stored as objects before the tuples are read as they are.
 */
export type StoredTraceNote = (Omit<TraceNote, 'fact'> & { fact?: string }) | StoredStep;

type StoredStep = [
  field: string,
  rule: string,
  from?: string | null,
  to?: string | null,
  kind?: string,
  params?: Said['params'] | null,
  cites?: string | null,
  fact?: string | null,
];

export function storedTrace(trace: readonly TraceNote[]): StoredTraceNote[] {
  return trace.map(storedStep);
}

/** The parts a tuple holds: a step with any other (a field added later) keeps its object form. */
const STEP_PARTS = new Set(['field', 'rule', 'fact', 'say', 'from', 'to', 'cites']);
const SAY_PARTS = new Set(['kind', 'params']);
const holdsOnly = (value: object, parts: ReadonlySet<string>) => Object.keys(value).every((key) => parts.has(key));

function storedStep(step: TraceNote): StoredTraceNote {
  if (!step.say) return step;
  const fact = step.fact === sayText(step.say) ? null : step.fact;
  if (!holdsOnly(step, STEP_PARTS) || !holdsOnly(step.say, SAY_PARTS)) {
    const { fact: _said, ...stored } = step;
    return fact === null ? stored : step;
  }
  const parts: StoredStep = [
    step.field,
    step.rule,
    step.from ?? null,
    step.to ?? null,
    step.say.kind,
    step.say.params ?? null,
    step.cites ?? null,
    fact,
  ];
  while (parts.length > 2 && parts[parts.length - 1] === null) parts.pop();
  return parts;
}

/** The steps as readers know them, each with its `fact`. */
export function readTrace(stored: readonly StoredTraceNote[]): TraceNote[] {
  return stored.map((step) => {
    if (Array.isArray(step)) return readStep(step);
    return step.fact !== undefined ? (step as TraceNote) : { ...step, fact: step.say ? sayText(step.say) : '' };
  });
}

function readStep([field, rule, from, to, kind, params, cites, fact]: StoredStep): TraceNote {
  const say = { kind, ...(params ? { params } : {}) } as Said;
  return {
    field: field as TraceNote['field'],
    rule,
    ...(from != null ? { from } : {}),
    ...(to != null ? { to } : {}),
    ...(cites != null ? { cites } : {}),
    fact: fact ?? sayText(say),
    say,
  };
}

/** `plan_items.trace`: each step stored by `storedTrace` and read back by `readTrace`. */
export const traceColumn = storedJsonColumn(storedTrace, readTrace);
