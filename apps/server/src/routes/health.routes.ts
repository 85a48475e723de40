import { healthSchema } from '@cascade/contracts';
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems } from '../http/openapi.ts';

const health = createRoute({
  method: 'get',
  path: '/',
  tags: ['系统'],
  summary: '健康检查：数据库可用时返回 200（无需登录）',
  responses: { 200: json(healthSchema, '正常'), ...problems('database-unavailable') },
});

/** GET /api/health: 200 once the database answers. */
export function healthRoutes({ database }: AppDeps) {
  return apiRouter().openapi(health, async (c) => {
    await database.query('SELECT 1');
    return c.json({ status: 'ok' as const, database: database.kind }, 200);
  });
}
