import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { sessionMiddleware } from './auth/session.middleware.ts';
import { mountApiDocs } from './http/api-docs.ts';
import type { AppDeps, AppEnv } from './http/app-env.ts';
import { routeBodyLimits } from './http/body-limits.ts';
import { handleError } from './http/error-handler.ts';
import { ProblemError } from './http/problem.ts';
import { readYourWrites } from './http/read-replica.ts';
import { contentSecurityPolicyByDefault, noStoreByDefault } from './http/response-policy.ts';
import { accountImportRoutes } from './routes/account-import.routes.ts';
import { accountsRoutes } from './routes/accounts.routes.ts';
import { assignmentsRoutes } from './routes/assignments.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { bulkActionsRoutes } from './routes/bulk-actions.routes.ts';
import { derivationRoutes } from './routes/derivation.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { oidcRoutes } from './routes/oidc.routes.ts';
import { orgsRoutes } from './routes/orgs.routes.ts';
import { oversightRoutes } from './routes/oversight.routes.ts';
import { ownSessionsRoutes } from './routes/own-sessions.routes.ts';
import { planImportRoutes } from './routes/plan-import.routes.ts';
import { planLifecycleRoutes } from './routes/plan-lifecycle.routes.ts';
import { planProfileRoutes } from './routes/plan-profile.routes.ts';
import { planSupervisionRoutes } from './routes/plan-supervision.routes.ts';
import { plansRoutes } from './routes/plans.routes.ts';
import { publishPreviewRoutes } from './routes/publish-preview.routes.ts';
import { supervisionNoticesRoutes } from './routes/supervision-notices.routes.ts';
import { workflowVariantsRoutes } from './routes/workflow-variants.routes.ts';

export type { AppDeps } from './http/app-env.ts';

/**
 * The HTTP app: the documented API under /api (sessions, CSRF, problems), the built web app
 * everywhere else, and one error handler that turns every failure into an RFC 9457 problem.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginEmbedderPolicy: false }));
  app.use('*', contentSecurityPolicyByDefault());
  app.use('/api/*', noStoreByDefault());
  app.use('/api/*', routeBodyLimits());
  app.use('/api/*', sessionMiddleware(deps));
  app.use('/api/*', readYourWrites(deps));
  app
    .route('/api/health', healthRoutes(deps))
    .route('/api/auth', ownSessionsRoutes(deps))
    .route('/api/auth', authRoutes(deps))
    .route('/api/auth', oidcRoutes(deps))
    .route('/api', accountsRoutes(deps))
    .route('/api', accountImportRoutes(deps))
    .route('/api', bulkActionsRoutes(deps))
    .route('/api/orgs', orgsRoutes(deps))
    .route('/api/plans', planImportRoutes(deps))
    .route('/api/plans', plansRoutes(deps))
    .route('/api/plans', planSupervisionRoutes(deps))
    .route('/api/plans', planProfileRoutes(deps))
    .route('/api/plans', planLifecycleRoutes(deps))
    .route('/api/plans', publishPreviewRoutes(deps))
    .route('/api', derivationRoutes(deps))
    .route('/api', assignmentsRoutes(deps))
    .route('/api', oversightRoutes(deps))
    .route('/api', supervisionNoticesRoutes(deps))
    .route('/api', workflowVariantsRoutes(deps));
  mountApiDocs(app);

  app.all('/api/*', () => {
    throw new ProblemError('not-found', '接口不存在');
  });
  const { webDist } = deps;
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    const indexHtml = readFileSync(path.join(webDist, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root: path.relative(process.cwd(), webDist) || '.' }));
    app.get('*', (c) => c.html(indexHtml)); // client-side routes fall back to the app shell
  }
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
