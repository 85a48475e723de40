import { z } from 'zod';

/** 督办单 / 约谈: escalation after red, listed for a supervisor's subtree. */
export const escalationActionSchema = z.enum(['remind', 'notice', 'interview']);

export const escalationQuerySchema = z.object({
  orgId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Only entries whose highest step is this one: notice → 督办单 list, interview → 约谈 list. */
  action: escalationActionSchema.optional(),
  /** true lists finished ones too. */
  includeFinished: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const escalationEntrySchema = z.object({
  assignmentId: z.string(),
  planId: z.string(),
  itemLabel: z.string(),
  itemText: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  action: escalationActionSchema,
  actionLabel: z.string(),
  step: z.string(),
  raisedOn: z.string(),
  redWorkingDays: z.number().int(),
  dueOn: z.string().nullable(),
  state: z.string(),
  light: z.string(),
});

export const escalationListSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string() }),
    /** Every assignment of the subtree at each step, however many the page lists. */
    counts: z.object({ remind: z.number().int(), notice: z.number().int(), interview: z.number().int() }),
    items: z.array(escalationEntrySchema),
  })
  .meta({ id: 'EscalationList' });
export type EscalationList = z.infer<typeof escalationListSchema>;

/**
 * 台账反馈 has one definition (`judgeFeedback`): an addressed unit has fed back once it has
 * published its derived plan, on time when within the window. One row per plan × addressed unit.
 */
export const feedbackRowSchema = z.object({
  planId: z.string(),
  planTitle: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  state: z.enum(['pending', 'fedBack']),
  /** Fed back after the due date, or still pending past it. */
  late: z.boolean(),
  light: z.string(),
  dueOn: z.string().nullable(),
  windowText: z.string(),
  fedBackPlanId: z.string().nullable(),
  /** The day it was fed back, by the server's clock (the demo's day in the demo). */
  fedBackOn: z.string().nullable(),
});
export const feedbackCountsSchema = z
  .object({
    total: z.number().int(),
    fedBack: z.number().int(),
    fedBackLate: z.number().int().meta({ description: '已反馈中逾期反馈的' }),
    pending: z.number().int(),
    overdue: z.number().int().meta({ description: '待反馈中已过时限的' }),
    byLight: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'FeedbackCounts' });
export const planFeedbackSchema = z
  .object({
    plan: z.object({ id: z.string(), title: z.string(), ownerOrgId: z.string() }),
    /** The day the lights count from. */
    today: z.string(),
    counts: feedbackCountsSchema,
    rows: z.array(feedbackRowSchema),
  })
  .meta({ id: 'PlanFeedback' });
export type PlanFeedbackDto = z.infer<typeof planFeedbackSchema>;

export const orgFeedbackQuerySchema = z.object({
  orgId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2000).max(2100),
});
/** 台账反馈 of every plan an org published for a year, in total and per direct subordinate. */
export const orgFeedbackSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string() }),
    year: z.number().int(),
    today: z.string(),
    counts: feedbackCountsSchema,
    /** Per direct subordinate (by org id): the rows of the units in its subtree. */
    byChild: z.record(z.string(), feedbackCountsSchema),
    rows: z.array(feedbackRowSchema),
  })
  .meta({ id: 'OrgFeedback' });
export type OrgFeedbackDto = z.infer<typeof orgFeedbackSchema>;
