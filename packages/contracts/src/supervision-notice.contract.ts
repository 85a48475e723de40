import { z } from 'zod';

/** 督办单 / 约谈 as documents with a flow: issued → signed (签收) → answered (整改答复) → closed (办结). */
export const noticeKindSchema = z.enum(['notice', 'interview']);
export const noticeStateSchema = z.enum(['issued', 'signed', 'answered', 'closed']);
export const noticeActionSchema = z.enum(['sign', 'answer', 'return', 'close']);

const date = z.iso.date('应为 YYYY-MM-DD 日期');

export const noticeListQuerySchema = z.object({
  /** The subtree asked about; default the caller's own org. */
  orgId: z.string().min(1).max(64).optional(),
  /** issued: what its offices issued (the issuer's list); received: what its units were sent (the unit's). */
  side: z.enum(['issued', 'received']).default('received'),
  /** The plan year of the tasks. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: noticeKindSchema.optional(),
  state: noticeStateSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const noticeSummarySchema = z
  .object({
    id: z.string(),
    kind: noticeKindSchema,
    kindLabel: z.string(),
    /** 文号: 博督〔2022〕3号. */
    docNumber: z.string(),
    issuerOrgId: z.string(),
    issuerName: z.string(),
    issuerOrgPath: z.string(),
    unitOrgId: z.string(),
    unitName: z.string(),
    unitOrgPath: z.string(),
    planYear: z.number().int(),
    /** The escalation step that issued it, or null when issued by hand. */
    step: z.string().nullable(),
    issuedOn: z.string(),
    answerDueOn: z.string(),
    state: noticeStateSchema,
    stateLabel: z.string(),
    /** Not answered by its answer day. */
    overdue: z.boolean(),
    rectifyBy: z.string().nullable(),
    taskCount: z.number().int(),
    firstTask: z.object({
      label: z.string(),
      text: z.string(),
      assignmentId: z.string(),
      planId: z.string().nullable(),
    }),
    /** What the caller may do with it now (签收, 答复 for the unit; 退回, 办结 for the issuer). */
    actions: z.array(noticeActionSchema),
  })
  .meta({ id: 'NoticeSummary' });

export const noticeCountsSchema = z
  .object({
    issued: z.number().int(),
    signed: z.number().int(),
    answered: z.number().int(),
    closed: z.number().int(),
    total: z.number().int(),
    /** Not answered by the answer day. */
    overdue: z.number().int(),
  })
  .meta({ id: 'NoticeCounts' });

export const noticeListSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string() }),
    side: z.enum(['issued', 'received']),
    today: z.string(),
    /** Over all of the subtree's notices of the side and year, however many the page lists. */
    counts: z.object({ notice: noticeCountsSchema, interview: noticeCountsSchema }),
    items: z.array(noticeSummarySchema),
  })
  .meta({ id: 'NoticeList' });

export const noticeDetailSchema = noticeSummarySchema
  .extend({
    requirement: z.string(),
    issuedBy: z.string(),
    issuedAt: z.string(),
    signedBy: z.string().nullable(),
    signedAt: z.string().nullable(),
    answerText: z.string().nullable(),
    answeredBy: z.string().nullable(),
    answeredAt: z.string().nullable(),
    returnReason: z.string().nullable(),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
    closingNote: z.string().nullable(),
    tasks: z.array(
      z.object({
        assignmentId: z.string(),
        planId: z.string().nullable(),
        label: z.string(),
        text: z.string(),
        dueOn: z.string().nullable(),
        redWorkingDays: z.number().int(),
        state: z.string().nullable(),
        light: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'NoticeDetail' });
export type NoticeDetail = z.infer<typeof noticeDetailSchema>;

/** A supervisor issues one by hand (from the ledger drawer): to one unit, about its task(s). */
export const issueNoticeSchema = z
  .object({
    kind: noticeKindSchema.default('notice'),
    assignmentIds: z.array(z.string().min(1).max(200)).min(1).max(50),
    /** What the unit is asked; default the standard wording of the kind. */
    requirement: z.string().trim().min(1).max(2000).optional(),
    answerWorkingDays: z.number().int().min(1).max(60).optional(),
  })
  .meta({
    id: 'IssueNotice',
    example: { kind: 'notice', assignmentIds: ['a-441322-justice-1'], requirement: '请于5个工作日内报送整改措施' },
  });

export const answerNoticeSchema = z
  .object({
    /** 整改措施. */
    plan: z.string().trim().min(1, '请填写整改措施').max(4000),
    /** 整改完成时限. */
    rectifyBy: date,
  })
  .meta({ id: 'AnswerNotice', example: { plan: '已补充公开栏目并指定专人维护', rectifyBy: '2022-10-31' } });

export const noticeNoteSchema = z
  .object({ note: z.string().trim().max(1000).optional() })
  .meta({ id: 'NoticeNote', example: { note: '整改措施不具体，请补充时间安排' } });
