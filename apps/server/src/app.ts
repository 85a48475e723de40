import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseHandle } from '@cascade/db';
import { OrgNotFoundError } from '@cascade/db';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ProblemError, problemResponse } from './problem.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { orgsRoutes } from './routes/orgs.routes.ts';

export type AppDeps = { database: DatabaseHandle; webDist?: string | undefined };

/**
 * The HTTP app: routes under /api, the built web app everywhere else, and one `onError`
 * that turns every failure into an RFC 9457 problem document — never a bare 500 page.
 */
export function createApp({ database, webDist }: AppDeps) {
  const app = new Hono().route('/api/health', healthRoutes(database)).route('/api/orgs', orgsRoutes(database.db));

  app.all('/api/*', () => {
    throw new ProblemError(404, 'not-found', '接口不存在');
  });
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    const indexHtml = readFileSync(path.join(webDist, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root: path.relative(process.cwd(), webDist) || '.' }));
    app.get('*', (c) => c.html(indexHtml)); // client-side routes fall back to the app shell
  }

  app.onError((error, c) => {
    if (error instanceof ProblemError) {
      return problemResponse(c, {
        type: `/problems/${error.type}`,
        title: error.title,
        status: error.status,
        ...(error.detail ? { detail: error.detail } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
    if (error instanceof OrgNotFoundError) {
      return problemResponse(c, {
        type: '/problems/org-not-found',
        title: '单位不存在',
        status: 404,
        detail: error.message,
      });
    }
    if (error instanceof HTTPException) {
      return problemResponse(c, { type: '/problems/http', title: error.message || '请求有误', status: error.status });
    }
    console.error(error);
    return problemResponse(c, { type: '/problems/internal', title: '服务器内部错误', status: 500 });
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
