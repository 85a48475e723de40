import { isCalendarDate } from '../deadlines/calendar-date.ts';
import type { TransitionInput, WorkflowContext, WorkflowEvent, WorkflowTransition } from './workflow-variant.ts';

/** What each required input is called where a refusal names it (zh-CN). */
export const INPUT_LABELS: Record<TransitionInput, string> = {
  reason: '理由',
  evidence: '佐证材料',
  dueOn: '完成时限（日期）',
  comment: '意见',
};

const GIVEN: Record<TransitionInput, (context: WorkflowContext, event: WorkflowEvent) => boolean> = {
  reason: (_context, event) => (event.reason ?? '').trim().length > 0,
  // Evidence is asked only of work that needs it (an item may say 无需佐证).
  evidence: (context, event) => !context.evidenceRequired || (event.evidence?.length ?? 0) > 0,
  dueOn: (_context, event) => isCalendarDate(event.dueOn),
  comment: (_context, event) => (event.comment ?? '').trim().length > 0,
};

/**
 * The first input the transition requires that the event does not carry, if any: the machine
 * refuses the event for it, and the refusal names it.
 */
export function missingInput(
  transition: Pick<WorkflowTransition, 'input'>,
  context: WorkflowContext,
  event: WorkflowEvent,
): TransitionInput | undefined {
  return transition.input?.find((input) => !GIVEN[input](context, event));
}
