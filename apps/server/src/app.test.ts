import type { OrgChildren, OrgDetail, OrgSearchResult } from '@cascade/contracts';
import { seedOrgTree } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';

describe('HTTP API: health and org tree', () => {
  forEachDatabase((getDb) => {
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
      app = createApp({ database: getDb() });
    });

    it('answers the health check', async () => {
      const res = await app.request('/api/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', database: getDb().kind });
    });

    it('finds 博罗县 by name with its path', async () => {
      const res = await app.request(`/api/orgs?q=${encodeURIComponent('博罗')}`);
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as OrgSearchResult;
      expect(results[0]).toMatchObject({ id: '441322', name: '博罗县', ancestors: ['广东省', '惠州市'] });
    });

    it('shows an org with its ancestors, and its townships and departments apart', async () => {
      const detail = (await (await app.request('/api/orgs/441322')).json()) as OrgDetail;
      expect(detail.ancestors.map((a) => a.name)).toEqual(['广东省', '惠州市']);
      const children = (await (await app.request('/api/orgs/441322/children')).json()) as OrgChildren;
      expect(children.subordinates.map((o) => o.name)).toContain('罗阳街道');
      const justice = children.departments.find((o) => o.name === '博罗县司法局');
      expect(justice).toMatchObject({ function: 'justice', functionLabel: '司法' });
    });

    it('lists the provinces as roots', async () => {
      const roots = (await (await app.request('/api/orgs/roots')).json()) as OrgChildren;
      expect(roots.subordinates.map((o) => o.name)).toEqual(['广东省']);
    });

    it('answers an unknown org, a missing query and an unknown route with problem documents', async () => {
      for (const [url, status] of [
        ['/api/orgs/999999', 404],
        ['/api/orgs?q=', 400],
        [`/api/orgs?q=${'长'.repeat(51)}`, 400],
        ['/api/orgs?q=x&limit=abc', 400],
        ['/api/nothing-here', 404],
      ] as const) {
        const res = await app.request(url);
        expect(res.status, url).toBe(status);
        expect(res.headers.get('content-type'), url).toContain('application/problem+json');
        const body = await res.json();
        expect(body, url).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
      }
    });
  });
});
