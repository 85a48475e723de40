import { planIdParamSchema, planLifecycleRequestSchema, planLifecycleResultSchema } from '@cascade/contracts';
import { getPlanSummary, movePlanStatus } from '@cascade/db';
import type { PlanStatus } from '@cascade/engine';
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { allowPlan } from './plan-access.ts';

const move = createRoute({
  method: 'post',
  path: '/{planId}/lifecycle',
  tags: ['方案'],
  summary:
    '开始执行（START）或年度收官（CLOSE）：由方案的生命周期决定；收官须每条任务已核验、已销号或已由回头看转入整改，否则 422 并列出未办结的任务',
  security: SIGNED_IN,
  request: { params: planIdParamSchema, body: { ...json(planLifecycleRequestSchema, '生命周期事件'), required: true } },
  responses: {
    200: json(planLifecycleResultSchema, '方案的新状态'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'conflict', 'transition-not-allowed', 'transition-refused'),
  },
});

/** A plan's lifecycle steps its owner takes by hand: 开始执行, 年度收官 (publishing is `POST …/publish`). */
export function planLifecycleRoutes({ database }: AppDeps) {
  const db = database.db;
  return apiRouter().openapi(move, async (c) => {
    const { planId } = c.req.valid('param');
    const principal = await allowPlan(c, db, 'plan.lifecycle', await getPlanSummary(db, planId));
    const { event, expectedVersion } = c.req.valid('json');
    const moved = await movePlanStatus(db, {
      planId,
      event,
      actor: principal.userId,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
    });
    const { id, status, version, publishedVersion } = moved.plan;
    return c.json(
      {
        from: moved.from as PlanStatus,
        to: moved.to as PlanStatus,
        plan: { id, status: status as PlanStatus, version, publishedVersion },
      },
      200,
    );
  });
}
