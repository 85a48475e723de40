import { PLAN_LIFECYCLE, type PlanStatus } from '@cascade/engine';
import { z } from 'zod';

export const deadlineSchema = z
  .object({
    text: z.string(),
    kind: z.enum(['date', 'month', 'yearEnd', 'recurring', 'ongoing', 'relative', 'perDocument', 'unspecified']),
    due: z.string().nullable(),
    note: z.string().optional(),
  })
  .meta({
    id: 'Deadline',
    example: { text: '2022年9月前', kind: 'month', due: '2022-08-31', note: '9月前 → 8月31日' },
  });

const unitList = z.array(z.string().trim().min(1).max(200)).max(200);
export const unitTextsSchema = z.object({ lead: unitList, responsible: unitList, cooperate: unitList }).meta({
  id: 'UnitsByRole',
  description: '各角色的承办单位（原文写法）：lead 牵头 · responsible 责任 · cooperate 配合',
  example: { lead: ['市政务服务数据管理局'], responsible: ['各县（区）人民政府（管委会）'], cooperate: [] },
});

export const planStatusSchema = z.enum(['draft', 'published', 'executing', 'closed']);

export const planSummarySchema = z
  .object({
    id: z.string(),
    ownerOrgId: z.string(),
    ownerName: z.string(),
    ownerPath: z.string(),
    year: z.number().int(),
    title: z.string(),
    docNumber: z.string().nullable(),
    status: planStatusSchema,
    parentPlanId: z.string().nullable(),
    publishedVersion: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
    taskCount: z.number().int(),
    unpublishedChanges: z
      .boolean()
      .meta({ description: '已发布后又有修改尚未发布（最新版本之后改过）；从未发布的方案为 false' }),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** Where a plan stands for the list's filter: never published, published as it is, or edited since. */
export const planListStatusSchema = z.enum(['draft', 'published', 'changed']).meta({
  description: 'draft 从未发布 · published 已发布且无未发布的修改 · changed 已发布、有未发布的修改',
});
/** The owner's place in the tree: a government of a level, or a department (部门, 办公室, 股室) of any. */
export const planOwnerLevelSchema = z.enum(['province', 'city', 'county', 'township', 'department']).meta({
  description: '方案所属单位：province 省级 · city 市级 · county 县级 · township 乡镇（街道） · department 部门',
});
export const planListSortSchema = z.enum(['tree', 'updated', 'title']).meta({
  description: 'tree 按年度、层级和组织机构顺序（默认） · updated 最近修改在前 · title 按标题',
});

export const planListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ownerOrgId: z.string().max(64).optional(),
  q: z.string().trim().max(100).optional().meta({ description: '在标题、文号和所属单位名称中查找' }),
  status: planListStatusSchema.optional(),
  level: planOwnerLevelSchema.optional(),
  sort: planListSortSchema.default('tree'),
  limit: z.coerce.number().int().min(1).max(500).default(500),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PlanListQuery = z.input<typeof planListQuerySchema>;
export const planListSchema = z
  .object({
    plans: z.array(planSummarySchema),
    total: z.number().int().meta({ description: '符合条件的方案总数（不受分页影响）' }),
    limit: z.number().int(),
    offset: z.number().int(),
    years: z.array(z.number().int()).meta({ description: '本人可见方案的全部年度（不受筛选影响），新的在前' }),
  })
  .meta({ id: 'PlanList' });

/**
 * A sentence the reader's language phrases (the engine's TRACE_WORDS): a kind and its words,
 * each a name as written or itself a sentence.
 */
export const saidSchema = z.object({ kind: z.string(), params: z.record(z.string(), z.unknown()).optional() }).meta({
  id: 'Said',
  description: '一句话：句型（kind）及其中的词（名称按原文，或又是一句话），由界面按读者的语言表述',
});

export const traceStepSchema = z.object({
  field: z.string(),
  rule: z.string().meta({ description: '规则或对应关系的编号，仅供程序使用，不向用户显示' }),
  fact: z.string().meta({ description: '依据（中文）' }),
  from: z.string(),
  to: z.string(),
  say: saidSchema.optional(),
});

export const planItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['section', 'task']),
    label: z.string(),
    path: z.array(z.string()),
    text: z.string(),
    units: unitTextsSchema,
    deadline: deadlineSchema.nullable(),
    evidenceRequired: z.boolean(),
    workflowVariant: z.string(),
    /** The item's own rules in json-rules-engine JSON (applicability, localization). */
    rules: z.array(z.record(z.string(), z.unknown())),
    scoreWeight: z.number().nullable(),
    derivationStatus: z.enum(['inherited', 'localized', 'overridden', 'added', 'notApplicable']).nullable(),
    provenance: z.object({ sourceItemId: z.string().optional(), sourceVersion: z.number().optional() }).nullable(),
    overrides: z.record(z.string(), z.unknown()).nullable(),
    trace: z.array(traceStepSchema).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'PlanItem' });
export type PlanItemDto = z.infer<typeof planItemSchema>;

export const planDetailSchema = z
  .object({
    plan: planSummarySchema.extend({
      issuer: z.string().nullable(),
      issuedOn: z.string().nullable(),
      basis: z.array(z.object({ title: z.string(), docNumber: z.string() })),
      unplaced: z.array(z.object({ line: z.number().int(), text: z.string() })),
      excluded: z.array(z.object({ sourceLabel: z.string(), reason: z.string() })),
    }),
    items: z.array(planItemSchema),
  })
  .meta({ id: 'PlanDetail' });
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** What a table column holds, as the import review names it (see the importer's column roles). */
export const columnRoleSchema = z
  .enum(['task', 'measure', 'detail', 'lead', 'responsible', 'cooperate', 'deadline', 'number', 'other'])
  .meta({
    id: 'ColumnRole',
    description:
      'task 标题（上级任务）· measure 具体措施 · detail 措施说明 · number 序号 · lead 牵头单位 · responsible 责任单位 · cooperate 配合单位 · deadline 完成时限 · other 其他（保留）',
  });

/** The author's column roles, by column key (the header's words, or "#n" for a column without one). */
export const columnChoicesSchema = z
  .record(z.string().min(1).max(100), columnRoleSchema)
  .refine((choices) => Object.keys(choices).length <= 50, '最多 50 列')
  .meta({
    id: 'ColumnChoices',
    description: '列的含义：键为预览返回的 columns[].key（表头文字，无表头时为 #1、#2…），值为列的角色',
    example: { 谁来办: 'responsible' },
  });

const importTextFields = {
  text: z.string().min(1, '请粘贴方案文本').max(4_000_000, '文本超过 4 MB'),
  fileName: z.string().max(200).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  columnChoices: columnChoicesSchema.optional(),
};

/** An author's correction of one item in the import review, before the draft exists. */
export const importEditSchema = z
  .object({
    /** Index into the items of the draft as read again with the same text and column roles. */
    index: z.number().int().min(0).max(100_000),
    lead: z.string().max(2000).optional(),
    responsible: z.string().max(2000).optional(),
    cooperate: z.string().max(2000).optional(),
    deadline: z.string().max(200).optional(),
  })
  .meta({
    id: 'ImportEdit',
    description: '审核时对某一项的修改：单位以“、”分隔（可写“X牵头，Y配合”），空文本为清空；完成时限按原文写法',
    example: { index: 0, responsible: '市司法局、市财政局', deadline: '2022年9月底前' },
  });

/** POST /api/plans/import/preview as JSON: read a paste (again, with column roles) without saving. */
export const importPreviewRequestSchema = z.object(importTextFields).meta({
  id: 'ImportPreviewRequest',
  example: {
    text: '序号\t工作任务\t具体措施\t谁来办\t完成时限\n…',
    year: 2022,
    columnChoices: { 谁来办: 'responsible' },
  },
});

/** POST /api/plans/import as JSON (a paste); the same endpoint takes a file as multipart. */
export const importTextRequestSchema = z
  .object({ ...importTextFields, edits: z.array(importEditSchema).max(5000).optional() })
  .meta({ id: 'ImportTextRequest', example: { text: '一、…\n1.…〔牵头单位：市政务服务数据管理局〕', year: 2022 } });

const lineSchema = z.object({ line: z.number().int(), text: z.string() });

/** A measure as the import review shows it: its place, units by role, deadline and what to check. */
export const importPreviewItemSchema = z
  .object({
    label: z.string(),
    path: z.array(z.string()),
    headings: z.array(z.string()),
    text: z.string(),
    lead: z.array(z.string()),
    responsible: z.array(z.string()),
    cooperate: z.array(z.string()),
    deadline: deadlineSchema.pick({ text: true, kind: true, due: true }),
    warnings: z.array(z.string()),
    extras: z.array(z.object({ column: z.string(), text: z.string() })),
    line: z.number().int(),
  })
  .meta({ id: 'ImportPreviewItem' });

export const importPreviewSchema = z
  .object({
    /** The text that was read (a file's too): sent back as `text` to read again or to import. */
    source: z.string(),
    fileName: z.string(),
    draft: z.object({
      title: z.string(),
      docNumber: z.string().nullable(),
      issuer: z.string().nullable(),
      issuedOn: z.string().nullable(),
      year: z.number().int(),
      basis: z.array(z.object({ title: z.string(), docNumber: z.string() })),
      layout: z.string(),
      columns: z.array(z.object({ key: z.string(), header: z.string(), role: columnRoleSchema })),
      items: z.array(importPreviewItemSchema),
      unplaced: z.array(lineSchema),
      preamble: z.array(lineSchema),
      closing: z.array(lineSchema),
      summary: z.object({
        items: z.number().int(),
        itemsWithWarnings: z.number().int(),
        unplacedLines: z.number().int(),
      }),
    }),
    /** The column roles this office last chose for the same issuer (already applied when none were sent). */
    // Not ColumnChoices.nullable(): that would make the request's ColumnChoices nullable in the OpenAPI document.
    rememberedChoices: z.record(z.string(), columnRoleSchema).nullable(),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z
  .object({
    plan: planSummarySchema,
    items: z.number().int(),
    unplaced: z.array(z.object({ line: z.number().int(), text: z.string() })),
  })
  .meta({ id: 'ImportResult' });

export const planIdParamSchema = z.object({ planId: z.string().min(1).max(200).meta({ example: 'plan-2022-441300' }) });
export const itemParamSchema = planIdParamSchema.extend({ itemId: z.string().min(1).max(300) });

export const itemPatchRequestSchema = z
  .object({
    expectedVersion: z.number().int().min(1),
    reason: z.string().max(500).optional(),
    patch: z
      .object({
        label: z.string().trim().min(1).max(20).optional(),
        text: z.string().trim().min(1, '事项内容不能为空').max(5000).optional(),
        units: unitTextsSchema.optional(),
        deadlineText: z.string().max(200).optional(),
        evidenceRequired: z.boolean().optional(),
        workflowVariant: z.string().max(200).optional(),
        scoreWeight: z.number().min(0).max(1000).nullable().optional(),
        rules: z.array(z.record(z.string(), z.unknown())).max(50, '每个事项最多 50 条规则').optional(),
      })
      .refine((p) => Object.values(p).some((v) => v !== undefined), '没有要修改的内容'),
  })
  .meta({
    id: 'ItemPatchRequest',
    example: { expectedVersion: 1, reason: '县里提前完成', patch: { deadlineText: '2022年10月底前' } },
  });

export const itemAddRequestSchema = z
  .object({
    /** After this item (and what is under it); without it, at the end of the outline. */
    afterItemId: z.string().max(300).optional(),
    /** As the last item inside the section `afterItemId` instead of after it. */
    inside: z.boolean().optional(),
    kind: z.enum(['section', 'task']),
    text: z.string().trim().min(1, '事项内容不能为空').max(5000),
    units: unitTextsSchema.optional(),
    deadlineText: z.string().max(200).optional(),
  })
  .meta({
    id: 'ItemAddRequest',
    description: '编号由所在位置自动生成（一、/（一）/1./（1），沿用方案原有的编号方式），其后的事项顺次调整。',
    example: { afterItemId: 'plan-2022-441300#（一）3.', kind: 'task', text: '新增措施' },
  });

export const itemMoveRequestSchema = z
  .object({
    move: z.enum(['up', 'down', 'indent', 'outdent']).meta({ description: '上移、下移、降级（缩进）、升级' }),
  })
  .meta({ id: 'ItemMoveRequest', example: { move: 'up' } });

export const itemRemoveQuerySchema = z.object({
  expectedVersion: z.coerce.number().int().min(1),
  reason: z.string().max(500).optional(),
});
export const itemRemoveResultSchema = z.object({ removed: z.number().int(), markedNotApplicable: z.boolean() });

export const publishRequestSchema = z
  .object({
    expectedVersion: z.number().int().min(1),
    summary: z.string().trim().max(2000).default(''),
    acknowledgedWarnings: z
      .array(z.string().max(40))
      .max(20)
      .optional()
      .meta({ description: '发布前确认知晓的问题（发布预览 warnings[].code），记入发布记录' }),
  })
  .meta({
    id: 'PublishRequest',
    example: { expectedVersion: 3, summary: '首次发布', acknowledgedWarnings: ['noDeadline'] },
  });
export const publishResultSchema = z
  .object({
    version: z.number().int(),
    assignmentsIssued: z.number().int(),
    rescheduled: z.number().int().meta({ description: '到期日随新时限调整的台账行' }),
    withdrawn: z.number().int().meta({ description: '不再下达、已撤回（销号）的台账行' }),
    plan: planSummarySchema.pick({ id: true, status: true, version: true, publishedVersion: true }),
  })
  .meta({ id: 'PublishResult' });

/** The lifecycle steps a plan's owner takes by hand (publishing has its own route). */
export const planLifecycleRequestSchema = z
  .object({
    event: z
      .enum(['START', 'CLOSE'])
      .meta({ description: 'START 开始执行（已发布 → 执行中） · CLOSE 年度收官（→ 已结束）' }),
    expectedVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: '读取时的方案版本号；给出时，方案已被他人修改则拒绝（409）' }),
  })
  .meta({ id: 'PlanLifecycleRequest', example: { event: 'CLOSE', expectedVersion: 4 } });
const CLOSING = (() => {
  const [from, state] = Object.entries(PLAN_LIFECYCLE.states).find(([, s]) => s.on?.CLOSE) ?? [];
  return { from: from as PlanStatus, to: state?.on?.CLOSE?.target as PlanStatus };
})();
export const planLifecycleResultSchema = z
  .object({
    from: planStatusSchema,
    to: planStatusSchema,
    plan: planSummarySchema.pick({ id: true, status: true, version: true, publishedVersion: true }),
  })
  .meta({
    id: 'PlanLifecycleResult',
    // 年度收官 as the plan's machine has it: the state CLOSE leaves from and the one it leads to.
    example: {
      from: CLOSING.from,
      to: CLOSING.to,
      plan: { id: 'plan-2022-441322', status: CLOSING.to, version: 5, publishedVersion: 2 },
    },
  });

export const unitsResolveRequestSchema = z
  .object({ phrases: z.array(z.string().max(200)).max(50) })
  .meta({ id: 'UnitsResolveRequest', example: { phrases: ['市司法局', '各县（区）人民政府'] } });
export const unitsResolveSchema = z
  .object({
    resolved: z.array(z.object({ phrase: z.string(), orgs: z.array(z.object({ id: z.string(), name: z.string() })) })),
    choices: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  })
  .meta({ id: 'UnitsResolve' });

export const planVersionsSchema = z
  .object({
    versions: z.array(
      z.object({ version: z.number().int(), summary: z.string(), publishedBy: z.string(), publishedAt: z.string() }),
    ),
  })
  .meta({ id: 'PlanVersions' });
export type ImportResult = z.infer<typeof importResultSchema>;

/** A template's localization profile (派生规则): what every derivation from the plan applies. */
export const planProfileSchema = z
  .object({
    rules: z.array(z.record(z.string(), z.unknown())),
    /** True while the plan uses the default profile (no author has changed it). */
    isDefault: z.boolean(),
    /** The plan's version: send it back as `expectedVersion` with a change. */
    version: z.number().int(),
  })
  .meta({ id: 'PlanProfile' });

export const planProfileRequestSchema = z
  .object({
    /** The edited profile, or null to go back to the default one. */
    rules: z.array(z.record(z.string(), z.unknown())).max(100, '派生规则最多 100 条').nullable(),
    expectedVersion: z.number().int().min(0),
  })
  .meta({
    id: 'PlanProfileRequest',
    example: {
      rules: [
        {
          id: 'capability:gazette',
          kind: 'applicability',
          name: '不编发政府公报的单位不承接政府公报任务',
          conditions: { all: [{ fact: 'hasGazette', operator: 'equal', value: false }] },
          event: { type: 'excludeMentioning', params: { words: ['政府公报'], reason: '本级不编发政府公报' } },
        },
      ],
      expectedVersion: 3,
    },
  });
