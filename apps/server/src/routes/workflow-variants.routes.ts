import {
  createWorkflowVariantSchema,
  publishWorkflowVariantSchema,
  saveWorkflowDraftSchema,
  workflowMigrationRequestSchema,
  workflowMigrationResultSchema,
  workflowVariantIdParamSchema,
  workflowVariantListSchema,
  workflowVariantSchema,
} from '@cascade/contracts';
import {
  createVariant,
  getOrg,
  getVariant,
  getVariantVersion,
  listVariants,
  listVariantVersions,
  migrateAssignmentsToVariant,
  publishVariant,
  saveVariantDraft,
  type VariantRecord,
  WorkflowVariantNotFoundError,
} from '@cascade/db';
import { STANDARD_VARIANTS, variantRef, type WorkflowVariant } from '@cascade/engine';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';

const tags = ['流程设计'];
const EDIT_PROBLEMS = ['forbidden', 'csrf', 'workflow-variant-not-found', 'conflict', 'validation'] as const;

const list = createRoute({
  method: 'get',
  path: '/workflow-variants',
  tags,
  summary: '流程库：内置流程，以及本单位、上级和下级设计的流程',
  security: SIGNED_IN,
  responses: { 200: json(workflowVariantListSchema, '流程列表'), ...problems('forbidden') },
});
const create = createRoute({
  method: 'post',
  path: '/workflow-variants',
  tags,
  summary: '新建流程（保存为草稿；先校验：每个状态可到达、可走到终止状态、每个流转有执行者）',
  security: SIGNED_IN,
  request: { body: { ...json(createWorkflowVariantSchema, '流程定义'), required: true } },
  responses: { 201: json(workflowVariantSchema, '已保存的草稿'), ...problems(...EDIT_PROBLEMS, 'org-not-found') },
});
const read = createRoute({
  method: 'get',
  path: '/workflow-variants/{variantId}',
  tags,
  summary: '一个流程：正在编辑的定义与最新发布版本',
  security: SIGNED_IN,
  request: { params: workflowVariantIdParamSchema },
  responses: { 200: json(workflowVariantSchema, '流程'), ...problems('forbidden', 'workflow-variant-not-found') },
});
const saveDraft = createRoute({
  method: 'put',
  path: '/workflow-variants/{variantId}/draft',
  tags,
  summary: '保存流程草稿（校验不通过时指明出错的状态或流转）',
  security: SIGNED_IN,
  request: {
    params: workflowVariantIdParamSchema,
    body: { ...json(saveWorkflowDraftSchema, '流程定义'), required: true },
  },
  responses: { 200: json(workflowVariantSchema, '已保存的草稿'), ...problems(...EDIT_PROBLEMS) },
});
const publish = createRoute({
  method: 'post',
  path: '/workflow-variants/{variantId}/publish',
  tags,
  summary: '发布流程草稿为新版本；任务可选用已发布的版本',
  security: SIGNED_IN,
  request: {
    params: workflowVariantIdParamSchema,
    body: { ...json(publishWorkflowVariantSchema, '草稿版本'), required: true },
  },
  responses: { 200: json(workflowVariantSchema, '已发布'), ...problems(...EDIT_PROBLEMS) },
});
const migrate = createRoute({
  method: 'post',
  path: '/workflow-variants/{variantId}/migration',
  tags,
  summary:
    '把按旧版本办理中的任务分工迁到最新发布版本：dryRun 为 true 时只列出各状态将迁往何处、各多少；否则在一个事务中迁移，每条写一个事件',
  security: SIGNED_IN,
  request: {
    params: workflowVariantIdParamSchema,
    body: { ...json(workflowMigrationRequestSchema, '状态对应与是否试运行'), required: true },
  },
  responses: { 200: json(workflowMigrationResultSchema, '迁移结果'), ...problems(...EDIT_PROBLEMS) },
});

function builtInDto(variant: WorkflowVariant) {
  return {
    id: variant.id,
    name: variant.name,
    kind: 'builtIn' as const,
    ownerOrgId: null,
    publishedVersion: variant.version,
    ref: variant.id,
    hasDraft: false,
    version: 1,
    definition: variant,
    published: variant,
  };
}

function designedDto(record: VariantRecord) {
  return {
    id: record.id,
    name: record.name,
    kind: 'designed' as const,
    ownerOrgId: record.ownerOrgId,
    publishedVersion: record.publishedVersion,
    ref: record.publishedVersion ? variantRef(record.id, record.publishedVersion) : null,
    hasDraft: record.draft !== null,
    version: record.version,
    definition: record.editing,
    published: record.published,
  };
}

/**
 * 流程设计: an office's own workflow variants — drafted, validated, published as versions a task
 * picks, and the rows running on an older version moved to the newest with a dry run first.
 */
export function workflowVariantsRoutes({ database }: AppDeps) {
  const db = database.db;

  /** The variant, if the reader's branch holds it (its own, a superior's or a subordinate's). */
  async function readable(c: Context<AppEnv>, variantId: string): Promise<VariantRecord> {
    const record = await getVariant(db, variantId);
    allow(c, 'plan.read', { orgPath: record.ownerOrgPath });
    return record;
  }

  async function editable(c: Context<AppEnv>, variantId: string) {
    const record = await getVariant(db, variantId);
    const principal = allow(c, 'workflow.design', { orgPath: record.ownerOrgPath });
    return { record, principal };
  }

  return apiRouter()
    .openapi(list, async (c) => {
      const account = requireAccount(c);
      const designed = await listVariants(db, { withinPath: account.orgPath });
      return c.json({ variants: [...STANDARD_VARIANTS.map(builtInDto), ...designed.map(designedDto)] }, 200);
    })
    .openapi(create, async (c) => {
      const account = requireAccount(c);
      const { ownerOrgId, definition } = c.req.valid('json');
      const owner = await getOrg(db, ownerOrgId ?? account.orgId);
      const principal = allow(c, 'workflow.design', { orgPath: owner.path });
      const record = await createVariant(db, {
        ownerOrgId: owner.id,
        ownerOrgPath: owner.path,
        definition: definition as Omit<WorkflowVariant, 'id' | 'version'>,
        actor: principal.userId,
      });
      return c.json(designedDto(record), 201);
    })
    .openapi(read, async (c) => {
      const { variantId } = c.req.valid('param');
      const record = await readable(c, variantId);
      const versions = (await listVariantVersions(db, variantId)).map((v) => ({
        version: v.version,
        states: Object.fromEntries(Object.entries(v.states).map(([name, s]) => [name, s.label])),
      }));
      return c.json({ ...designedDto(record), versions }, 200);
    })
    .openapi(saveDraft, async (c) => {
      const { variantId } = c.req.valid('param');
      const { principal } = await editable(c, variantId);
      const { expectedVersion, definition } = c.req.valid('json');
      const record = await saveVariantDraft(db, {
        id: variantId,
        expectedVersion,
        definition: definition as Omit<WorkflowVariant, 'id' | 'version'>,
        actor: principal.userId,
      });
      return c.json(designedDto(record), 200);
    })
    .openapi(publish, async (c) => {
      const { variantId } = c.req.valid('param');
      const { principal } = await editable(c, variantId);
      const { expectedVersion } = c.req.valid('json');
      return c.json(
        designedDto(await publishVariant(db, { id: variantId, expectedVersion, actor: principal.userId })),
        200,
      );
    })
    .openapi(migrate, async (c) => {
      const { variantId } = c.req.valid('param');
      const { record, principal } = await editable(c, variantId);
      const { fromVersion, mapping, planId, dryRun } = c.req.valid('json');
      const from = await getVariantVersion(db, variantId, fromVersion);
      if (!from || !record.published) throw new WorkflowVariantNotFoundError(`${variantId}@${fromVersion}`);
      const result = await migrateAssignmentsToVariant(db, {
        from,
        to: record.published,
        mapping,
        dryRun,
        actor: principal.userId,
        ...(planId ? { planId } : {}),
      });
      return c.json(result, 200);
    });
}
