/**
 * Why a derived value is what it is: the rule or mapping that produced it and the fact that
 * made it fire. Every derived item carries at least its inclusion step.
 */
export type TraceStep = {
  field: 'inclusion' | 'label' | 'text' | 'lead' | 'responsible' | 'cooperate' | 'guidedBy' | 'deadline';
  /** Rule id or mapping name: "applicability:childGovernments", "localize:全市→全县", "counterpart:justice". */
  rule: string;
  /** The fact that decided it, in words: "博罗县 level=county". */
  fact: string;
  from?: string;
  to?: string;
  /** The clause a rule implements, when it cites one. */
  cites?: string;
};
