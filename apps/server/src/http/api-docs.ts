import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: '政务公开工作计划管理平台 API',
    version: '1.0.0',
    description:
      '方案导入与编辑、逐级分解与下达、台账报送与核验、汇总督查。除登录与健康检查外均需登录（会话 Cookie）；' +
      '所有写操作须在 X-CSRF-Token 头中带上登录时返回的 csrfToken。错误一律为 RFC 9457 application/problem+json，' +
      'title 随 Accept-Language 为中文（默认）或英文。',
  },
} as const;

const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'];

// Swagger UI from the installed package, so the docs work on a network without the internet.
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${OPENAPI_INFO.info.title}</title>
<link rel="icon" href="/api/docs/assets/favicon-32x32.png"><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true,
  docExpansion: 'list', defaultModelsExpandDepth: 0, withCredentials: true });`;

/** /api/openapi.json (OpenAPI 3.1) and /api/docs (interactive). */
export function mountApiDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'cascade_session',
    description: 'POST /api/auth/login 设置的会话 Cookie',
  });
  app.doc31('/api/openapi.json', OPENAPI_INFO);
  const docs = new Hono()
    .get('/', (c) => c.html(PAGE))
    .get('/init.js', (c) => c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
    .get('/assets/:file', (c) => {
      const file = c.req.param('file');
      if (!ASSETS.includes(file)) return c.notFound();
      const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'text/javascript' : 'image/png';
      return c.body(readFileSync(path.join(SWAGGER_DIR, file)), 200, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': 'public, max-age=86400',
      });
    });
  app.route('/api/docs', docs);
}
