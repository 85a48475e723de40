import { STANDARD_VARIANTS, STANDARD_WORKFLOW } from './standard-variants.ts';
import { STATE_CATEGORIES, type StateCategory } from './workflow-variant.ts';

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
 * What a state means (its category), read off the variant that defines it; a review step of a
 * designed 多审 variant (review4 …) is in review like the built-in ones. Undefined for a name no
 * variant has.
 */
export function categoryOf(state: string): StateCategory | undefined {
  for (const variant of STANDARD_VARIANTS) {
    const defined = variant.states[state];
    if (defined) return defined.category;
  }
  return REVIEW_STATE.test(state) ? 'inReview' : undefined;
}

/** A state's name in words (已下达, 初审), from the variant that defines it; the name itself if none does. */
export function stateLabelOf(state: string): string {
  for (const variant of STANDARD_VARIANTS) {
    const defined = variant.states[state];
    if (defined) return defined.label;
  }
  return state;
}

/** The four things the ledger offers on a row (报送, 核验通过, 退回, 督办). */
export type RowAction = 'report' | 'verify' | 'return' | 'urge';

/** Which workflow events each ledger action fires: a review step's PASS is approved like VERIFY. */
const ACTION_OF_EVENT: Readonly<Record<string, RowAction>> = {
  REPORT: 'report',
  VERIFY: 'verify',
  PASS: 'verify',
  RETURN: 'return',
};

/**
 * The ledger actions a row in this state offers, before asking who may take them: the events
 * its variants leave the state by, and 督办 while the work is not finished. The server's buttons
 * and the web's read this one answer.
 */
export function rowActionsIn(state: string): readonly RowAction[] {
  // Asked once per ledger row shown: the answer per state is kept.
  const known = ROW_ACTIONS.get(state);
  if (known) return known;
  const events = new Set(STANDARD_VARIANTS.flatMap((v) => Object.keys(v.states[state]?.on ?? {})));
  if (REVIEW_STATE.test(state)) for (const e of ['PASS', 'RETURN']) events.add(e);
  const actions = new Set([...events].flatMap((e) => ACTION_OF_EVENT[e] ?? []));
  // 督办 while the work is under way: not once finished, nor while paused (暂缓).
  if (!isFinished(state) && categoryOf(state) !== 'suspended') actions.add('urge');
  const answer = (['report', 'verify', 'return', 'urge'] as const).filter((a) => actions.has(a));
  ROW_ACTIONS.set(state, answer);
  return answer;
}

const ROW_ACTIONS = new Map<string, readonly RowAction[]>();

/** The event 核验通过 fires in this state: PASS in a review step (初审 …), VERIFY otherwise. */
export function approvalEventIn(state: string): 'PASS' | 'VERIFY' {
  const passes = REVIEW_STATE.test(state) || STANDARD_VARIANTS.some((v) => v.states[state]?.on?.PASS !== undefined);
  return passes ? 'PASS' : 'VERIFY';
}

/** The built-in states of these categories, in lifecycle order. */
export function statesIn(...categories: readonly StateCategory[]): readonly string[] {
  return inLifecycleOrder(
    BUILT_IN_ASSIGNMENT_STATES.filter((s) => categories.includes(categoryOf(s) as StateCategory)),
  );
}

/** The categories of finished work: verified (done) and 销号 (closed). */
export const FINISHED_CATEGORIES: readonly StateCategory[] = ['done', 'closed'];

/** The categories that end a lifecycle (销号): a new state of one is final unless its designer says otherwise. */
export const ENDING_CATEGORIES: readonly StateCategory[] = ['closed'];

/** Paused work (暂缓): its deadline does not run, so it has no light, is not reminded, urged or escalated. */
export const PAUSED_CATEGORIES: readonly StateCategory[] = ['suspended'];

/**
 * Finished work (已核验, 已销号: categories done and closed): it cannot be overdue, is not urged or
 * escalated, and counts as 已完成 in the annual report.
 */
export const FINISHED_STATES: readonly string[] = statesIn(...FINISHED_CATEGORIES);

/** Whether the work of a row in this state is finished (see FINISHED_STATES). */
export function isFinished(state: string): boolean {
  const category = categoryOf(state);
  return category !== undefined && FINISHED_CATEGORIES.includes(category);
}

/**
 * The state a row is issued in (已下达): where the standard lifecycle's ASSIGN leads. Rows written
 * directly (publish, 逐级下达) start there.
 */
export const ISSUED_STATE: string = (() => {
  const target = STANDARD_WORKFLOW.states[STANDARD_WORKFLOW.initial]?.on?.ASSIGN?.target;
  if (!target) throw new Error('the standard workflow has no ASSIGN from its initial state');
  return target;
})();

/** The state a report brings an issued row to (已报送): where the verifier finds it. */
export const REPORTED_STATE: string = (() => {
  const target = STANDARD_WORKFLOW.states[ISSUED_STATE]?.on?.REPORT?.target;
  if (!target) throw new Error('the standard workflow has no REPORT from its issued state');
  return target;
})();

/** The states a row of the standard lifecycle passes once issued (the dashboard's columns). */
export const ISSUED_LIFECYCLE_STATES: readonly string[] = Object.keys(STANDARD_WORKFLOW.states).filter(
  (s) => s !== STANDARD_WORKFLOW.initial,
);

/** The state a row no plan names any more is closed in (已销号): the standard lifecycle's final one. */
export const CLOSED_STATE: string = (() => {
  const closed = Object.entries(STANDARD_WORKFLOW.states).find(([, s]) => s.final && s.category === 'closed');
  if (!closed) throw new Error('the standard workflow has no final closed state');
  return closed[0];
})();

/**
 * States in lifecycle order: by category (open, in review, done, rectifying, closed, suspended),
 * then as the variants list them (草稿 before 已下达, 初审 before 复审).
 */
export function inLifecycleOrder(states: readonly string[]): string[] {
  const rank = (s: string) => STATE_CATEGORIES.indexOf(categoryOf(s) ?? 'suspended');
  const position = (s: string) => {
    const i = BUILT_IN_ASSIGNMENT_STATES.indexOf(s);
    return i >= 0 ? i : BUILT_IN_ASSIGNMENT_STATES.length;
  };
  return [...states].sort((a, b) => rank(a) - rank(b) || position(a) - position(b) || a.localeCompare(b));
}

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
