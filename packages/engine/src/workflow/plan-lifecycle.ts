import type { TopLevelCondition } from '../rules/rule.ts';
import { applyTransition, type TransitionResult } from './apply-transition.ts';
import { compileWorkflow } from './compile-workflow.ts';
import type { Actor, WorkflowVariant } from './workflow-variant.ts';

/** The rules a plan's lifecycle guards by (their names are what a refusal says was not met). */
export const PLAN_RULES = {
  /** 逐项对照: no parent item missing from a derived plan without a justification. */
  coverage: '逐项对照无缺项',
  /** 年度收官: every ledger row of the plan finished (已核验, 已销号) or carried over by a 回头看. */
  allFinished: '任务均已办结或已由回头看转入整改',
} as const;

const coverageClean: TopLevelCondition = { all: [{ fact: 'missingItems', operator: 'lessThanInclusive', value: 0 }] };
const nothingOpen: TopLevelCondition = { all: [{ fact: 'openAssignments', operator: 'lessThanInclusive', value: 0 }] };

const publish = (target: string, label: string) => ({
  target,
  label,
  guards: [{ rule: PLAN_RULES.coverage, condition: coverageClean }],
});
const close = {
  target: 'closed',
  label: '年度收官',
  guards: [{ rule: PLAN_RULES.allFinished, condition: nothingOpen }],
};

/**
 * A plan's own lifecycle, expressed with the same variant machinery as assignments:
 * draft → published → executing → closed. The database changes a plan's status only through this
 * machine (`movePlanStatus` in packages/db). Rules guard over facts the caller supplies:
 * - PUBLISH needs a derived plan's coverage audit clean (`missingItems`);
 * - CLOSE (年度收官) needs no row of the plan still open (`openAssignments`: rows neither finished
 *   nor carried into next year by a 回头看).
 *
 * A new version is a PUBLISH that keeps the plan where it is (published → published, executing →
 * executing): the plan is edited in place while it is published — its rows stay issued, the list
 * shows it as 已修改未发布 (`UNPUBLISHED_CHANGES`) — and the next version re-syncs the ledger
 * without the rows' work stopping. There is no way back to draft: a plan once issued is never a
 * draft again (a draft is what nothing was issued from), and going through draft would lose
 * 执行中 on every 补充通知.
 *
 * CLOSE is allowed from published as well as executing: the rows are issued and worked from the
 * publish on, and 开始执行 is an announcement, not a step their work waits for — a plan whose rows
 * are all finished may be closed without it.
 */
export const PLAN_LIFECYCLE: WorkflowVariant = {
  id: 'plan',
  name: '计划生命周期',
  version: 2,
  initial: 'draft',
  states: {
    draft: {
      label: '草稿',
      category: 'open',
      on: { PUBLISH: publish('published', '发布') },
    },
    published: {
      label: '已发布',
      category: 'open',
      on: {
        PUBLISH: publish('published', '发布新版本'),
        START: { target: 'executing', label: '开始执行' },
        CLOSE: close,
      },
    },
    executing: {
      label: '执行中',
      category: 'open',
      on: {
        PUBLISH: publish('executing', '发布新版本（补充通知）'),
        CLOSE: close,
      },
    },
    closed: { label: '已结束', category: 'closed', final: true },
  },
};

/** The events a plan's lifecycle accepts. */
export const PLAN_LIFECYCLE_EVENTS = ['PUBLISH', 'START', 'CLOSE'] as const;
export type PlanLifecycleEvent = (typeof PLAN_LIFECYCLE_EVENTS)[number];

/** A plan's status: a state of `PLAN_LIFECYCLE`. */
export type PlanStatus = 'draft' | 'published' | 'executing' | 'closed';

/** What the lifecycle's rules read: the coverage audit's gaps, the rows still open. */
export type PlanLifecycleFacts = { missingItems?: number; openAssignments?: number };

const compiled = compileWorkflow(PLAN_LIFECYCLE);

/** Each event's words in a refusal, whatever state it was tried in. */
const EVENT_LABELS: Record<PlanLifecycleEvent, string> = { PUBLISH: '发布', START: '开始执行', CLOSE: '年度收官' };

/**
 * Whether a plan in this status may still be edited (its items, outline, rules): every status but
 * an end of its lifecycle (年度收官: the year's record is final).
 */
export function planAcceptsEdits(status: string): boolean {
  return PLAN_LIFECYCLE.states[status]?.final !== true;
}

/** The statuses no edit is taken in (the lifecycle's ends), for a write's own condition. */
export const PLAN_STATUSES_CLOSED_TO_EDITS: readonly string[] = Object.keys(PLAN_LIFECYCLE.states).filter(
  (s) => !planAcceptsEdits(s),
);

/** The words of a plan status, for messages (the status itself when the machine has no such state). */
export function planStatusLabel(status: string): string {
  return PLAN_LIFECYCLE.states[status]?.label ?? status;
}

/**
 * Runs one event through the plan's lifecycle machine from `status`, purely. A refusal is a
 * result whose message names the status and the event in Chinese, and, when a rule refused, the
 * rule (`guard`, one of `PLAN_RULES`): the caller adds what it knows (which rows are open).
 */
export function decidePlanStatus(
  status: string,
  event: PlanLifecycleEvent,
  facts: PlanLifecycleFacts,
  actor: Actor,
): TransitionResult {
  const result = applyTransition(
    compiled,
    status,
    { orgId: actor.orgId, evidenceRequired: false, facts },
    {
      type: event,
      actor,
    },
  );
  if (result.ok) return result;
  const why = result.reason === 'guard' ? `不满足“${result.guard ?? ''}”` : undefined;
  return { ...result, message: planRefusalMessage(status, event, why) };
}

/**
 * A refusal of the plan's lifecycle in words: the status, the event and, when given, why
 * ("方案处于“执行中”状态，不能年度收官（CLOSE）：…").
 */
export function planRefusalMessage(status: string, event: PlanLifecycleEvent, why?: string): string {
  const doing = `方案处于“${planStatusLabel(status)}”状态，不能${EVENT_LABELS[event]}（${event}）`;
  return why ? `${doing}：${why}` : doing;
}
