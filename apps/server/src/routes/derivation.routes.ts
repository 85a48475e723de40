import {
  acknowledgementsSchema,
  bindingRequestSchema,
  bindingResultSchema,
  coverageSchema,
  deriveRequestSchema,
  diffSchema,
  inboxSchema,
  jobSchema,
  planIdParamSchema,
  planSummarySchema,
  previewQuerySchema,
  previewSchema,
  upstreamMergeRequestSchema,
  upstreamMergeResultSchema,
  upstreamSchema,
} from '@cascade/contracts';
import {
  applyUpstream,
  deriveChildPlan,
  getOrg,
  getPlan,
  getPlanSnapshot,
  getPlanSummary,
  listAcknowledgements,
  listDerivationInbox,
  listPlanItems,
  loadPublishedDraft,
  type OrgRecord,
  type PlanSummaryRow,
  planCoverage,
  previewDerivation,
  readUpstream,
  setParentBinding,
} from '@cascade/db';
import {
  authorize,
  type Deadline,
  describeChangeNotes,
  describeChanges,
  type Principal,
  type UpstreamMerge,
} from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow, principalOf } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import type { CascadeJobPayload } from '../jobs/job-handlers.ts';
import { jobDto } from '../jobs/job-runner.ts';
import { allowPlan, mayDeriveForDepartment } from './plan-access.ts';
import { itemDto, summaryDto } from './plan-dto.ts';

const tags = ['分解与下达'];

const deadlineDto = (d: Deadline) => ({
  text: d.text,
  kind: d.kind,
  due: d.due,
  ...(d.note ? { note: d.note } : {}),
});

const inbox = createRoute({
  method: 'get',
  path: '/derivation/inbox',
  tags,
  summary: '待分解：上级已发布、下达到本单位的方案',
  security: SIGNED_IN,
  responses: { 200: json(inboxSchema, '上级方案及本单位的分解稿'), ...problems() },
});
const derive = createRoute({
  method: 'post',
  path: '/plans/{planId}/derive',
  tags,
  summary:
    '一键分解：按上级方案最新发布版本生成本单位（或由方案单位为其下级政府、本级部门）的分解稿（本地化并附推导依据；部门可按任务指定股室）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, body: { ...json(deriveRequestSchema, '为哪个下级单位分解'), required: true } },
  responses: {
    201: json(planSummarySchema, '分解稿'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'org-not-found', 'already-derived', 'derivation-refused'),
  },
});
const coverage = createRoute({
  method: 'get',
  path: '/plans/{planId}/coverage',
  tags,
  summary: '逐项对照：上级任务在本级的落实情况',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(coverageSchema, '对照结果'), ...problems('forbidden', 'plan-not-found') },
});
const diff = createRoute({
  method: 'get',
  path: '/plans/{planId}/diff',
  tags,
  summary: '与上级版本逐项并排对照',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(diffSchema, '并排对照'), ...problems('forbidden', 'plan-not-found') },
});
const preview = createRoute({
  method: 'get',
  path: '/plans/{planId}/preview',
  tags,
  summary: '预览：按当前草稿为某个下级政府或本级部门分解（本级编号、变化及依据、指导单位、可选股室），不保存',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, query: previewQuerySchema },
  responses: {
    200: json(previewSchema, '分解预览'),
    ...problems('forbidden', 'plan-not-found', 'org-not-found', 'derivation-refused'),
  },
});
const cascade = createRoute({
  method: 'post',
  path: '/plans/{planId}/cascade',
  tags,
  summary: '逐级下达：为全部下级政府生成分解稿与台账（后台执行，可查询进度）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: {
    202: json(jobSchema, '已开始'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'derivation-refused'),
  },
});
const job = createRoute({
  method: 'get',
  path: '/jobs/{jobId}',
  tags,
  summary: '后台任务进度',
  security: SIGNED_IN,
  request: { params: z.object({ jobId: z.string().uuid('任务编号无效') }) },
  responses: { 200: json(jobSchema, '进度'), ...problems('job-not-found') },
});

const upstream = createRoute({
  method: 'get',
  path: '/plans/{planId}/upstream',
  tags,
  summary: '上级更新：上级新版本带来的变化（逐项、逐字段三方比对）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: {
    200: json(upstreamSchema, '变化与冲突'),
    ...problems('forbidden', 'plan-not-found', 'derivation-refused'),
  },
});
const merge = createRoute({
  method: 'post',
  path: '/plans/{planId}/upstream',
  tags,
  summary: '合并上级更新并签收（冲突须逐项选择保留本级或采用上级）',
  security: SIGNED_IN,
  request: {
    params: planIdParamSchema,
    body: { ...json(upstreamMergeRequestSchema, '目标版本与冲突选择'), required: true },
  },
  responses: {
    200: json(upstreamMergeResultSchema, '已合并'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'conflict', 'derivation-refused'),
  },
});
const binding = createRoute({
  method: 'put',
  path: '/plans/{planId}/binding',
  tags,
  summary: '跟随上级最新版本，或固定于当前依据的版本',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, body: { ...json(bindingRequestSchema, '跟随方式'), required: true } },
  responses: {
    200: json(bindingResultSchema, '已更改'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'conflict', 'derivation-refused'),
  },
});
const acknowledgements = createRoute({
  method: 'get',
  path: '/plans/{planId}/acknowledgements',
  tags,
  summary: '签收情况：下级方案各自依据本方案的哪个版本',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(acknowledgementsSchema, '各下级方案的签收版本'), ...problems('forbidden', 'plan-not-found') },
});

const mergeText = (item: UpstreamMerge['items'][number]): string =>
  item.kind === 'added'
    ? item.theirs.text
    : item.kind === 'removed'
      ? item.ours.text
      : String(item.fields.find((f) => f.field === 'text')?.ours ?? '');

/**
 * Who may derive a plan for an org: that org's own deriver (from its inbox, 待分解), or — for a
 * department or the office of the plan's own government (部门分解本级方案, choosing the 股室) —
 * the plan office that may send the plan down. A subordinate government's plan stays its own to
 * derive (or the cascade's). Otherwise the policy's 403.
 */
function allowDerivation(c: Context<AppEnv>, parent: PlanSummaryRow, child: OrgRecord): Principal {
  const principal = principalOf(requireAccount(c));
  const target = { orgPath: child.path, plan: 'derived' } as const;
  if (authorize(principal, 'plan.derive', target).allowed) return principal;
  if (mayDeriveForDepartment(principal, parent, child)) return principal;
  return allow(c, 'plan.derive', target);
}

/** Deriving a plan for a subordinate, checking it against the parent, and cascading it down. */
export function derivationRoutes({ database, jobs }: AppDeps) {
  const db = database.db;
  return apiRouter()
    .openapi(inbox, async (c) => {
      const account = requireAccount(c);
      const plans = await listDerivationInbox(db, account.orgId);
      return c.json({ plans }, 200);
    })
    .openapi(derive, async (c) => {
      const { planId } = c.req.valid('param');
      const { childOrgId, sections } = c.req.valid('json');
      const parent = await getPlanSummary(db, planId);
      await allowPlan(c, db, 'plan.read', parent);
      const child = await getOrg(db, childOrgId);
      const principal = allowDerivation(c, parent, child);
      const plan = await deriveChildPlan(db, {
        parentPlanId: planId,
        childOrgId: child.id,
        actor: principal.userId,
        ...(sections ? { sections } : {}),
      });
      return c.json(summaryDto(await getPlanSummary(db, plan.id)), 201);
    })
    .openapi(coverage, async (c) => {
      const { planId } = c.req.valid('param');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      const audit = await planCoverage(db, planId);
      return c.json(
        {
          rows: audit.rows.map((r) => {
            const local = audit.items[r.sourceLabel];
            return {
              sourceItemId: r.sourceLabel,
              sourceLabel: audit.labels[r.sourceLabel] ?? r.sourceLabel,
              state: r.state,
              ...(r.justification ? { justification: r.justification } : {}),
              ...(local ? { label: local.label } : {}),
              guidedBy: local?.guidedBy ?? [],
              changes: local?.changes ?? [],
              notes: local?.notes ?? [],
            };
          }),
          counts: audit.counts,
          canPublish: audit.canPublish,
          problems: audit.problems,
        },
        200,
      );
    })
    .openapi(preview, async (c) => {
      const { planId } = c.req.valid('param');
      const { childOrgId } = c.req.valid('query');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      await getOrg(db, childOrgId);
      const d = await previewDerivation(db, { planId, childOrgId });
      // The parent item a derived one comes from: by its id, else by the parent's path (the
      // derived item numbers its own outline, so its own path names another parent item).
      const byId = new Map(d.parentItems.map((p) => [p.id, p]));
      const byPath = new Map(d.parentItems.map((p) => [p.path.join(''), p]));
      const sectionIds = new Map(d.sections.map((s) => [s.name, s.id]));
      return c.json(
        {
          child: { id: d.child.id, name: d.child.name, kind: d.child.kind },
          sections: d.sections.map((s) => ({ id: s.id, name: s.name })),
          items: d.items.map((i) => {
            const sourcePath = i.sourcePath ?? i.path;
            const parent = (i.sourceId && byId.get(i.sourceId)) || byPath.get(sourcePath.join(''));
            const units = [...i.units.lead, ...i.units.responsible, ...i.units.cooperate];
            return {
              label: i.label,
              sourceLabel: i.sourceLabel,
              sourcePath,
              ...(i.sourceId ? { sourceId: i.sourceId } : {}),
              path: i.path,
              text: i.text,
              units: i.units,
              deadline: deadlineDto(i.deadline),
              status: i.status,
              guidedBy: i.guidedBy ?? [],
              partners: i.partners ?? [],
              sectionIds: units.flatMap((u) => sectionIds.get(u) ?? []),
              changes: describeChanges(i.trace),
              notes: describeChangeNotes(i.trace),
              trace: i.trace.map((t) => ({ ...t, from: t.from ?? '', to: t.to ?? '' })),
              parent: {
                text: parent?.text ?? '',
                units: parent?.units ?? { lead: [], responsible: [], cooperate: [] },
                deadline: parent ? deadlineDto(parent.deadline) : null,
              },
            };
          }),
          excluded: d.excluded.map((e) => ({
            sourceLabel: e.sourceLabel,
            path: e.path ?? [e.sourceLabel],
            reason: e.reason,
            ...(e.say ? { say: e.say } : {}),
          })),
        },
        200,
      );
    })
    .openapi(diff, async (c) => {
      const { planId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      await allowPlan(c, db, 'plan.read', summary);
      const childItems = (await listPlanItems(db, planId)).filter((i) => i.kind === 'task');
      if (!summary.parentPlanId)
        return c.json({ parent: null, pairs: childItems.map((i) => ({ parent: null, child: itemDto(i) })) }, 200);
      const [childPlan, parentPlan] = await Promise.all([getPlan(db, planId), getPlan(db, summary.parentPlanId)]);
      // The parent as it was when this plan was derived: the version its items came from.
      const version = childPlan.parentVersion ?? parentPlan.publishedVersion;
      const snapshot = version ? await getPlanSnapshot(db, parentPlan.id, version).catch(() => undefined) : undefined;
      const parentItems = (snapshot?.items ?? (await listPlanItems(db, parentPlan.id))).filter(
        (i) => i.kind === 'task',
      );
      const bySource = new Map(childItems.map((i) => [i.provenance?.sourceItemId, i]));
      const pairs = [
        ...parentItems.map((p) => ({
          parent: itemDto(p),
          child: bySource.has(p.id) ? itemDto(bySource.get(p.id)!) : null,
        })),
        ...childItems.filter((i) => !i.provenance?.sourceItemId).map((i) => ({ parent: null, child: itemDto(i) })),
      ];
      return c.json({ parent: summaryDto(await getPlanSummary(db, parentPlan.id)), pairs }, 200);
    })
    .openapi(cascade, async (c) => {
      const { planId } = c.req.valid('param');
      const summary = await getPlanSummary(db, planId);
      const principal = await allowPlan(c, db, 'plan.cascade', summary);
      // Refused now (not published) rather than in the background.
      await loadPublishedDraft(db, await getPlan(db, planId));
      const payload: CascadeJobPayload = { planId, rootOrgId: summary.ownerOrgId, actor: principal.userId };
      const started = await jobs.enqueue('cascade', summary.ownerPath, payload, principal.userId);
      return c.json(jobDto(started), 202);
    })
    .openapi(upstream, async (c) => {
      const { planId } = c.req.valid('param');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      const state = await readUpstream(db, planId);
      return c.json(
        {
          ...state,
          items: state.items.map((item) => ({
            kind: item.kind,
            key: item.key,
            label: item.label,
            text: mergeText(item),
            fields: item.kind === 'changed' ? item.fields : [],
          })),
        },
        200,
      );
    })
    .openapi(merge, async (c) => {
      const { planId } = c.req.valid('param');
      const principal = await allowPlan(c, db, 'plan.edit', await getPlanSummary(db, planId));
      const { toVersion, resolutions } = c.req.valid('json');
      return c.json(await applyUpstream(db, { planId, toVersion, resolutions, actor: principal.userId }), 200);
    })
    .openapi(binding, async (c) => {
      const { planId } = c.req.valid('param');
      const principal = await allowPlan(c, db, 'plan.edit', await getPlanSummary(db, planId));
      const body = c.req.valid('json');
      return c.json(await setParentBinding(db, { planId, ...body, actor: principal.userId }), 200);
    })
    .openapi(acknowledgements, async (c) => {
      const { planId } = c.req.valid('param');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      // Each subordinate's plan is its own: the superior sees only those in the caller's reach.
      const account = requireAccount(c);
      const rows = await listAcknowledgements(db, planId);
      const visible = rows.filter((r) => r.orgPath.startsWith(account.orgPath));
      return c.json({ rows: visible.map(({ orgPath: _path, ...row }) => row) }, 200);
    })
    .openapi(job, async (c) => {
      const account = requireAccount(c);
      const found = await jobs.get(c.req.valid('param').jobId);
      // Someone else's job is as good as absent: its id says nothing to another branch.
      if (!found || !(found.orgPath.startsWith(account.orgPath) || account.orgPath.startsWith(found.orgPath)))
        throw new ProblemError('job-not-found');
      // A job writes for its requester after the request that queued it: what the poll saw it write
      // is read from the primary until a replica has it too (read-your-writes, `readYourWrites`).
      if (found.state !== 'queued') c.set('observedWrites', true);
      return c.json(jobDto(found), 200);
    });
}
