import {
  assignmentDetailSchema,
  assignmentIdParamSchema,
  ledgerPageSchema,
  ledgerQuerySchema,
  ledgerRowSchema,
  returnRequestSchema,
  transitionRequestSchema,
  urgeRequestSchema,
  urgeResultSchema,
  verifyRequestSchema,
} from '@cascade/contracts';
import {
  type Db,
  displayNames,
  getOrg,
  type LedgerRow,
  listAssignmentEvents,
  queryLedger,
  readEvidence,
} from '@cascade/db';
import { exportLedgerXlsx, type LedgerRow as LedgerSheetRow } from '@cascade/documents';
import {
  type Action,
  approvalEventIn,
  authorize,
  type FireableEvent,
  type Principal,
  type RowAction,
  rowActionsIn,
} from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import { allow } from '../auth/authorize.ts';
import { requireAccount } from '../auth/session.middleware.ts';
import { readEvidenceFiles } from '../evidence/check-upload.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError, prefersEnglish } from '../http/problem.ts';
import { readDatabase } from '../http/read-replica.ts';
import { assignmentActions } from './assignment-actions.ts';
import { readTransitionRequest } from './transition-request.ts';

const tags = ['台账与办理'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = z.any().meta({ type: 'string', format: 'binary' });
const TRANSITION_PROBLEMS = [
  'forbidden',
  'csrf',
  'assignment-not-found',
  'conflict',
  'transition-not-allowed',
  'transition-refused',
  'idempotency-key-reused',
] as const;

const ledger = createRoute({
  method: 'get',
  path: '/ledger',
  tags,
  summary: '台账：本单位及下级的任务分工，可筛选、排序、分页',
  security: SIGNED_IN,
  request: { query: ledgerQuerySchema },
  responses: { 200: json(ledgerPageSchema, '一页台账与总数'), ...problems('forbidden', 'org-not-found') },
});
const ledgerExport = createRoute({
  method: 'get',
  path: '/ledger/export.xlsx',
  tags,
  summary: '按当前筛选导出台账为 Excel（最多 10 000 行）',
  security: SIGNED_IN,
  request: { query: ledgerQuerySchema },
  responses: {
    200: { description: 'Excel 文件', content: { [XLSX]: { schema: binary } } },
    ...problems('forbidden', 'org-not-found'),
  },
});
const detail = createRoute({
  method: 'get',
  path: '/assignments/{assignmentId}',
  tags,
  summary: '一条任务分工：当前状态、办理记录与可执行的操作',
  security: SIGNED_IN,
  request: { params: assignmentIdParamSchema },
  responses: { 200: json(assignmentDetailSchema, '任务分工'), ...problems('forbidden', 'assignment-not-found') },
});
const report = createRoute({
  method: 'post',
  path: '/assignments/{assignmentId}/report',
  tags,
  summary: '报送完成情况（文字 + 佐证材料，multipart/form-data）',
  security: SIGNED_IN,
  request: {
    params: assignmentIdParamSchema,
    body: {
      required: false,
      content: {
        'multipart/form-data': {
          schema: z.object({
            expectedVersion: z.string().optional().meta({ example: '1', description: '必填' }),
            text: z.string().optional().meta({ example: '已在政府网站开设专栏，按时公开。', description: '必填' }),
            idempotencyKey: z.string().optional(),
            // One file or several under the same name: checked in the handler, described here.
            files: z
              .any()
              .optional()
              .meta({
                type: 'array',
                items: { type: 'string', format: 'binary' },
                description: 'pdf、png、jpg、docx、xlsx、doc、xls、txt，每个 ≤ 20 MB，最多 10 个',
              }),
          }),
        },
      },
    },
  },
  responses: {
    200: json(ledgerRowSchema, '报送后的任务分工'),
    ...problems(...TRANSITION_PROBLEMS, 'payload-too-large', 'unsupported-media-type'),
  },
});
const verify = createRoute({
  method: 'post',
  path: '/assignments/{assignmentId}/verify',
  tags,
  summary: '核验通过；审核步骤（初审、复审、终审）中为本步审核通过（不能核验本单位自己的报送）',
  security: SIGNED_IN,
  request: { params: assignmentIdParamSchema, body: { ...json(verifyRequestSchema, '核验意见'), required: true } },
  responses: { 200: json(ledgerRowSchema, '核验后的任务分工'), ...problems(...TRANSITION_PROBLEMS) },
});
const returnReport = createRoute({
  method: 'post',
  path: '/assignments/{assignmentId}/return',
  tags,
  summary: '退回报送（须说明理由）',
  security: SIGNED_IN,
  request: { params: assignmentIdParamSchema, body: { ...json(returnRequestSchema, '退回理由'), required: true } },
  responses: { 200: json(ledgerRowSchema, '退回后的任务分工'), ...problems(...TRANSITION_PROBLEMS) },
});
const fire = createRoute({
  method: 'post',
  path: '/assignments/{assignmentId}/transitions',
  tags,
  summary:
    '触发任务分工的一个流程事件（申请延期、批准延期、销号、暂缓……）：可触发的事件及须填写的内容见 GET /assignments/{assignmentId} 的 transitions；附佐证材料时用 multipart/form-data',
  security: SIGNED_IN,
  request: {
    params: assignmentIdParamSchema,
    body: {
      // Either kind of body; read and checked by one schema in the handler (transition-request.ts).
      required: false,
      content: {
        'application/json': { schema: transitionRequestSchema },
        'multipart/form-data': {
          schema: z.object({
            event: z.string().optional().meta({ example: 'REPORT', description: '必填' }),
            expectedVersion: z.string().optional().meta({ example: '1', description: '必填' }),
            reason: z.string().optional(),
            comment: z.string().optional(),
            dueOn: z.string().optional(),
            idempotencyKey: z.string().optional(),
            files: z
              .any()
              .optional()
              .meta({ type: 'array', items: { type: 'string', format: 'binary' }, description: '佐证材料' }),
          }),
        },
      },
    },
  },
  responses: {
    200: json(ledgerRowSchema, '触发后的任务分工'),
    ...problems(...TRANSITION_PROBLEMS, 'validation', 'payload-too-large', 'unsupported-media-type'),
  },
});
const urge = createRoute({
  method: 'post',
  path: '/assignments/{assignmentId}/urge',
  tags,
  summary: '督办（催办）：通知承办单位',
  security: SIGNED_IN,
  request: { params: assignmentIdParamSchema, body: { ...json(urgeRequestSchema, '督办内容'), required: true } },
  responses: { 201: json(urgeResultSchema, '已督办'), ...problems('forbidden', 'csrf', 'assignment-not-found') },
});
const evidence = createRoute({
  method: 'get',
  path: '/assignments/{assignmentId}/evidence/{hash}',
  tags,
  summary: '下载佐证材料（仅限可查看该任务分工的账号）',
  security: SIGNED_IN,
  request: { params: assignmentIdParamSchema.extend({ hash: z.string().regex(/^[0-9a-f]{64}$/, '文件编号无效') }) },
  responses: {
    200: { description: '文件', content: { 'application/octet-stream': { schema: binary } } },
    ...problems('forbidden', 'assignment-not-found', 'evidence-not-found'),
  },
});

/** The workflow events each of the ledger's own buttons fires. */
const EVENTS_OF_ACTION: Record<Exclude<RowAction, 'urge'>, readonly string[]> = {
  report: ['REPORT'],
  verify: ['VERIFY', 'PASS'],
  return: ['RETURN'],
};

/**
 * Which of the four ledger actions the principal could take on the row right now (for the UI's
 * buttons): a step only when the variant lets this account fire its event (`transitions`).
 */
function actionsFor(principal: Principal, row: LedgerRow, transitions: readonly FireableEvent[]): string[] {
  const fireable = new Set(transitions.map((t) => t.event));
  return rowActionsIn(row.state).filter(
    (a) =>
      (a === 'urge' || EVENTS_OF_ACTION[a].some((e) => fireable.has(e))) &&
      authorize(principal, `assignment.${a}` as Action, { orgPath: row.orgPath }).allowed,
  );
}

const sheetRow = (row: LedgerRow & { stateLabel?: string }, i: number): LedgerSheetRow => ({
  number: i + 1,
  taskPath: row.itemPath.slice(0, -1),
  measure: `${row.itemLabel}${row.itemText}`,
  unit: row.orgName,
  role: row.role as LedgerSheetRow['role'],
  state: row.state,
  ...(row.stateLabel ? { stateLabel: row.stateLabel } : {}),
  ...(row.periodKey ? { period: row.periodKey } : {}),
  deadline: row.deadlineText ?? '',
  due: row.dueOn,
  light: row.light as LedgerSheetRow['light'],
  lastReportedAt: row.lastReport ? row.updatedAt : null,
  reviewComment: row.lastComment,
});

/**
 * Ledger (台账) and the work on each row: report, verify, return, urge, evidence. The ledger and its
 * export read the replica when there is one (`readDatabase`).
 */
export function assignmentsRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const {
    transition,
    transitionsFor,
    urge: urgeRow,
    loadRow,
    withStateLabel,
    withStateLabels,
  } = assignmentActions(deps);

  /** The path of a unit drilled into; the reader's own subtree still bounds what is listed. */
  const underPathOf = async (reads: Db, orgId: string | undefined) =>
    orgId ? (await getOrg(reads, orgId)).path : undefined;

  return apiRouter()
    .openapi(ledger, async (c) => {
      const account = requireAccount(c);
      const q = c.req.valid('query');
      const reads = await readDatabase(c, deps);
      const page = await queryLedger(reads, {
        ...q,
        withinPath: account.orgPath,
        underPath: await underPathOf(reads, q.underOrgId),
        states: q.state,
        lights: q.light,
        returned: q.returned === undefined ? undefined : q.returned === 'true',
      });
      return c.json({ ...page, rows: await withStateLabels(page.rows) }, 200);
    })
    .openapi(ledgerExport, async (c) => {
      const account = requireAccount(c);
      const q = c.req.valid('query');
      const reads = await readDatabase(c, deps);
      const { rows } = await queryLedger(reads, {
        ...q,
        withinPath: account.orgPath,
        underPath: await underPathOf(reads, q.underOrgId),
        states: q.state,
        lights: q.light,
        returned: q.returned === undefined ? undefined : q.returned === 'true',
        limit: 10_000,
        offset: 0,
      });
      const bytes = await exportLedgerXlsx((await withStateLabels(rows)).map(sheetRow), {
        title: `${account.orgName}工作任务台账`,
        generatedAt: new Date(),
      });
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(`${account.orgName}台账.xlsx`)}`,
      });
    })
    .openapi(detail, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const row = await loadRow(assignmentId);
      const principal = allow(c, 'ledger.read', { orgPath: row.orgPath });
      const events = await listAssignmentEvents(db, assignmentId);
      const names = await displayNames(
        db,
        events.map((e) => e.actor),
      );
      const system = prefersEnglish(c) ? 'System' : '系统';
      const nameOf = (actor: string) => names.get(actor) ?? (actor.startsWith('system:') ? system : actor);
      const transitions = await transitionsFor(principal, row);
      return c.json(
        {
          assignment: await withStateLabel(row),
          events: events.map((e) => ({
            id: e.id,
            at: e.at.toISOString(),
            actor: e.actor,
            actorName: nameOf(e.actor),
            type: e.type,
            payload: e.payload,
          })),
          actions: actionsFor(principal, row, transitions),
          transitions,
        },
        200,
      );
    })
    .openapi(report, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const row = await loadRow(assignmentId);
      allow(c, 'assignment.report', { orgPath: row.orgPath });
      const form = await c.req.parseBody({ all: true });
      const expectedVersion = Number(form.expectedVersion);
      const text = typeof form.text === 'string' ? form.text.trim() : '';
      const errors = [
        ...(Number.isInteger(expectedVersion) && expectedVersion > 0
          ? []
          : [{ path: 'expectedVersion', message: '缺少或无效的版本号' }]),
        ...(text ? [] : [{ path: 'text', message: '请填写完成情况' }]),
        ...(text.length > 5000 ? [{ path: 'text', message: '完成情况不能超过 5000 字' }] : []),
      ];
      if (errors.length) throw new ProblemError('validation', errors.map((e) => e.message).join('；'), errors);
      const { prepared, evidence } = await readEvidenceFiles(form);
      const key = typeof form.idempotencyKey === 'string' ? form.idempotencyKey.slice(0, 100) : undefined;
      const asked = { text, files: evidence.map(({ name, hash }) => ({ name, hash })) };
      return c.json(
        await transition(
          c,
          'assignment.report',
          { assignmentId, expectedVersion, idempotencyKey: key, asked, files: prepared },
          (actor) => ({ type: 'REPORT', actor, reason: text, evidence }),
        ),
        200,
      );
    })
    .openapi(verify, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(
        // In a review step (初审, 复审, 终审 of a 三审三校 variant) approving passes that step.
        await transition(
          c,
          'assignment.verify',
          { ...body, assignmentId, asked: { comment: body.comment || null } },
          (actor, row) => ({
            type: approvalEventIn(row.state),
            actor,
            ...(body.comment ? { reason: body.comment } : {}),
          }),
        ),
        200,
      );
    })
    .openapi(returnReport, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(
        await transition(
          c,
          'assignment.return',
          { ...body, assignmentId, asked: { reason: body.reason } },
          (actor) => ({
            type: 'RETURN',
            actor,
            reason: body.reason,
          }),
        ),
        200,
      );
    })
    .openapi(fire, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const asked = await readTransitionRequest(c);
      const { event, expectedVersion, idempotencyKey, files, evidence, ...fields } = asked;
      return c.json(
        // Reach is the reader's (its subtree); who may fire the event is the variant's word.
        await transition(
          c,
          'ledger.read',
          {
            assignmentId,
            expectedVersion,
            idempotencyKey,
            asked: { event, ...fields, files: evidence.map(({ name, hash }) => ({ name, hash })) },
            files,
          },
          (actor) => ({ type: event, actor, ...fields, ...(evidence.length ? { evidence } : {}) }),
        ),
        200,
      );
    })
    .openapi(urge, async (c) => {
      const { assignmentId } = c.req.valid('param');
      const { message } = c.req.valid('json');
      return c.json({ eventId: await urgeRow(c, assignmentId, message) }, 201);
    })
    .openapi(evidence, async (c) => {
      const { assignmentId, hash } = c.req.valid('param');
      const row = await loadRow(assignmentId);
      allow(c, 'ledger.read', { orgPath: row.orgPath });
      const file = await readEvidence(db, assignmentId, hash);
      if (!file) throw new ProblemError('evidence-not-found');
      return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
        // Served as a download in its checked type, never rendered inline as a page of this site.
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    });
}
