import { sayText, type TraceNote } from '@cascade/engine';
import { customType } from 'drizzle-orm/pg-core';

/**
 * A trace step as stored: without its Chinese `fact` where that is exactly what its `say` reads
 * (`traced` writes every step so). The sentence came to a third of every derived item's stored
 * JSON, which a cascade writes for every item of every plan (docs/BENCHMARKS.md); steps stored
 * before they carried `say`, or whose fact differs, keep it.
 */
export type StoredTraceNote = Omit<TraceNote, 'fact'> & { fact?: string };

export function storedTrace(trace: readonly TraceNote[]): StoredTraceNote[] {
  return trace.map((step) => {
    if (!step.say || step.fact !== sayText(step.say)) return step;
    const { fact: _said, ...stored } = step;
    return stored;
  });
}

/** The steps as readers know them, each with its `fact`. */
export function readTrace(stored: readonly StoredTraceNote[]): TraceNote[] {
  return stored.map((step) =>
    step.fact !== undefined ? (step as TraceNote) : { ...step, fact: step.say ? sayText(step.say) : '' },
  );
}

/**
 * `plan_items.trace`: jsonb, each step stored by `storedTrace` and read back by `readTrace`, so
 * every drizzle read and write of an item sees whole steps. (As drizzle's own jsonb: a string
 * from a driver that does not parse JSON is parsed.)
 */
export const traceColumn = customType<{ data: TraceNote[]; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (trace) => JSON.stringify(storedTrace(trace)),
  fromDriver: (value) => readTrace((typeof value === 'string' ? JSON.parse(value) : value) as StoredTraceNote[]),
});
