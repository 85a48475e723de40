import { type Said, sayText } from './trace-words.ts';

export type { Said, SaidKind, SaidWord } from './trace-words.ts';

/**
 * Why a derived value is what it is: the rule or mapping that produced it and the fact that
 * made it fire. Every derived item carries at least its inclusion step.
 */
export type TraceStep = {
  field: 'inclusion' | 'label' | 'text' | 'lead' | 'responsible' | 'cooperate' | 'guidedBy' | 'deadline';
  /** Rule id or mapping name, for code and tests only (never shown): "applicability:childGovernments". */
  rule: string;
  /** The fact that decided it, in Chinese words: "博罗县属于责任单位“各县（区）人民政府”" (`say` in Chinese). */
  fact: string;
  /** The same fact as the reader reads it, in either language (trace-words.ts). */
  say: Said;
  from?: string;
  to?: string;
  /** The clause a rule implements, when it cites one. */
  cites?: string;
};

/** A step whose `fact` is its sentence in Chinese. */
export function traced(
  field: TraceStep['field'],
  rule: string,
  said: Said,
  more: Pick<TraceStep, 'from' | 'to' | 'cites'> = {},
): TraceStep {
  return { field, rule, fact: sayText(said), say: said, ...more };
}
