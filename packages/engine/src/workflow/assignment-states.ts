import { STANDARD_VARIANTS, STANDARD_WORKFLOW } from './standard-variants.ts';

/** A review step's state: review1, review2 … (withReviewSteps names them by position). */
const REVIEW_STATE = /^review[1-9]\d?$/;

/** Every state a built-in variant has, in lifecycle order (a ledger filter lists these). */
export const BUILT_IN_ASSIGNMENT_STATES: readonly string[] = [
  ...new Set(STANDARD_VARIANTS.flatMap((variant) => Object.keys(variant.states))),
];

/**
 * The state a 回头看 reopens a row into (整改中): the target of the standard lifecycle's REOPEN, so
 * the look-back that writes carried rows directly names no state of its own.
 */
export const REOPENED_STATE: string = (() => {
  const target = Object.values(STANDARD_WORKFLOW.states).find((s) => s.on?.REOPEN)?.on?.REOPEN?.target;
  if (!target) throw new Error('the standard workflow has no REOPEN transition');
  return target;
})();

/**
 * Whether an assignment can be in this state under some workflow: a ledger filter on any other
 * name would silently match nothing, so it is refused instead.
 */
export function isKnownAssignmentState(state: string): boolean {
  return BUILT_IN_ASSIGNMENT_STATES.includes(state) || REVIEW_STATE.test(state);
}

/**
 * The states in which a row waits for its unit's report (已下达, 整改中): the states a built-in
 * variant leaves by REPORT. While a row is in one, a message about it — an urge, a reminder, an
 * escalation, a returned report — still asks something of someone; once reported, verified or
 * closed, the message has been acted on. Read off the variants, so a state joins by its
 * transitions, not by being listed here.
 */
export const AWAITING_REPORT_STATES: readonly string[] = [
  ...new Set(
    STANDARD_VARIANTS.flatMap((variant) =>
      Object.entries(variant.states)
        .filter(([, state]) => state.on?.REPORT !== undefined)
        .map(([name]) => name),
    ),
  ),
];

/** Whether a row in this state still waits for its unit's report (see AWAITING_REPORT_STATES). */
export function awaitsReport(state: string): boolean {
  return AWAITING_REPORT_STATES.includes(state);
}
