import type { OrgChildren, OrgDetail, OrgSearchResult, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from './testing/test-world.ts';

describe('HTTP API: health and org tree', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    const get = async (url: string) => (await world.as('bl-reporter')).request(url);
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    it('answers the health check without signing in', async () => {
      const res = await world.app.request('/api/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', database: getDb().kind });
    });

    it('serves the OpenAPI document and the interactive docs without the internet', async () => {
      const doc = (await (await world.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
      expect(Object.keys(doc.paths)).toContain('/api/assignments/{assignmentId}/verify');
      const page = await world.app.request('/api/docs');
      expect(page.status).toBe(200);
      const html = await page.text();
      for (const asset of html.match(/\/api\/docs\/[\w./-]+/g) ?? []) {
        expect((await world.app.request(asset)).status, asset).toBe(200);
      }
      expect(html).not.toMatch(/https?:\/\//);
    });

    it('finds 博罗县 by name with its path', async () => {
      const res = await get(`/api/orgs?q=${encodeURIComponent('博罗')}`);
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as OrgSearchResult;
      expect(results[0]).toMatchObject({ id: '441322', name: '博罗县', ancestors: ['广东省', '惠州市'] });
    });

    it('shows an org with its ancestors, and its townships and departments apart', async () => {
      const detail = (await (await get('/api/orgs/441322')).json()) as OrgDetail;
      expect(detail.ancestors.map((a) => a.name)).toEqual(['广东省', '惠州市']);
      const children = (await (await get('/api/orgs/441322/children')).json()) as OrgChildren;
      expect(children.subordinates.map((o) => o.name)).toContain('罗阳街道');
      const justice = children.departments.find((o) => o.name === '博罗县司法局');
      expect(justice).toMatchObject({ function: 'justice', functionLabel: '司法' });
    });

    it('lists the provinces as roots', async () => {
      const roots = (await (await get('/api/orgs/roots')).json()) as OrgChildren;
      expect(roots.subordinates.map((o) => o.name)).toEqual(['广东省']);
    });

    it('answers an unknown org, a bad query and an unknown route with problem documents', async () => {
      for (const [url, status] of [
        ['/api/orgs/999999', 404],
        ['/api/orgs?q=', 400],
        [`/api/orgs?q=${'长'.repeat(51)}`, 400],
        ['/api/orgs?q=x&limit=abc', 400],
        ['/api/nothing-here', 404],
      ] as const) {
        const res = await get(url);
        expect(res.status, url).toBe(status);
        expect(res.headers.get('content-type'), url).toContain('application/problem+json');
        const body = await res.json();
        expect(body, url).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
      }
    });

    it('names the field at fault, in English when asked', async () => {
      const session = await world.as('bl-reporter');
      const zh = (await (await session.request('/api/orgs?q=x&limit=abc')).json()) as Problem;
      expect(zh.errors).toEqual([{ path: 'query.limit', message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
      const en = (await (
        await session.request('/api/orgs?q=x&limit=abc', { headers: { 'accept-language': 'en-US,en;q=0.9' } })
      ).json()) as Problem;
      expect(en.title).toBe('The request is not valid');
      expect(en.errors?.[0]?.message).toMatch(/expected number/i);
    });
  });
});
