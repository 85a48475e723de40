import {
  BUILT_IN_ASSIGNMENT_STATES,
  EXTENSION_WORKFLOW,
  fireableEvents,
  ISSUED_STATE,
  isKnownAssignmentState,
  STATE_CATEGORIES,
  type StateCategory,
} from '@cascade/engine';
import { z } from 'zod';
import { problemSchema } from './problem.contract.ts';

export const assignmentStateSchema = z.string().meta({
  description:
    'draft 草稿 · assigned 已下达 · reported 已报送 · verified 已核验 · closed 已销号 · rectifying 整改中 · review1… 审核步骤',
  example: 'reported',
});
export const stateCategorySchema = z.enum(STATE_CATEGORIES as [StateCategory, ...StateCategory[]]).meta({
  description:
    '状态类别：open 办理中 · inReview 审核中 · done 已完成 · rectifying 整改中 · closed 已销号 · suspended 暂缓',
});
export const transitionInputSchema = z.enum(['reason', 'evidence', 'dueOn', 'comment']);
/** One event the signed-in account can fire on the row now, with what it must give. */
export const fireableEventSchema = z
  .object({
    event: z.string(),
    label: z.string(),
    target: z.string(),
    targetLabel: z.string(),
    input: z.array(transitionInputSchema),
  })
  .meta({
    id: 'FireableEvent',
    // What the unit is offered on an issued row of the 可申请延期 lifecycle (申请延期).
    example: fireableEvents(EXTENSION_WORKFLOW, ISSUED_STATE, {
      assignee: true,
      verifier: false,
      planOwner: false,
      role: 'reporter',
    }).at(-1),
  });
export const lightSchema = z.enum(['green', 'yellow', 'red', 'none']).meta({ description: '红黄绿灯：按剩余工作日' });

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item));

export const ledgerQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  planId: z.string().max(200).optional(),
  orgId: z.string().max(64).optional().meta({ description: '只看某一承办单位；缺省为本单位及下级' }),
  underOrgId: z
    .string()
    .max(64)
    .optional()
    .meta({ description: '只看某单位及其下级（督查汇总下钻到的单位）；仍限于本单位及下级' }),
  state: csv(
    z
      .string()
      .max(32)
      .refine(isKnownAssignmentState, {
        error: (issue) =>
          `没有名为“${String(issue.input)}”的状态；可选 ${BUILT_IN_ASSIGNMENT_STATES.join('、')} 或 review1…`,
      }),
  )
    .optional()
    .meta({ example: 'assigned,reported' }),
  light: csv(lightSchema).optional().meta({ example: 'red,yellow' }),
  returned: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true：只看已退回（报送被退回、待重新报送）的；false：不含已退回的' }),
  role: z.enum(['lead', 'responsible', 'cooperate']).optional(),
  q: z.string().trim().max(50).optional().meta({ description: '任务内容或单位名称中的文字' }),
  sort: z.enum(['due', 'state', 'light', 'unit', 'item', 'updated']).default('item'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type LedgerQueryDto = z.input<typeof ledgerQuerySchema>;

export const evidenceRefSchema = z.object({
  name: z.string(),
  hash: z.string().optional(),
  size: z.number().int().optional(),
  mediaType: z.string().optional(),
});

export const ledgerRowSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    planTitle: z.string(),
    itemId: z.string(),
    itemLabel: z.string(),
    itemPath: z.array(z.string()),
    itemText: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgPath: z.string(),
    role: z.string(),
    periodKey: z.string(),
    state: assignmentStateSchema,
    stateLabel: z.string().optional().meta({
      description: '自定义流程（流程设计，wf-…）中该状态的名称；内置流程的状态名称由界面按 state 翻译',
      example: '延期待批',
    }),
    light: lightSchema,
    dueOn: z.string().nullable(),
    deadlineText: z.string().nullable(),
    year: z.number().int(),
    evidenceRequired: z.boolean(),
    lastReport: z.object({ text: z.string(), evidence: z.array(evidenceRefSchema) }).nullable(),
    lastComment: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    stateCategory: stateCategorySchema,
    workflowVariant: z.string(),
    workflowVersion: z.number().int(),
    templateVersion: z.number().int().meta({ description: '该任务所属的方案版本' }),
    ownerOrgId: z.string().meta({ description: '下达该任务的方案所属单位：由其督查核验' }),
    ownerOrgName: z.string(),
  })
  .meta({ id: 'LedgerRow' });
export type LedgerRowDto = z.infer<typeof ledgerRowSchema>;

export const ledgerPageSchema = z
  .object({ rows: z.array(ledgerRowSchema), total: z.number().int() })
  .meta({ id: 'LedgerPage' });

export const assignmentIdParamSchema = z.object({ assignmentId: z.string().min(1).max(400) });

export const eventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    /** Who, in words: the account's display name, or 系统 for background work. */
    actorName: z.string(),
    type: z.string(),
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Event' });

export const assignmentDetailSchema = z
  .object({
    assignment: ledgerRowSchema,
    events: z.array(eventSchema),
    actions: z.array(z.string()),
    transitions: z.array(fireableEventSchema),
  })
  .meta({
    id: 'AssignmentDetail',
    description:
      'actions: 当前账号此刻可执行的操作（report / verify / return / urge）；transitions: 当前账号此刻可触发的流程事件及须填写的内容（POST …/transitions）',
  });

/** POST /api/assignments/{id}/transitions: fire one event of the row's workflow. */
export const transitionRequestSchema = z
  .object({
    event: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, '事件名无效'),
    expectedVersion: z.number().int().min(1),
    reason: z.string().trim().max(2000).optional(),
    comment: z.string().trim().max(5000).optional(),
    dueOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
      .optional(),
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .meta({
    id: 'TransitionRequest',
    example: { event: 'REQUEST_EXTENSION', expectedVersion: 1, reason: '项目审批尚未完成', dueOn: '2022-09-30' },
  });

export const verifyRequestSchema = z
  .object({
    expectedVersion: z.number().int().min(1),
    comment: z.string().trim().max(2000).optional(),
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .meta({ id: 'VerifyRequest', example: { expectedVersion: 2, comment: '材料齐全，核验通过' } });
export const returnRequestSchema = z
  .object({
    expectedVersion: z.number().int().min(1),
    reason: z.string().trim().min(1, '请填写退回理由').max(2000),
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .meta({ id: 'ReturnRequest', example: { expectedVersion: 2, reason: '缺少公开截图，请补充' } });
export const urgeRequestSchema = z
  .object({ message: z.string().trim().min(1, '请填写督办内容').max(2000) })
  .meta({ id: 'UrgeRequest', example: { message: '请于本周五前报送完成情况' } });
export const urgeResultSchema = z.object({ eventId: z.number().int() });

export const rollupQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const rollupCountsSchema = z.object({
  total: z.number().int(),
  byState: z.record(z.string(), z.number().int()),
  /** The same rows by what their state means (open, inReview, done, rectifying, closed, suspended). */
  byCategory: z.record(z.string(), z.number().int()),
  byLight: z.record(z.string(), z.number().int()),
});
export const rollupSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string() }),
    year: z.number().int(),
    counts: rollupCountsSchema,
    children: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), counts: rollupCountsSchema })),
  })
  .meta({ id: 'Rollup' });
export type RollupDto = z.infer<typeof rollupSchema>;
export type LedgerPage = z.infer<typeof ledgerPageSchema>;
export type AssignmentDetail = z.infer<typeof assignmentDetailSchema>;

/** The most rows one bulk request acts on; the web sends a larger selection in pieces. */
export const BULK_ACTION_MAX = 500;

/** POST /api/assignments/bulk-actions: one action on many ledger rows, each on its own. */
export const bulkActionRequestSchema = z
  .object({
    action: z.enum(['urge', 'verify', 'return']),
    rows: z
      .array(z.object({ id: z.string().min(1).max(200), expectedVersion: z.number().int().min(1) }))
      .min(1, '请至少选择一条')
      .max(BULK_ACTION_MAX, `一次最多 ${BULK_ACTION_MAX} 条`),
    /** 督办内容 (urge, required). */
    message: z.string().trim().max(2000).optional(),
    /** 退回理由 (return, required). */
    reason: z.string().trim().max(2000).optional(),
    /** 核验意见 (verify, optional). */
    comment: z.string().trim().max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'urge' && !body.message)
      ctx.addIssue({ code: 'custom', path: ['message'], message: '请填写督办内容' });
    if (body.action === 'return' && !body.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写退回理由' });
  })
  .meta({
    id: 'BulkActionRequest',
    example: { action: 'urge', rows: [{ id: 'a-1', expectedVersion: 1 }], message: '请于本周五前报送完成情况' },
  });
export type BulkActionRequest = z.infer<typeof bulkActionRequestSchema>;

/** Each row's outcome: done (with its new state and version) or refused with the reason, as one request would be. */
export const bulkActionResultSchema = z
  .object({
    done: z.number().int(),
    failed: z.number().int(),
    results: z.array(
      z.object({
        id: z.string(),
        ok: z.boolean(),
        state: z.string().optional(),
        version: z.number().int().optional(),
        problem: problemSchema.optional(),
      }),
    ),
  })
  .meta({ id: 'BulkActionResult' });
export type BulkActionResult = z.infer<typeof bulkActionResultSchema>;
