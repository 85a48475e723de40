import {
  itemAddRequestSchema,
  itemMoveRequestSchema,
  itemParamSchema,
  itemPatchRequestSchema,
  itemRemoveQuerySchema,
  itemRemoveResultSchema,
  planDetailSchema,
  planIdParamSchema,
  planItemSchema,
  planListQuerySchema,
  planListSchema,
  planVersionsSchema,
  publishRequestSchema,
  publishResultSchema,
  unitsResolveRequestSchema,
  unitsResolveSchema,
} from '@cascade/contracts';
import {
  addPlanItem,
  type Db,
  findVisiblePlans,
  getPlan,
  getPlanSummary,
  getVariant,
  getVariantVersion,
  listPlanItems,
  listPlanVersions,
  loadPlanDraft,
  movePlanItem,
  planCoverage,
  publishPlan,
  removePlanItem,
  resolvePlanUnits,
  restorePlanItem,
  updatePlanItem,
} from '@cascade/db';
import { exportPlanDocx } from '@cascade/documents';
import {
  checkDeadlineText,
  type Deadline,
  isDesignedVariantRef,
  type PlanStatus,
  parseDeadline,
  parseVariantRef,
  type Rule,
  resolveWorkflowVariant,
  validateItemRules,
  validateWorkflow,
} from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow, principalOf } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { readDatabase } from '../http/read-replica.ts';
import { allowPlan, draftVisibilityOf } from './plan-access.ts';
import { detailDto, itemDto, summaryDto } from './plan-dto.ts';

const tags = ['方案'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: '本单位、上级和下级单位的方案：查找、按年度/状态/层级筛选、排序、分页（total 为总数）',
  security: SIGNED_IN,
  request: { query: planListQuerySchema },
  responses: { 200: json(planListSchema, '方案列表'), ...problems() },
});
const detail = createRoute({
  method: 'get',
  path: '/{planId}',
  tags,
  summary: '方案及其全部事项（章节与任务）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(planDetailSchema, '方案'), ...problems('forbidden', 'plan-not-found') },
});
const patchItem = createRoute({
  method: 'patch',
  path: '/{planId}/items/{itemId}',
  tags,
  summary: '修改一个事项（需带上读取时的版本号；分解方案的修改记为本级调整）',
  security: SIGNED_IN,
  request: { params: itemParamSchema, body: { ...json(itemPatchRequestSchema, '修改内容'), required: true } },
  responses: {
    200: json(planItemSchema, '修改后的事项'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'item-not-found', 'conflict'),
  },
});
const addItem = createRoute({
  method: 'post',
  path: '/{planId}/items',
  tags,
  summary: '新增章节或任务',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, body: { ...json(itemAddRequestSchema, '新事项'), required: true } },
  responses: {
    201: json(planItemSchema, '新增的事项'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'item-not-found', 'outline-refused'),
  },
});
const moveItem = createRoute({
  method: 'post',
  path: '/{planId}/items/{itemId}/move',
  tags,
  summary: '调整大纲：上移、下移、降级、升级（连同其下事项），全案自动重新编号',
  security: SIGNED_IN,
  request: { params: itemParamSchema, body: { ...json(itemMoveRequestSchema, '调整方式'), required: true } },
  responses: {
    200: json(z.object({ items: z.array(planItemSchema) }), '调整后的全部事项'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'item-not-found', 'outline-refused'),
  },
});
const resolveUnits = createRoute({
  method: 'post',
  path: '/{planId}/units/resolve',
  tags,
  summary: '承办单位用语对应到哪些单位（与发布时生成台账的规则相同），以及可选的本级单位',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, body: { ...json(unitsResolveRequestSchema, '单位用语'), required: true } },
  responses: { 200: json(unitsResolveSchema, '对应结果'), ...problems('forbidden', 'csrf', 'plan-not-found') },
});
const removeItem = createRoute({
  method: 'delete',
  path: '/{planId}/items/{itemId}',
  tags,
  summary: '删除本级新增的事项；继承的事项标为“不适用”并说明理由',
  security: SIGNED_IN,
  request: { params: itemParamSchema, query: itemRemoveQuerySchema },
  responses: {
    200: json(itemRemoveResultSchema, '删除或标记的结果'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'item-not-found', 'conflict'),
  },
});
const restoreItem = createRoute({
  method: 'post',
  path: '/{planId}/items/{itemId}/restore',
  tags,
  summary: '撤销删除：删除的事项（连同其下事项、规则和流程）按原编号位置恢复；标为“不适用”的继承事项恢复适用',
  security: SIGNED_IN,
  request: { params: itemParamSchema },
  responses: {
    200: json(planItemSchema, '恢复后的事项'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'item-not-found', 'conflict'),
  },
});
const publish = createRoute({
  method: 'post',
  path: '/{planId}/publish',
  tags,
  summary: '发布新版本并向承办单位下达任务（分解方案须逐项对照无缺项；已年度收官的方案不能再发布）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, body: { ...json(publishRequestSchema, '版本说明'), required: true } },
  responses: {
    200: json(publishResultSchema, '已发布'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'conflict', 'transition-not-allowed', 'publish-refused'),
  },
});
const versions = createRoute({
  method: 'get',
  path: '/{planId}/versions',
  tags,
  summary: '已发布的版本',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(planVersionsSchema, '版本列表'), ...problems('forbidden', 'plan-not-found') },
});
const exportDocx = createRoute({
  method: 'get',
  path: '/{planId}/export.docx',
  tags,
  summary: '导出为 Word（GB/T 9704 公文格式，附任务分工表）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: {
    200: {
      description: 'Word 文件',
      content: { [DOCX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
    },
    ...problems('forbidden', 'plan-not-found'),
  },
});

/** A typed deadline as the engine reads it; a date that cannot exist is a 400 naming the field. */
function parseDeadlineText(text: string | undefined, year: number, field: string): Deadline | undefined {
  if (text === undefined) return undefined;
  const problem = checkDeadlineText(text, year);
  if (problem) throw new ProblemError('validation', `${field}：${problem}`, [{ path: field, message: problem }]);
  return parseDeadline(text, { year });
}

/**
 * Item rules and workflow variant as the engine checks them (the designer shows the same problems
 * before saving): each problem names its field, `rules[0].event.params.pairs[1]`. The engine's
 * `validateItemRules` is the one place that decides (event parameters, growth of substitutions);
 * the derivation applies the same check to rules stored before it existed.
 */
function checkItemPatch(patch: { rules?: unknown[]; workflowVariant?: string }): Rule[] | undefined {
  const errors: { path: string; message: string }[] = [];
  for (const p of validateItemRules(patch.rules ?? []))
    errors.push({ path: `rules${p.path.slice(1)}`, message: p.message });
  if (patch.workflowVariant !== undefined && !isDesignedVariantRef(patch.workflowVariant)) {
    const resolved = resolveWorkflowVariant(patch.workflowVariant);
    if (!resolved.ok) errors.push({ path: 'workflowVariant', message: resolved.message });
    else
      for (const p of validateWorkflow(resolved.variant))
        errors.push({ path: `workflowVariant.${p.path}`, message: p.message });
  }
  if (errors.length)
    throw new ProblemError('validation', errors.map((e) => `${e.path}：${e.message}`).join('；'), errors);
  return patch.rules as Rule[] | undefined;
}

/**
 * A designed variant a task picks: a published version (wf-…@2) of a variant on the editor's
 * branch (its own office's, a superior's or a subordinate's).
 */
async function checkDesignedVariant(c: Context<AppEnv>, db: Db, ref: string): Promise<void> {
  const { id, version } = parseVariantRef(ref);
  const refuse = (message: string) => {
    throw new ProblemError('validation', `workflowVariant：${message}`, [{ path: 'workflowVariant', message }]);
  };
  const record = await getVariant(db, id).catch(() => null);
  if (!record || !(await getVariantVersion(db, id, version))) return refuse(`流程 ${ref} 不存在或尚未发布`);
  allow(c, 'plan.read', { orgPath: record.ownerOrgPath });
}

/** Plans: import, read, edit, publish, versions, export. */
export function plansRoutes(deps: AppDeps) {
  const { database, today } = deps;
  const db = database.db;
  return apiRouter()
    .openapi(list, async (c) => {
      const principal = principalOf(requireAccount(c));
      const query = c.req.valid('query');
      // Drafts never published only where the principal may read them, as the detail decides.
      const { plans, total, years } = await findVisiblePlans(db, principal.orgPath, {
        ...query,
        drafts: draftVisibilityOf(principal),
      });
      return c.json({ plans: plans.map(summaryDto), total, limit: query.limit, offset: query.offset, years }, 200);
    })
    .openapi(detail, async (c) => {
      const { planId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      await allowPlan(c, db, 'plan.read', summary);
      const plan = await getPlan(db, planId);
      return c.json(detailDto(summary, plan.settings, await listPlanItems(db, planId)), 200);
    })
    .openapi(patchItem, async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.edit', summary);
      const { expectedVersion, reason, patch } = c.req.valid('json');
      const { deadlineText, rules: _rules, ...rest } = patch;
      const rules = checkItemPatch(patch);
      if (patch.workflowVariant && isDesignedVariantRef(patch.workflowVariant))
        await checkDesignedVariant(c, db, patch.workflowVariant);
      const deadline = parseDeadlineText(deadlineText, summary.year, 'json.patch.deadlineText');
      const updated = await updatePlanItem(db, {
        planId,
        itemId,
        expectedVersion,
        patch: { ...rest, ...(deadline ? { deadline } : {}), ...(rules ? { rules } : {}) },
        ...(reason ? { reason } : {}),
        actor: principal.userId,
      });
      return c.json(itemDto(updated), 200);
    })
    .openapi(addItem, async (c) => {
      const { planId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.edit', summary);
      const { deadlineText, afterItemId, inside, units, ...body } = c.req.valid('json');
      const deadline = parseDeadlineText(deadlineText, summary.year, 'json.deadlineText');
      const added = await addPlanItem(db, {
        planId,
        ...body,
        ...(afterItemId ? { afterItemId } : {}),
        ...(inside ? { inside } : {}),
        ...(units ? { units } : {}),
        ...(deadline ? { deadline } : {}),
        actor: principal.userId,
      });
      return c.json(itemDto(added), 201);
    })
    .openapi(moveItem, async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.edit', summary);
      const { move } = c.req.valid('json');
      const items = await movePlanItem(db, { planId, itemId, move, actor: principal.userId });
      return c.json({ items: items.map(itemDto) }, 200);
    })
    .openapi(resolveUnits, async (c) => {
      const { planId } = c.req.valid('param');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      return c.json(await resolvePlanUnits(db, planId, c.req.valid('json').phrases), 200);
    })
    .openapi(removeItem, async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.edit', summary);
      const { expectedVersion, reason } = c.req.valid('query');
      const result = await removePlanItem(db, {
        planId,
        itemId,
        expectedVersion,
        ...(reason ? { reason } : {}),
        actor: principal.userId,
      });
      return c.json(result, 200);
    })
    .openapi(restoreItem, async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.edit', summary);
      const restored = await restorePlanItem(db, { planId, itemId, actor: principal.userId });
      return c.json(itemDto(restored), 200);
    })
    .openapi(publish, async (c) => {
      const { planId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.publish', summary);
      const { expectedVersion, summary: note, acknowledgedWarnings } = c.req.valid('json');
      const result = await publishPlan(db, {
        planId,
        expectedVersion,
        summary: note,
        actor: principal.userId,
        publishedOn: today(),
        ...(acknowledgedWarnings ? { acknowledgedWarnings } : {}),
        // A derived plan goes out only when every task addressed to it is covered or dropped with a reason.
        check: async (_draft, plan) => (plan.parentPlanId ? (await planCoverage(db, planId)).problems : []),
      });
      const { id, status, version, publishedVersion } = result.plan;
      return c.json(
        {
          version: result.version,
          assignmentsIssued: result.assignmentsIssued,
          rescheduled: result.rescheduled,
          withdrawn: result.withdrawn,
          plan: { id, status: status as PlanStatus, version, publishedVersion },
        },
        200,
      );
    })
    .openapi(versions, async (c) => {
      const { planId } = c.req.valid('param');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      const rows = await listPlanVersions(db, planId);
      return c.json({ versions: rows.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })) }, 200);
    })
    .openapi(exportDocx, async (c) => {
      const { planId } = c.req.valid('param');
      // An export is a heavy read: the replica when there is one (`readDatabase`).
      const reads = await readDatabase(c, deps);
      const summary = await getPlanSummary(reads, planId);
      await allowPlan(c, reads, 'plan.read', summary);
      const { draft } = await loadPlanDraft(reads, planId);
      const bytes = await exportPlanDocx(draft);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': DOCX,
        'content-disposition': `attachment; filename="plan.docx"; filename*=UTF-8''${encodeURIComponent(`${summary.title}.docx`)}`,
      });
    });
}
