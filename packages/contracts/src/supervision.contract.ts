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
  .object({ org: z.object({ id: z.string(), name: z.string() }), items: z.array(escalationEntrySchema) })
  .meta({ id: 'EscalationList' });
export type EscalationList = z.infer<typeof escalationListSchema>;
