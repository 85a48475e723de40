import {
  escalationListSchema,
  escalationQuerySchema,
  jobSchema,
  lookBackDetailSchema,
  lookBackListQuerySchema,
  lookBackListSchema,
  lookBackRequestSchema,
  notificationsQuerySchema,
  notificationsSchema,
  orgFeedbackQuerySchema,
  orgFeedbackSchema,
  rollupQuerySchema,
  rollupSchema,
} from '@cascade/contracts';
import {
  countEscalations,
  countInbox,
  feedbackCounts,
  getLookBack,
  getOrg,
  listChildren,
  listEscalations,
  listFeedback,
  listInbox,
  listLookBacks,
  markInboxRead,
  markNotificationRead,
  type RollupRow,
  readRollups,
  stateCategories,
} from '@cascade/db';
import { categoryOf, ESCALATION_ACTION_LABELS, type EscalationAction } from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import { allow } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { prefersEnglish } from '../http/problem.ts';
import { readDatabase } from '../http/read-replica.ts';
import type { LookBackJobPayload } from '../jobs/job-handlers.ts';
import { jobDto } from '../jobs/job-runner.ts';
import { digestMessage, unitsOfDigest } from './notification-digest-text.ts';

const rollup = createRoute({
  method: 'get',
  path: '/rollup/{orgId}',
  tags: ['督查'],
  summary: '汇总：某单位及其每个下级的状态与亮灯分布（逐级下钻）',
  security: SIGNED_IN,
  request: { params: z.object({ orgId: z.string().min(1).max(64) }), query: rollupQuerySchema },
  responses: { 200: json(rollupSchema, '汇总'), ...problems('forbidden', 'org-not-found') },
});
const escalations = createRoute({
  method: 'get',
  path: '/escalations',
  tags: ['督查'],
  summary: '督办单、约谈名单：本单位及下级逾期升级督办的任务（按最高一级）',
  security: SIGNED_IN,
  request: { query: escalationQuerySchema },
  responses: { 200: json(escalationListSchema, '督办、约谈名单'), ...problems('forbidden', 'org-not-found') },
});
const lookBack = createRoute({
  method: 'post',
  path: '/lookback',
  tags: ['督查'],
  summary: '回头看（后台任务）：重新打开上年未完成的任务整改，并结转到下一年度；结果见 GET /api/jobs/{jobId}',
  security: SIGNED_IN,
  request: { body: { ...json(lookBackRequestSchema, '范围与年度'), required: true } },
  responses: {
    202: json(jobSchema, '已开始；完成后 result 为回头看结果（LookBackResult）'),
    ...problems('forbidden', 'csrf', 'org-not-found'),
  },
});
const lookBacks = createRoute({
  method: 'get',
  path: '/lookbacks',
  tags: ['督查'],
  summary: '回头看记录：本单位及下级开展过的回头看（谁、何时、年度、各项数量、结转方案），新的在前',
  security: SIGNED_IN,
  request: { query: lookBackListQuerySchema },
  responses: { 200: json(lookBackListSchema, '回头看记录'), ...problems('forbidden', 'org-not-found') },
});
const lookBackDetail = createRoute({
  method: 'get',
  path: '/lookbacks/{lookBackId}',
  tags: ['督查'],
  summary: '一次回头看：记录及其涉及的台账（重新打开整改的、不能打开的、抽查的），整改期限',
  security: SIGNED_IN,
  request: { params: z.object({ lookBackId: z.string().min(1).max(64) }) },
  responses: { 200: json(lookBackDetailSchema, '回头看记录与台账'), ...problems('forbidden', 'not-found') },
});
const orgFeedback = createRoute({
  method: 'get',
  path: '/feedback',
  tags: ['督查'],
  summary: '台账反馈：本单位某年度发布的方案中，被点名的下级是否已在时限内发布本级分解方案（合计、按直属下级）',
  security: SIGNED_IN,
  request: { query: orgFeedbackQuerySchema },
  responses: { 200: json(orgFeedbackSchema, '反馈情况'), ...problems('forbidden', 'org-not-found') },
});
const notifications = createRoute({
  method: 'get',
  path: '/notifications',
  tags: ['消息'],
  summary:
    '本单位收到的督办、到期提醒、退回与升级督办：同一天同一任务同一类的消息汇总为一条（列出涉及单位），一页消息（新的在前，可分页，filter=pending 只列待处理），未读数、总数与待处理数',
  security: SIGNED_IN,
  request: { query: notificationsQuerySchema },
  responses: { 200: json(notificationsSchema, '一页消息、未读数与总数'), ...problems() },
});
const markRead = createRoute({
  method: 'post',
  path: '/notifications/{eventId}/read',
  tags: ['消息'],
  summary: '标为已读：这条消息（eventId 为其任一事件）汇总的全部事件都标为已读',
  security: SIGNED_IN,
  request: { params: z.object({ eventId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }) },
  responses: { 204: { description: '已读' }, ...problems('csrf') },
});

const markAllRead = createRoute({
  method: 'post',
  path: '/notifications/read-all',
  tags: ['消息'],
  summary: '全部标为已读：本单位消息中本账号未读的全部标为已读，答复标了几条',
  security: SIGNED_IN,
  responses: { 200: json(z.object({ marked: z.number().int() }), '标为已读的条数'), ...problems('csrf') },
});

function countsOf(rows: RollupRow[], categories: ReadonlyMap<string, string>) {
  const byState: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byLight: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    byState[r.state] = (byState[r.state] ?? 0) + r.count;
    // A review step a designer added (review4 …) is in review like the built-in ones.
    const category = categories.get(r.state) ?? categoryOf(r.state) ?? 'open';
    byCategory[category] = (byCategory[category] ?? 0) + r.count;
    byLight[r.light] = (byLight[r.light] ?? 0) + r.count;
    total += r.count;
  }
  return { total, byState, byCategory, byLight };
}

type Say = (p: Record<string, unknown>) => string;
const ESCALATION_ACTION_EN: Record<EscalationAction, string> = {
  remind: 'Overdue reminder',
  notice: 'Supervision notice',
  interview: 'Interview',
};
/** A notification's body in the reader's language (Accept-Language: en → English), from its type and payload. */
const MESSAGES: Record<'zh' | 'en', Record<string, Say>> = {
  zh: {
    'assignment.urged': (p) => `督办：${String(p.message ?? '')}`,
    'assignment.reminder': (p) => `到期提醒：${p.light === 'red' ? '已逾期' : '即将到期'}（${String(p.due ?? '')}）`,
    'assignment.escalated': (p) =>
      `${ESCALATION_ACTION_LABELS[p.action as EscalationAction] ?? '升级督办'}：已逾期 ${String(p.redWorkingDays ?? '')} 个工作日（${String(p.due ?? '')} 到期）`,
    'assignment.return': (p) => `报送被退回：${String((p.event as { reason?: string } | undefined)?.reason ?? '')}`,
    'lookback.plan-created': (p) =>
      `${String(p.lookedBackOn ?? '')}年度回头看已将未完成任务结转到《${String(p.title ?? '')}》（草稿），请核对后发布`,
    other: () => '新消息',
  },
  en: {
    'assignment.urged': (p) => `Urged: ${String(p.message ?? '')}`,
    'assignment.reminder': (p) =>
      `Deadline reminder: ${p.light === 'red' ? 'overdue' : 'due soon'} (${String(p.due ?? '')})`,
    'assignment.escalated': (p) =>
      `${ESCALATION_ACTION_EN[p.action as EscalationAction] ?? 'Escalated'}: ${String(p.redWorkingDays ?? '')} working days overdue (due ${String(p.due ?? '')})`,
    'assignment.return': (p) =>
      `Report returned: ${String((p.event as { reason?: string } | undefined)?.reason ?? '')}`,
    'lookback.plan-created': (p) =>
      `The ${String(p.lookedBackOn ?? '')} look-back carried unfinished tasks over to “${String(p.title ?? '')}” (a draft); check it and publish`,
    other: () => 'New message',
  },
};
const messageOf = (lang: 'zh' | 'en', type: string, payload: Record<string, unknown>) =>
  (MESSAGES[lang][type] ?? MESSAGES[lang].other ?? String)(payload);

/**
 * Supervision: roll-up with drill-down, 台账反馈 per org, 回头看 and its records, and each unit's inbox.
 * The dashboard's reads (roll-up, escalations, 回头看 records, feedback) go to the replica when there
 * is one (`readDatabase`).
 */
export function oversightRoutes(deps: AppDeps) {
  const { database, jobs, today } = deps;
  const db = database.db;
  return apiRouter()
    .openapi(rollup, async (c) => {
      const { orgId } = c.req.valid('param');
      const { year } = c.req.valid('query');
      const reads = await readDatabase(c, deps);
      const org = await getOrg(reads, orgId);
      allow(c, 'rollup.read', { orgPath: org.path });
      const children = await listChildren(reads, org.id);
      const [counts, categories] = await Promise.all([
        readRollups(reads, [org.id, ...children.map((ch) => ch.id)], year),
        stateCategories(reads),
      ]);
      return c.json(
        {
          org: { id: org.id, name: org.name },
          year,
          counts: countsOf(counts.get(org.id) ?? [], categories),
          children: children
            .map((ch) => ({
              id: ch.id,
              name: ch.name,
              kind: ch.kind,
              counts: countsOf(counts.get(ch.id) ?? [], categories),
            }))
            .filter((ch) => ch.counts.total > 0),
        },
        200,
      );
    })
    .openapi(escalations, async (c) => {
      const q = c.req.valid('query');
      const reads = await readDatabase(c, deps);
      const org = await getOrg(reads, q.orgId);
      allow(c, 'escalation.read', { orgPath: org.path });
      const scope = { withinPath: org.path, year: q.year, openOnly: !q.includeFinished };
      const [items, counts] = await Promise.all([
        listEscalations(reads, { ...scope, action: q.action, limit: q.limit }),
        countEscalations(reads, scope),
      ]);
      return c.json(
        {
          org: { id: org.id, name: org.name },
          counts,
          items: items.map((e) => ({ ...e, actionLabel: ESCALATION_ACTION_LABELS[e.action] })),
        },
        200,
      );
    })
    .openapi(lookBack, async (c) => {
      const { orgId, year } = c.req.valid('json');
      const org = await getOrg(db, orgId);
      const principal = allow(c, 'lookback.run', { orgPath: org.path });
      // A province's look-back reopens tens of thousands of rows: in the background, with progress.
      // The record's id is fixed here, so a job run again continues the same record; the day is the
      // server's (the demo's in the demo), from which the rectifications are due.
      const payload: LookBackJobPayload = {
        rootOrgId: org.id,
        year,
        actor: { userId: principal.userId, orgId: principal.orgId, role: principal.role },
        today: today(),
        lookBackId: crypto.randomUUID(),
      };
      return c.json(jobDto(await jobs.enqueue('look-back', org.path, payload, principal.userId)), 202);
    })
    .openapi(lookBacks, async (c) => {
      const { orgId, year } = c.req.valid('query');
      const reads = await readDatabase(c, deps);
      const org = await getOrg(reads, orgId);
      allow(c, 'rollup.read', { orgPath: org.path });
      return c.json({ runs: await listLookBacks(reads, { withinPath: org.path, year }) }, 200);
    })
    .openapi(lookBackDetail, async (c) => {
      const { lookBackId } = c.req.valid('param');
      const found = await getLookBack(await readDatabase(c, deps), lookBackId);
      allow(c, 'rollup.read', { orgPath: found.run.rootOrgPath });
      return c.json(found, 200);
    })
    .openapi(orgFeedback, async (c) => {
      const { orgId, year } = c.req.valid('query');
      const reads = await readDatabase(c, deps);
      const org = await getOrg(reads, orgId);
      allow(c, 'rollup.read', { orgPath: org.path });
      const day = today();
      const [rows, children] = await Promise.all([
        listFeedback(reads, { ownerOrgId: org.id, year }, day),
        listChildren(reads, org.id),
      ]);
      // Each row counts under the direct subordinate whose subtree holds the unit it asked.
      const byChild: Record<string, ReturnType<typeof feedbackCounts>> = {};
      for (const child of children) {
        const under = rows.filter((r) => r.orgPath.startsWith(child.path));
        if (under.length) byChild[child.id] = feedbackCounts(under);
      }
      return c.json(
        {
          org: { id: org.id, name: org.name },
          year,
          today: day,
          counts: feedbackCounts(rows),
          byChild,
          rows: rows.map(({ orgPath: _path, ...row }) => row),
        },
        200,
      );
    })
    .openapi(notifications, async (c) => {
      const account = requireAccount(c);
      const query = c.req.valid('query');
      const inbox = { orgId: account.orgId, userId: account.id, filter: query.filter };
      const [entries, counts] = await Promise.all([listInbox(db, { ...inbox, ...query }), countInbox(db, inbox)]);
      const lang = prefersEnglish(c) ? 'en' : 'zh';
      return c.json(
        {
          items: entries.map(({ payload, docCount, ...e }) => ({
            ...e,
            orgName: unitsOfDigest(lang, e),
            message: digestMessage(lang, { ...e, docCount }, messageOf(lang, e.type, payload)),
          })),
          ...counts,
        },
        200,
      );
    })
    .openapi(markRead, async (c) => {
      const account = requireAccount(c);
      await markNotificationRead(db, {
        orgId: account.orgId,
        userId: account.id,
        eventId: c.req.valid('param').eventId,
      });
      return c.body(null, 204);
    })
    .openapi(markAllRead, async (c) => {
      const account = requireAccount(c);
      return c.json({ marked: await markInboxRead(db, { orgId: account.orgId, userId: account.id }) }, 200);
    });
}
