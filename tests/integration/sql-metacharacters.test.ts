import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssignmentDetail, ImportResult, LedgerPage, PlanDetail } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { type ApiSession, createTestWorld, type TestWorld } from '@cascade/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';

const SEED = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/seed/huizhou-city-2022.txt'),
  'utf8',
);
const enc = encodeURIComponent;
/** Text that would change a query if it were ever spliced into SQL or a LIKE pattern. */
const DROP = "'; DROP TABLE plans;--";
const META = `${DROP} 100% a_b c\\d "q" $1 ::text`;

/**
 * SQL metacharacters in text fields and query parameters are data: stored and shown back
 * byte for byte, and searched for literally (a `%` or `_` in the search box matches only
 * itself), never a 500, never a changed query.
 */
describe('SQL metacharacters are data', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let author: ApiSession;
    let planId = '';
    let itemId = '';

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: SEED,
        fileName: `${DROP}.txt`,
      });
      planId = imported.plan.id;
      const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
      const first = plan.items.find((i) => i.kind === 'task')!;
      itemId = first.id;
      await author.send('PATCH', `/api/plans/${enc(planId)}/items/${enc(first.id)}`, {
        expectedVersion: first.version,
        patch: {
          text: `建设专栏${META}`,
          units: { ...first.units, responsible: [...first.units.responsible, '市政府'] },
        },
      });
      const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
      await author.send('POST', `/api/plans/${enc(planId)}/publish`, {
        expectedVersion: current.plan.version,
        summary: META,
      });
    }, 120_000);

    it('stores text with quotes, percent, underscore and backslash byte for byte', async () => {
      const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
      expect(plan.items.find((i) => i.id === itemId)?.text).toBe(`建设专栏${META}`);
      const [{ n }] = (await getDb().query<{ n: string }>('SELECT count(*)::text AS n FROM plans')) as [{ n: string }];
      expect(Number(n)).toBeGreaterThan(0);
    });

    it('ledger search finds a literal %, _ and backslash and nothing else', async () => {
      const admin = await world.as('gd-admin');
      const total = (await admin.send<LedgerPage>('GET', '/api/ledger?limit=1')).total;
      expect(total).toBeGreaterThan(1);
      for (const q of ['100%', 'a_b', 'c\\d', DROP, '"q" $1', '::text']) {
        const page = await admin.send<LedgerPage>('GET', `/api/ledger?q=${enc(q)}&limit=50`);
        expect(page.total, q).toBeGreaterThan(0);
        for (const row of page.rows) expect(row.itemText, q).toContain(q);
      }
      // Wildcards alone match only rows that contain them, not every row.
      for (const q of ['%', '_', '\\', '%%', "'"]) {
        const page = await admin.send<LedgerPage>('GET', `/api/ledger?q=${enc(q)}&limit=500`);
        expect(page.total, q).toBeLessThan(total);
        for (const row of page.rows) expect(`${row.itemText} ${row.orgName}`, q).toContain(q);
      }
    });

    it('ledger filters and ids with metacharacters answer an empty page or a problem, never a 500', async () => {
      const admin = await world.as('gd-admin');
      for (const param of ['planId', 'orgId', 'q', 'state', 'year', 'sort']) {
        for (const value of [DROP, '%', '_', '\\', "1' OR '1'='1"]) {
          const res = await admin.request(`/api/ledger?${param}=${enc(value)}&limit=5`);
          expect([200, 400], `${param}=${value}`).toContain(res.status);
          if (res.status === 200 && param !== 'q')
            expect(((await res.json()) as LedgerPage).total, `${param}=${value}`).toBe(0);
        }
      }
      for (const id of [DROP, '%', '_', '..%2F..%2Fetc']) {
        const res = await admin.request(`/api/assignments/${enc(id)}`);
        expect(res.status, id).toBe(404);
        expect((await admin.request(`/api/plans/${enc(id)}`)).status, id).toBe(404);
      }
    });

    it('org search treats % and _ as text and finds a name by its own characters', async () => {
      const admin = await world.as('gd-admin');
      const all = await admin.send<{ results: unknown[] }>('GET', `/api/orgs?q=${enc('博罗')}`);
      expect(all.results.length).toBeGreaterThan(0);
      for (const q of ['%', '_', '%_%', '\\', DROP, "博罗' OR '1'='1"]) {
        const found = await admin.send<{ results: unknown[] }>('GET', `/api/orgs?q=${enc(q)}`);
        expect(found.results, q).toEqual([]);
      }
    });

    it('an urge message keeps its metacharacters in the timeline', async () => {
      const supervisor = await world.as('hz-supervisor');
      const { rows } = await supervisor.send<LedgerPage>('GET', `/api/ledger?q=${enc('a_b')}&limit=50`);
      const row = rows.find((r) => r.orgId !== '441300')!;
      await supervisor.send('POST', `/api/assignments/${enc(row.id)}/urge`, { message: META });
      const detail = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
      expect(JSON.stringify(detail.events)).toContain(JSON.stringify(META).slice(1, -1));
    });
  });
});
