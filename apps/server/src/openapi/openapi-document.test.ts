import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWebTypes, WEB_TYPES_FILE } from './generate-web-types.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

type Operation = {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref?: string; properties?: Record<string, unknown> } }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({
      id: `${method.toUpperCase()} ${path}`,
      op,
    })),
  );
  const schemas = (document.components?.schemas ?? {}) as Record<string, { example?: unknown }>;

  it('is OpenAPI 3.1 and describes every endpoint with a summary, a tag and its problems', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(operations.length).toBeGreaterThanOrEqual(30);
    for (const { id, op } of operations) {
      expect(op.summary, id).toMatch(/[\u4e00-\u9fff]/);
      expect(op.tags?.length, id).toBe(1);
      const problems = Object.entries(op.responses).filter(([status]) => status.startsWith('4'));
      expect(problems.length, id).toBeGreaterThan(0);
      for (const [, response] of problems)
        expect(Object.keys(response.content ?? {}), id).toEqual(['application/problem+json']);
    }
  });

  it('gives every JSON request body an example', () => {
    for (const { id, op } of operations) {
      const body = op.requestBody?.content['application/json'];
      if (!body) continue;
      const ref = body.schema.$ref?.split('/').pop();
      expect(ref && schemas[ref]?.example, `${id} has no example`).toBeTruthy();
    }
  });

  it('requires a session everywhere but sign-in (password or single sign-on), the session question and the health check', () => {
    const open = operations.filter(({ op }) => !op.security?.length).map(({ id }) => id);
    expect(open.sort()).toEqual([
      'GET /api/auth/methods',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/start',
      'GET /api/auth/session',
      'GET /api/health',
      'POST /api/auth/login',
    ]);
  });

  it('is what the web app is compiled against (run `pnpm api:types` after changing the API)', async () => {
    expect(readFileSync(WEB_TYPES_FILE, 'utf8')).toBe(await renderWebTypes());
  });
});
