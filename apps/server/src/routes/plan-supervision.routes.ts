import { planFeedbackSchema, planIdParamSchema } from '@cascade/contracts';
import { getPlanSummary, listPlanFeedback } from '@cascade/db';
import { createRoute } from '@hono/zod-openapi';
import { allow } from '../auth/authorize.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';

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

/** Supervision of one plan: the 台账反馈 of its subordinates. Readable by the owner's subtree. */
export function planSupervisionRoutes({ database }: AppDeps) {
  const db = database.db;
  return apiRouter().openapi(feedback, async (c) => {
    const { planId } = c.req.valid('param');
    const plan = await getPlanSummary(db, planId);
    allow(c, 'ledger.read', { orgPath: plan.ownerPath });
    const rows = await listPlanFeedback(db, planId);
    const byLight: Record<string, number> = {};
    for (const r of rows) byLight[r.light] = (byLight[r.light] ?? 0) + 1;
    const fedBack = rows.filter((r) => r.state === 'fedBack').length;
    return c.json(
      {
        plan: { id: plan.id, title: plan.title, ownerOrgId: plan.ownerOrgId },
        counts: { total: rows.length, fedBack, pending: rows.length - fedBack, byLight },
        rows,
      },
      200,
    );
  });
}
