import { planIdParamSchema, planProfileRequestSchema, planProfileSchema } from '@cascade/contracts';
import { getPlanProfile, getPlanSummary, setPlanProfile } from '@cascade/db';
import { type Rule, validateProfileRules } from '@cascade/engine';
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { allowPlan } from './plan-access.ts';

const tags = ['方案'];

const read = createRoute({
  method: 'get',
  path: '/{planId}/profile',
  tags,
  summary: '派生规则：从本方案分解时各级适用的本地化规则（未修改时为默认规则）',
  security: SIGNED_IN,
  request: { params: planIdParamSchema },
  responses: { 200: json(planProfileSchema, '派生规则'), ...problems('forbidden', 'plan-not-found') },
});

const write = createRoute({
  method: 'put',
  path: '/{planId}/profile',
  tags,
  summary: '修改派生规则，或恢复默认（rules 为 null）',
  security: SIGNED_IN,
  request: {
    params: planIdParamSchema,
    body: { ...json(planProfileRequestSchema, '新的派生规则'), required: true },
  },
  responses: {
    200: json(planProfileSchema, '已保存'),
    ...problems('forbidden', 'csrf', 'plan-not-found', 'conflict', 'validation'),
  },
});

/** The plan's localization profile, read by anyone who reads the plan, changed by its editors. */
export function planProfileRoutes({ database }: AppDeps) {
  const db = database.db;
  return apiRouter()
    .openapi(read, async (c) => {
      const { planId } = c.req.valid('param');
      await allowPlan(c, db, 'plan.read', await getPlanSummary(db, planId));
      return c.json(await getPlanProfile(db, planId), 200);
    })
    .openapi(write, async (c) => {
      const { planId } = c.req.valid('param');
      const principal = await allowPlan(c, db, 'plan.edit', await getPlanSummary(db, planId));
      const { rules, expectedVersion } = c.req.valid('json');
      if (rules) {
        // The engine's check, the one derivation applies: each problem names the rule and field.
        const errors = validateProfileRules(rules).map((p) => ({
          path: `rules${p.path.slice(1)}`,
          message: p.message,
        }));
        if (errors.length)
          throw new ProblemError('validation', errors.map((e) => `${e.path}：${e.message}`).join('；'), errors);
      }
      const saved = await setPlanProfile(db, {
        planId,
        rules: (rules as Rule[] | null) ?? null,
        expectedVersion,
        actor: principal.userId,
      });
      return c.json(saved, 200);
    });
}
