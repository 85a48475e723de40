import { STANDARD_VARIANTS } from './standard-variants.ts';

/** A review step's state: review1, review2 … (withReviewSteps names them by position). */
const REVIEW_STATE = /^review[1-9]\d?$/;

/** Every state a built-in variant has, in lifecycle order (a ledger filter lists these). */
export const BUILT_IN_ASSIGNMENT_STATES: readonly string[] = [
  ...new Set(STANDARD_VARIANTS.flatMap((variant) => Object.keys(variant.states))),
];

/**
 * Whether an assignment can be in this state under some workflow: a ledger filter on any other
 * name would silently match nothing, so it is refused instead.
 */
export function isKnownAssignmentState(state: string): boolean {
  return BUILT_IN_ASSIGNMENT_STATES.includes(state) || REVIEW_STATE.test(state);
}
