import { planIdParamSchema, publishPreviewSchema } from '@cascade/contracts';
import { getPlanSummary, previewPublish } from '@cascade/db';
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { allowPlan } from './plan-access.ts';

const preview = createRoute({
  method: 'get',
  path: '/{planId}/publish-preview',
  tags: ['方案'],
  summary: '发布前预览：与上一版相比的变化、对台账的影响（新下达、改期、撤回），以及需要知晓的问题',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(publishPreviewSchema, '发布预览'), ...problems('forbidden', 'plan-not-found') },
});

/** What a publish would do, for whoever may publish the plan; nothing is written. */
export function publishPreviewRoutes({ database, today }: AppDeps) {
  const db = database.db;
  return apiRouter().openapi(preview, async (c) => {
    const { planId } = c.req.valid('param');
    await allowPlan(c, db, 'plan.publish', await getPlanSummary(db, planId));
    // Judged on the day publish would use, so re-dated rows light as they will.
    return c.json(await previewPublish(db, { planId, today: today() }), 200);
  });
}
