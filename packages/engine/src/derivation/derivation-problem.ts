import { DomainError } from '../errors/domain-error.ts';

/**
 * Why a derivation stopped, as data: a rule stored before today's checks (or written by hand)
 * that the derivation cannot apply, or a text that localization would blow past its bound.
 * `message` is Chinese and names the item and the rule, for the author who must fix it.
 */
export type DerivationProblem =
  | {
      reason: 'invalidRule';
      /** The rule's id as stored (whatever it is). */
      ruleId: string;
      /** The item whose own rule it is; absent for a template rule. */
      itemLabel?: string;
      /** The field at fault: `rules[0].event.params.pairs[1]`. */
      field: string;
      message: string;
    }
  | {
      reason: 'textTooLong';
      ruleId: string;
      itemLabel: string;
      /** How long the text had become when the derivation stopped. */
      length: number;
      message: string;
    };

/**
 * A derivation that cannot be made, for callers that take a `Derivation` or an exception
 * (`derivePlan`); `tryDerivePlan` answers the same problem as a value.
 */
export class DerivationError extends DomainError {
  constructor(readonly problem: DerivationProblem) {
    // A stored rule the derivation cannot apply, or a text past its bound: the author must fix the rule.
    super('derivation.ruleInapplicable', problem.message, {
      faults: [{ path: problem.reason === 'invalidRule' ? problem.field : 'rules', message: problem.message }],
      details: {
        reason: problem.reason,
        ruleId: problem.ruleId,
        ...(problem.itemLabel ? { itemLabel: problem.itemLabel } : {}),
      },
    });
    this.name = 'DerivationError';
  }
}
