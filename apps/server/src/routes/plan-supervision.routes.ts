import { planFeedbackSchema, planIdParamSchema } from '@cascade/contracts';
import { feedbackCounts, getPlanSummary, listFeedback, summarizePlanImplementation } from '@cascade/db';
import { exportAnnualReportDocx, renderAnnualReportMarkdown } from '@cascade/documents';
import { createRoute, z } from '@hono/zod-openapi';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { readDatabase } from '../http/read-replica.ts';
import { allowPlan } from './plan-access.ts';

const tags = ['督查'];

const feedback = createRoute({
  method: 'get',
  path: '/{planId}/feedback',
  tags,
  summary: '台账反馈：下级单位是否已在时限内发布本级分解方案（含亮灯）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(planFeedbackSchema, '反馈情况'), ...problems('forbidden', 'plan-not-found') },
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const annualReport = createRoute({
  method: 'get',
  path: '/{planId}/annual-report',
  tags,
  summary: '方案落实情况：政府信息公开工作年度报告所需章节（Markdown 或 Word）',
  security: SIGNED_IN,
  request: {
    params: planIdParamSchema,
    query: z.object({
      format: z.enum(['md', 'docx']).default('md'),
      asOf: z.iso.date('应为 YYYY-MM-DD 日期').optional(),
    }),
  },
  responses: {
    200: {
      description: '年度报告章节',
      content: {
        'text/markdown': { schema: z.string() },
        [DOCX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) },
      },
    },
    ...problems('forbidden', 'plan-not-found'),
  },
});

/**
 * Supervision of one plan: the 台账反馈 of its subordinates and the annual-report section.
 * Readable by the owner's subtree; read from the replica when there is one (`readDatabase`).
 */
export function planSupervisionRoutes(deps: AppDeps) {
  const { today } = deps;
  return apiRouter()
    .openapi(annualReport, async (c) => {
      const { planId } = c.req.valid('param');
      const { format, asOf } = c.req.valid('query');
      const db = await readDatabase(c, deps);
      const plan = await getPlanSummary(db, planId);
      await allowPlan(c, db, 'ledger.read', plan);
      const section = await summarizePlanImplementation(db, { planId, asOf: asOf ?? today() });
      const name = `${plan.ownerName}${plan.year}年度政务公开工作任务落实情况`;
      if (format === 'docx') {
        const bytes = await exportAnnualReportDocx(section);
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
          'content-type': DOCX,
          'content-disposition': `attachment; filename="annual-report.docx"; filename*=UTF-8''${encodeURIComponent(`${name}.docx`)}`,
        });
      }
      return c.body(renderAnnualReportMarkdown(section), 200, { 'content-type': 'text/markdown; charset=utf-8' });
    })
    .openapi(feedback, async (c) => {
      const { planId } = c.req.valid('param');
      const db = await readDatabase(c, deps);
      const plan = await getPlanSummary(db, planId);
      await allowPlan(c, db, 'ledger.read', plan);
      const day = today();
      const rows = await listFeedback(db, { planId }, day);
      return c.json(
        {
          plan: { id: plan.id, title: plan.title, ownerOrgId: plan.ownerOrgId },
          today: day,
          counts: feedbackCounts(rows),
          rows: rows.map(({ orgPath: _path, ...row }) => row),
        },
        200,
      );
    });
}
