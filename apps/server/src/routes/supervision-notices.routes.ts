import {
  answerNoticeSchema,
  issueNoticeSchema,
  noticeDetailSchema,
  noticeListQuerySchema,
  noticeListSchema,
  noticeNoteSchema,
  noticeSummarySchema,
} from '@cascade/contracts';
import {
  getNotice,
  getOrg,
  issueNotices,
  listNotices,
  type NoticeStep,
  type NoticeSummary,
  noticeParties,
  noticesOfAssignment,
  stepNotice,
} from '@cascade/db';
import { exportSupervisionNoticeDocx } from '@cascade/documents';
import {
  authorize,
  NOTICE_ACTORS,
  NOTICE_KIND_LABELS,
  NOTICE_STATE_LABELS,
  NOTICE_TITLES,
  type NoticeAction,
  noticeActions,
  type Principal,
} from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allow, principalOf } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';

const tags = ['督查'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const noticeParam = z.object({ noticeId: z.string().min(1).max(64) });

const list = createRoute({
  method: 'get',
  path: '/supervision-notices',
  tags,
  summary:
    '督办单、约谈通知：本单位及下级发出的（issued）或收到的（received），新的在前；按类别和状态计数（含逾期未答复）',
  security: SIGNED_IN,
  request: { query: noticeListQuerySchema },
  responses: { 200: json(noticeListSchema, '通知与计数'), ...problems('forbidden', 'org-not-found') },
});
const detail = createRoute({
  method: 'get',
  path: '/supervision-notices/{noticeId}',
  tags,
  summary: '一份督办单或约谈通知：文号、涉及的逾期任务、要求与答复时限、签收、整改答复、办结',
  security: SIGNED_IN,
  request: { params: noticeParam },
  responses: { 200: json(noticeDetailSchema, '通知'), ...problems('forbidden', 'not-found') },
});
const docx = createRoute({
  method: 'get',
  path: '/supervision-notices/{noticeId}/export.docx',
  tags,
  summary: '打印：督办通知书 / 约谈通知书（Word，公文格式，含签收回执）',
  security: SIGNED_IN,
  request: { params: noticeParam },
  responses: {
    200: {
      description: '督办通知书 / 约谈通知书',
      content: { [DOCX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
    },
    ...problems('forbidden', 'not-found'),
  },
});
const issue = createRoute({
  method: 'post',
  path: '/supervision-notices',
  tags,
  summary: '发出督办单或约谈通知（督查人员，对下级单位的任务）：文号按本单位当年顺序编号',
  security: SIGNED_IN,
  request: { body: { ...json(issueNoticeSchema, '类别、任务、要求、答复时限'), required: true } },
  responses: {
    201: json(noticeDetailSchema, '已发出'),
    ...problems('forbidden', 'csrf', 'assignment-not-found', 'transition-refused'),
  },
});
const forAssignment = createRoute({
  method: 'get',
  path: '/assignments/{assignmentId}/supervision-notices',
  tags,
  summary: '某项任务的督办单、约谈通知',
  security: SIGNED_IN,
  request: { params: z.object({ assignmentId: z.string().min(1).max(200) }) },
  responses: {
    200: json(z.object({ items: z.array(noticeSummarySchema) }), '通知'),
    ...problems('forbidden', 'assignment-not-found'),
  },
});

const STEP_SUMMARIES: Record<NoticeAction, string> = {
  sign: '签收（收文单位）',
  answer: '整改答复（收文单位）：整改措施与整改完成时限',
  return: '退回重新答复（发文单位），须写明理由',
  close: '办结（发文单位）',
};
const stepResponses = {
  200: json(noticeDetailSchema, '办理后的通知'),
  ...problems('forbidden', 'csrf', 'not-found', 'transition-not-allowed', 'transition-refused'),
};
const stepRoute = (action: NoticeAction) =>
  ({
    method: 'post',
    path: `/supervision-notices/{noticeId}/${action}`,
    tags,
    summary: STEP_SUMMARIES[action],
    security: SIGNED_IN,
    responses: stepResponses,
  }) as const;
const signRoute = createRoute({ ...stepRoute('sign'), request: { params: noticeParam } });
const answerRoute = createRoute({
  ...stepRoute('answer'),
  request: { params: noticeParam, body: { ...json(answerNoticeSchema, '整改答复'), required: true } },
});
const returnRoute = createRoute({
  ...stepRoute('return'),
  request: { params: noticeParam, body: { ...json(noticeNoteSchema, '退回理由'), required: true } },
});
const closeRoute = createRoute({
  ...stepRoute('close'),
  request: { params: noticeParam, body: { ...json(noticeNoteSchema, '办结意见'), required: false } },
});

/** What the principal may do with a notice now: the unit signs and answers, the issuer returns and closes. */
function actionsFor(principal: Principal, n: Pick<NoticeSummary, 'state' | 'issuerOrgPath' | 'unitOrgPath'>) {
  return noticeActions(n.state).filter((a) =>
    NOTICE_ACTORS[a] === 'unit'
      ? authorize(principal, 'notice.respond', { orgPath: n.unitOrgPath }).allowed
      : authorize(principal, 'notice.close', { orgPath: n.issuerOrgPath }).allowed,
  );
}

const dto = <T extends NoticeSummary>(principal: Principal, n: T) => ({
  ...n,
  kindLabel: NOTICE_KIND_LABELS[n.kind],
  stateLabel: NOTICE_STATE_LABELS[n.state],
  actions: actionsFor(principal, n),
});

/**
 * 督办单 and 约谈 as documents: listed for the issuer (what its offices issued) and the unit (what
 * it was sent), read, printed (.docx), issued by hand, signed for and answered by the unit, returned
 * or closed by the issuer. Read by the addressed unit and the offices above it; each step by its
 * party only.
 */
export function supervisionNoticesRoutes({ database, today }: AppDeps) {
  const readable = async (c: Context<AppEnv>, noticeId: string) => {
    const parties = await noticeParties(database, noticeId);
    const principal = allow(c, 'notice.read', { orgPath: parties.unitOrgPath });
    return { principal, notice: await getNotice(database, noticeId, today()) };
  };
  const step = async (
    c: Context<AppEnv>,
    noticeId: string,
    action: NoticeAction,
    extra: Pick<NoticeStep, 'answer' | 'note'> = {},
  ) => {
    const parties = await noticeParties(database, noticeId);
    const principal =
      NOTICE_ACTORS[action] === 'unit'
        ? allow(c, 'notice.respond', { orgPath: parties.unitOrgPath })
        : allow(c, 'notice.close', { orgPath: parties.issuerOrgPath });
    await stepNotice(database, { noticeId, action, actor: principal.userId, today: today(), ...extra });
    return dto(principal, await getNotice(database, noticeId, today()));
  };
  return apiRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const account = requireAccount(c);
      const org = await getOrg(database.db, q.orgId ?? account.orgId);
      const principal = allow(c, 'notice.read', { orgPath: org.path });
      const day = today();
      const { items, counts } = await listNotices(database, {
        withinPath: org.path,
        side: q.side,
        planYear: q.year,
        kind: q.kind,
        state: q.state,
        overdueOnly: q.overdue,
        today: day,
        limit: q.limit,
      });
      return c.json(
        {
          org: { id: org.id, name: org.name },
          side: q.side,
          today: day,
          counts,
          items: items.map((n) => dto(principal, n)),
        },
        200,
      );
    })
    .openapi(detail, async (c) => {
      const { principal, notice } = await readable(c, c.req.valid('param').noticeId);
      return c.json(dto(principal, notice), 200);
    })
    .openapi(docx, async (c) => {
      const { notice } = await readable(c, c.req.valid('param').noticeId);
      const bytes = await exportSupervisionNoticeDocx({
        ...notice,
        tasks: notice.tasks.map((t) => ({ ...t })),
      });
      const name = `${NOTICE_TITLES[notice.kind]}（${notice.docNumber}）${notice.unitName}.docx`;
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': DOCX,
        'content-disposition': `attachment; filename="supervision-notice.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    })
    .openapi(issue, async (c) => {
      const body = c.req.valid('json');
      const ids = [...new Set(body.assignmentIds)];
      const rows = await database.query<{ id: string; org_id: string; org_path: string }>(
        'SELECT id, org_id, org_path FROM assignments WHERE id = ANY($1::text[])',
        [ids],
      );
      const missing = ids.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length) throw new ProblemError('assignment-not-found', `任务分工不存在：${missing.join('、')}`);
      let principal: Principal = principalOf(requireAccount(c));
      for (const row of rows) principal = allow(c, 'notice.issue', { orgPath: row.org_path });
      const units = new Set(rows.map((r) => r.org_id));
      if (units.size > 1) throw new ProblemError('transition-refused', '一份督办单或约谈通知只能发给一个单位');
      const [issued] = await database.rawTransaction((tx) =>
        issueNotices(
          tx,
          [
            {
              kind: body.kind,
              issuerOrgId: principal.orgId,
              unitOrgId: rows[0]?.org_id ?? '',
              assignments: rows.map((r) => ({ id: r.id })),
              issuedOn: today(),
              answerWorkingDays: body.answerWorkingDays,
              requirement: body.requirement,
            },
          ],
          principal.userId,
        ),
      );
      return c.json(dto(principal, await getNotice(database, issued?.id ?? '', today())), 201);
    })
    .openapi(forAssignment, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const [row] = await database.query<{ org_path: string }>('SELECT org_path FROM assignments WHERE id = $1', [
        assignmentId,
      ]);
      if (!row) throw new ProblemError('assignment-not-found');
      const principal = allow(c, 'ledger.read', { orgPath: row.org_path });
      const items = await noticesOfAssignment(database, assignmentId, today());
      return c.json({ items: items.map((n) => dto(principal, n)) }, 200);
    })
    .openapi(signRoute, async (c) => c.json(await step(c, c.req.valid('param').noticeId, 'sign'), 200))
    .openapi(answerRoute, async (c) => {
      const answer = c.req.valid('json');
      return c.json(await step(c, c.req.valid('param').noticeId, 'answer', { answer }), 200);
    })
    .openapi(returnRoute, async (c) => {
      const { note } = c.req.valid('json');
      return c.json(await step(c, c.req.valid('param').noticeId, 'return', { note }), 200);
    })
    .openapi(closeRoute, async (c) => {
      const body = c.req.valid('json') as { note?: string } | undefined;
      return c.json(await step(c, c.req.valid('param').noticeId, 'close', { note: body?.note }), 200);
    });
}
