import type { TopLevelCondition } from '../rules/rule.ts';

/**
 * A workflow variant is data the designer edits; `compileWorkflow` turns it into an xstate
 * machine after `validateWorkflow` has proved it sound. Assignments store the variant id and
 * version they run on.
 */
export type BuiltInGuard =
  /** 报送需附佐证: a report carries evidence unless the item needs none. */
  | 'hasEvidence'
  /** 退回/整改需说明理由: returning or reopening names a reason. */
  | 'hasReason'
  /** 本单位不能核验自己的报送: the acting org is not the assigned unit. */
  | 'notOwnUnit'
  /** 排名、通报需主要负责同志审批: publishing a ranking needs the head's approval. */
  | 'headApproved';

export type TransitionGuard = BuiltInGuard | { rule: string; condition: TopLevelCondition };

/**
 * Who may fire a transition, as the row relates to the signed-in account: `assignee` — the unit
 * the row is assigned to (承办单位); `verifier` — the level that verifies the row (the plan
 * owner's supervision by default, 核验单位); `planOwner` — the office whose plan issued the row;
 * or any account holding a named role.
 */
export type TransitionActor = 'assignee' | 'verifier' | 'planOwner' | { role: string };

export const TRANSITION_ACTORS = ['assignee', 'verifier', 'planOwner'] as const;

/**
 * What the one firing a transition must give with it: a reason (理由), evidence files (佐证), a
 * new due date (新的完成时限), a comment (意见). A transition without them is refused by its
 * machine, naming what is missing.
 */
export type TransitionInput = 'reason' | 'evidence' | 'dueOn' | 'comment';

export const TRANSITION_INPUTS: readonly TransitionInput[] = ['reason', 'evidence', 'dueOn', 'comment'];

/**
 * What a transition does to the row besides moving its state: `reschedule` — the event's due
 * date becomes the row's (an approved 申请延期), and its light follows.
 */
export type TransitionEffect = 'reschedule';

export type WorkflowTransition = {
  target: string;
  label: string;
  guards?: TransitionGuard[];
  /** Who may fire it; at least one (a transition nobody may fire is refused by validation). */
  by?: TransitionActor[];
  input?: TransitionInput[];
  effect?: TransitionEffect;
};

/**
 * What a state means, whatever the designer named it: every question the rest of the product asks
 * about a state (is the work finished? may it turn red? does it wait for a report?) is answered
 * by its category (see assignment-states.ts), never by its name.
 * open: the unit's work is to do (草稿, 已下达); inReview: reported and being checked (已报送, 初审);
 * done: verified (已核验); closed: 销号, nothing more to do; rectifying: reopened for 整改;
 * suspended: paused (暂缓).
 */
export type StateCategory = 'open' | 'inReview' | 'done' | 'closed' | 'rectifying' | 'suspended';

export const STATE_CATEGORIES: readonly StateCategory[] = [
  'open',
  'inReview',
  'done',
  'rectifying',
  'closed',
  'suspended',
];

export type WorkflowState = {
  label: string;
  category: StateCategory;
  final?: boolean;
  on?: Record<string, WorkflowTransition>;
};

export type WorkflowVariant = {
  id: string;
  name: string;
  version: number;
  initial: string;
  states: Record<string, WorkflowState>;
};

/** The events an assignment accepts; variants may add review events (e.g. PASS_初审). */
export type WorkflowEventType = 'ASSIGN' | 'REPORT' | 'RETURN' | 'VERIFY' | 'CLOSE' | 'REOPEN' | (string & {});

export type Actor = { userId: string; orgId: string; role: string };

export type WorkflowEvent = {
  type: WorkflowEventType;
  actor: Actor;
  reason?: string;
  /** A new due date (YYYY-MM-DD) the transition asks for or sets (申请延期, 批准延期). */
  dueOn?: string;
  /** A comment (意见) the transition carries. */
  comment?: string;
  evidence?: readonly { name: string; url?: string; hash?: string }[];
  /** Set when the org head approved (needed by `headApproved`). */
  headApproved?: boolean;
};

/** What a guard may read besides the event: the assignment's own facts. */
export type WorkflowContext = { orgId: string; evidenceRequired: boolean; facts?: Record<string, unknown> };
