import { z } from 'zod';
import {
  deadlineSchema,
  planItemSchema,
  planSummarySchema,
  saidSchema,
  traceStepSchema,
  unitTextsSchema,
} from './plans.contract.ts';

export const deriveRequestSchema = z
  .object({
    childOrgId: z.string().min(1).max(64),
    /**
     * A department's own plan (部门分解): the sections (股室 org ids) chosen to lead a task, by the
     * parent item's id; a task not named goes to the section its text speaks of.
     */
    sections: z
      .record(z.string().min(1).max(300), z.array(z.string().min(1).max(80)).min(1).max(20))
      .refine((r) => Object.keys(r).length <= 2000, '最多为 2000 项任务指定股室')
      .optional(),
  })
  .meta({ id: 'DeriveRequest', example: { childOrgId: '441322' } });

export const coverageSchema = z
  .object({
    rows: z.array(
      z.object({
        sourceItemId: z.string(),
        sourceLabel: z.string(),
        state: z.enum(['covered', 'modified', 'dropped', 'missing']),
        justification: z
          .string()
          .optional()
          .meta({ description: '理由：本级标为不适用（dropped，必填）或调整（modified，修改时填写）时说明的理由' }),
        label: z.string().optional().meta({ description: '本级编号：落实该任务的本级事项在本级大纲中的编号' }),
        guidedBy: z.array(z.string()).meta({ description: '指导单位：指导本级落实该任务的上级单位' }),
        changes: z.array(z.string()).meta({
          description: '分解时本级的变化及依据（编号、用语、承办单位、指导单位、时限），来自本级事项的推导依据',
          example: ['编号：上级第26项，本级第24项（本级方案按自身大纲编号）', '用语：全县→全镇（石坝镇自称“镇”）'],
        }),
        notes: z.array(saidSchema).meta({ description: '同 changes，按读者的语言表述' }),
      }),
    ),
    counts: z.object({
      covered: z.number().int(),
      modified: z.number().int(),
      dropped: z.number().int(),
      missing: z.number().int(),
    }),
    canPublish: z.boolean(),
    problems: z.array(z.string()),
  })
  .meta({ id: 'Coverage', description: '逐项对照：上级下达的每项任务在本级是落实、调整、不适用（附理由）还是缺失' });

export const diffSchema = z
  .object({
    parent: planSummarySchema.nullable(),
    pairs: z.array(z.object({ parent: planItemSchema.nullable(), child: planItemSchema.nullable() })),
  })
  .meta({ id: 'PlanDiff', description: '上级版本与本级方案逐项并排' });

export const inboxSchema = z
  .object({
    plans: z.array(planSummarySchema.extend({ derivedPlanId: z.string().nullable() })),
  })
  .meta({ id: 'DerivationInbox', description: '上级已发布、下达到本单位的方案，以及本单位是否已分解' });

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    state: z.enum(['queued', 'running', 'succeeded', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    message: z.string(),
    result: z.unknown().optional(),
    error: z.string().optional(),
    startedAt: z.string(),
    finishedAt: z.string().optional(),
  })
  .meta({ id: 'Job' });

export const lookBackRequestSchema = z
  .object({ orgId: z.string().min(1).max(64), year: z.number().int().min(2000).max(2100) })
  .meta({ id: 'LookBackRequest', example: { orgId: '360681', year: 2021 } });
/** A next-year plan the rectifications went into: created by this run (a draft to publish) or found. */
export const carryPlanSchema = z.object({
  planId: z.string(),
  ownerOrgId: z.string(),
  ownerName: z.string(),
  title: z.string(),
  created: z.boolean(),
  status: z.string(),
});
/** One 回头看 as recorded: who, when, the year, what it found and did. */
export const lookBackRunSchema = z
  .object({
    id: z.string(),
    rootOrgId: z.string(),
    rootOrgName: z.string(),
    year: z.number().int(),
    startedBy: z.string(),
    startedByName: z.string(),
    startedAt: z.string(),
    /** The day its rectifications were reopened on; their due dates count from it. */
    reopenedOn: z.string(),
    finishedAt: z.string().nullable(),
    state: z.enum(['running', 'succeeded', 'failed']),
    unfinished: z.number().int(),
    reopened: z.number().int(),
    carried: z.number().int(),
    refused: z.number().int(),
    sampled: z.number().int(),
    carryPlans: z.array(carryPlanSchema),
  })
  .meta({ id: 'LookBackRun' });
export const lookBackListQuerySchema = z.object({
  orgId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const lookBackListSchema = z.object({ runs: z.array(lookBackRunSchema) }).meta({ id: 'LookBackList' });
/** A run reopened: with the ledger rows it touched. */
export const lookBackDetailSchema = z
  .object({
    run: lookBackRunSchema,
    rows: z.array(
      z.object({
        assignmentId: z.string(),
        outcome: z.enum(['reopened', 'refused', 'sampled']),
        orgName: z.string(),
        label: z.string(),
        text: z.string(),
        rectificationId: z.string().nullable(),
        dueOn: z.string().nullable(),
        message: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'LookBackDetail' });
export const lookBackResultSchema = z
  .object({
    /** The run's record (GET /api/lookbacks/{id}). */
    id: z.string(),
    unfinished: z.number().int(),
    reopened: z.number().int(),
    carried: z.number().int(),
    sampledVerified: z.array(z.string()),
    refused: z.array(z.object({ assignmentId: z.string(), message: z.string() })),
    carryPlans: z.array(carryPlanSchema),
    /** Earlier runs on the same subtree and year (a second run finds nothing left: this says why). */
    earlier: z.array(
      z.object({ id: z.string(), startedAt: z.string(), startedByName: z.string(), reopened: z.number().int() }),
    ),
  })
  .meta({ id: 'LookBackResult' });

export const notificationSchema = z
  .object({
    /** The newest event the entry folds: POST /api/notifications/{eventId}/read marks the whole entry read. */
    eventId: z.number().int(),
    at: z.string(),
    type: z.string(),
    /** The (newest) ledger row it is about; null for a notice about a plan (a 回头看's carry-over plan). */
    assignmentId: z.string().nullable(),
    /** The plan the entry belongs to: the task's plan (for subordinates' escalations, the reader's own plan the task came from), or the plan a notice is about. */
    planId: z.string().nullable(),
    planTitle: z.string().meta({ description: '所属方案标题（消息按方案分组）' }),
    /** The unit, or for several units the first names and how many (郭家镇、…等18个单位). */
    orgName: z.string(),
    itemText: z.string(),
    message: z.string(),
    /** Read when every event it folds is read. */
    read: z.boolean(),
    eventIds: z.array(z.number().int()).meta({ description: '本条汇总的全部事件（新的在前）' }),
    count: z.number().int().meta({ description: '汇总的事件数' }),
    unitCount: z.number().int().meta({ description: '涉及的单位数' }),
    units: z.array(z.string()).meta({ description: '涉及单位的前几个名称' }),
    docNumbers: z.array(z.string()).meta({ description: '升级督办已开具的督办单／约谈通知文号（前几个）' }),
    actedOn: z
      .boolean()
      .meta({ description: '已处理：涉及的台账均已报送、核验或销号（结转方案已发布），不再需要办理' }),
  })
  .meta({
    id: 'Notification',
    description:
      '一条消息：同一天、同一任务、同一类的事件汇总为一条（如18个乡镇同一县级任务的督办单为一条，列出涉及单位）',
  });
/** A page of the inbox, newest first: as the ledger pages, `offset` skips the newest entries. */
export const notificationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  filter: z.enum(['all', 'pending']).default('all').meta({ description: 'all 全部；pending 待处理（仍需办理的消息）' }),
});
export const notificationsSchema = z
  .object({
    items: z.array(notificationSchema),
    /** Unread entries of the whole inbox, not only of this page (the badge). */
    unread: z.number().int(),
    /** Entries the filter lists: more pages follow while offset + items < total. */
    total: z.number().int(),
    /** Entries of the whole inbox that still need action (待处理). */
    pending: z.number().int(),
  })
  .meta({ id: 'Notifications' });
export type Coverage = z.infer<typeof coverageSchema>;
export type DerivationInbox = z.infer<typeof inboxSchema>;
export type JobDto = z.infer<typeof jobSchema>;
/** What a finished look-back job holds as its result. */
export type LookBackResult = z.infer<typeof lookBackResultSchema>;
export type LookBackRun = z.infer<typeof lookBackRunSchema>;
export type LookBackDetail = z.infer<typeof lookBackDetailSchema>;
export type NotificationsDto = z.infer<typeof notificationsSchema>;

const mergeField = z.enum(['text', 'units', 'deadline']);
export const upstreamSchema = z
  .object({
    fromVersion: z.number().int(),
    toVersion: z.number().int(),
    latestVersion: z.number().int().meta({ description: '上级最新发布版本（固定版本时可能高于 toVersion）' }),
    binding: z.enum(['followLatest', 'pinned']),
    conflicts: z.number().int(),
    automatic: z.number().int(),
    items: z.array(
      z.object({
        kind: z.enum(['added', 'removed', 'changed']),
        key: z.string(),
        label: z.string(),
        text: z.string(),
        fields: z.array(
          z.object({
            field: mergeField,
            base: z.unknown(),
            theirs: z.unknown(),
            ours: z.unknown(),
            state: z.enum(['take', 'keep', 'conflict', 'same']),
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'Upstream',
    description:
      '上级更新：上级新版本相对本方案所依据版本的变化，按事项、字段三方比对（take 自动采用、keep 保留本级、conflict 需选择）',
  });
export type UpstreamDto = z.infer<typeof upstreamSchema>;

export const upstreamMergeRequestSchema = z
  .object({
    toVersion: z.number().int().min(1),
    resolutions: z
      .array(z.object({ key: z.string().max(200), field: mergeField, choice: z.enum(['ours', 'theirs']) }))
      .max(2000)
      .default([]),
  })
  .meta({
    id: 'UpstreamMergeRequest',
    example: { toVersion: 2, resolutions: [{ key: '（二）4.', field: 'deadline', choice: 'ours' }] },
  });
export const upstreamMergeResultSchema = z.object({ applied: z.number().int(), version: z.number().int() });

export const parentBindingSchema = z.enum(['followLatest', 'pinned']).meta({
  description: '跟随上级最新版本（followLatest）或固定于当前依据的版本（pinned）',
});
export const bindingRequestSchema = z
  .object({ binding: parentBindingSchema, expectedVersion: z.number().int().min(1) })
  .meta({ id: 'BindingRequest', example: { binding: 'pinned', expectedVersion: 3 } });
export const bindingResultSchema = z.object({ binding: parentBindingSchema, version: z.number().int() });

export const acknowledgementsSchema = z
  .object({
    rows: z.array(
      z.object({
        planId: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        binding: parentBindingSchema,
        acknowledgedVersion: z.number().int().nullable(),
        latestVersion: z.number().int(),
        isCurrent: z.boolean(),
        acknowledgedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Acknowledgements', description: '签收情况：由本方案分解的下级方案各自依据（已签收）的版本' });
export type AcknowledgementsDto = z.infer<typeof acknowledgementsSchema>;

export const previewQuerySchema = z.object({
  childOrgId: z.string().min(1, '请选择下级单位').max(64).meta({ example: '441322' }),
});

export const previewSchema = z
  .object({
    child: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    sections: z.array(z.object({ id: z.string(), name: z.string() })).meta({
      description: '部门分解时该部门的股室（可在分解时为每项任务指定承担的股室）；下级政府或未设股室的部门为空',
    }),
    items: z.array(
      z.object({
        label: z.string().meta({ description: '本级编号（本级方案按自身大纲编号）' }),
        sourceLabel: z.string().meta({ description: '上级编号' }),
        sourcePath: z.array(z.string()).meta({ description: '上级方案中的层级编号' }),
        sourceId: z.string().optional().meta({ description: '上级事项的编号（id），分解时按它指定股室' }),
        path: z.array(z.string()),
        text: z.string(),
        units: unitTextsSchema,
        deadline: deadlineSchema,
        status: z.enum(['inherited', 'localized']),
        guidedBy: z
          .array(z.string())
          .meta({ description: '指导单位：指导下级落实该任务的上级单位（不是下级的承办单位）' }),
        partners: z.array(z.string()).meta({ description: '协同单位：部门分解时同级的其他单位' }),
        sectionIds: z.array(z.string()).meta({ description: '部门分解时承担该任务的股室（默认按任务内容确定）' }),
        changes: z.array(z.string()).meta({
          description: '本级的变化及依据，逐句说明',
          example: [
            '编号：上级第26项，本级第24项（本级方案按自身大纲编号）',
            '指导单位：博罗县人力资源和社会保障局（上级单位对石坝镇负指导责任，不列为本级责任单位）',
          ],
        }),
        notes: z.array(saidSchema).meta({ description: '同 changes，按读者的语言表述' }),
        trace: z.array(traceStepSchema.extend({ cites: z.string().optional() })),
        parent: z.object({ text: z.string(), units: unitTextsSchema, deadline: deadlineSchema.nullable() }),
      }),
    ),
    excluded: z.array(
      z.object({ sourceLabel: z.string(), path: z.array(z.string()), reason: z.string(), say: saidSchema.optional() }),
    ),
  })
  .meta({
    id: 'DerivationPreview',
    description: '预览：按当前草稿（含事项规则），某个下级政府或本级部门分解后得到的方案；不保存任何内容',
  });
export type DerivationPreviewDto = z.infer<typeof previewSchema>;
