import { readFileSync } from 'node:fs';
import type { ImportResult, PlanDetail, PlanSummary } from '@cascade/contracts';
import { type DatabaseHandle, seedOrgTree } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createDeps } from '../deps.ts';
import { signIn } from '../http/in-process-session.ts';
import { TEST_PASSWORD } from '../testing/test-world.ts';
import { accountsInOrgTree, ensureAccounts } from './demo-accounts.ts';
import { BOLUO_JUSTICE_SECTIONS } from './demo-parts.ts';
import { ensureDemoScenario } from './demo-scenario.ts';

/**
 * The demo on the org tree a start loaded (`ORG_PROVINCES=44,36`: no 重庆市), started again and
 * again on the same database, after a crash half-way, and after a later start loads 50.
 */
describe('the demo on a partial org tree, started again', () => {
  forEachDatabase((getDb) => {
    let app: ReturnType<typeof createApp>;
    const lines: string[] = [];
    /** What `pnpm start` does after the org tree: the accounts of the loaded orgs, then the demo. */
    const start = async () => {
      await ensureAccounts(getDb().db, await accountsInOrgTree(getDb()), TEST_PASSWORD);
      lines.length = 0;
      return ensureDemoScenario(getDb(), app, TEST_PASSWORD, (line) => lines.push(line));
    };
    const count = async (sql: string) => (await getDb().query<{ n: number }>(sql))[0]?.n;
    const totals = async () => ({
      plans: await count('SELECT count(*)::int AS n FROM plans'),
      assignments: await count('SELECT count(*)::int AS n FROM assignments'),
      // Signing in is logged (auth.login); what the demo does is the rest.
      events: await count("SELECT count(*)::int AS n FROM events WHERE type NOT LIKE 'auth.%'"),
    });
    const plansOf = (database: DatabaseHandle, owner: string) =>
      database.query<{ id: string; published_version: number }>(
        'SELECT id, published_version FROM plans WHERE owner_org_id = $1 ORDER BY id',
        [owner],
      );

    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44', '36'] });
      app = createApp(createDeps(getDb()));
    }, 120_000);

    it('after a crash in the middle of 惠州市’s part, builds the rest without a second plan, and skips 垫江县 saying so once', async () => {
      await ensureAccounts(getDb().db, await accountsInOrgTree(getDb()), TEST_PASSWORD);
      // What a run stopped half-way leaves: 惠州市's plan published, 博罗县's derived and adjusted, not published.
      const author = await signIn(app, 'hz-author', TEST_PASSWORD);
      const { plan: city } = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: readFileSync(new URL('./documents/huizhou-city-2022.txt', import.meta.url), 'utf8'),
        year: 2022,
      });
      await author.send('POST', `/api/plans/${city.id}/publish`, { expectedVersion: city.version, summary: '印发' });
      const deriver = await signIn(app, 'bl-deriver', TEST_PASSWORD);
      const boluo = await deriver.send<PlanSummary>('POST', `/api/plans/${city.id}/derive`, { childOrgId: '441322' });
      const { items } = await deriver.send<PlanDetail>('GET', `/api/plans/${boluo.id}`);
      const task = items.find((i) => i.kind === 'task' && i.deadline?.kind === 'yearEnd');
      await deriver.send('PATCH', `/api/plans/${boluo.id}/items/${encodeURIComponent(task?.id ?? '')}`, {
        expectedVersion: task?.version,
        patch: { deadlineText: '2022年11月底前' },
      });

      expect(await start()).toBe(true);
      expect(lines.filter((l) => l.includes('垫江县'))).toEqual(['演示数据：未加载 50（重庆市），跳过垫江县的部分']);
      expect(await plansOf(getDb(), '441300')).toEqual([{ id: city.id, published_version: 1 }]);
      expect(await plansOf(getDb(), '441322')).toEqual([{ id: boluo.id, published_version: 1 }]);
      // The adjustment the crashed run made is the only one.
      const derived = await deriver.send<PlanDetail>('GET', `/api/plans/${boluo.id}`);
      expect(derived.items.filter((i) => i.deadline?.text === '2022年11月底前')).toHaveLength(1);
      expect(await plansOf(getDb(), '360681')).toHaveLength(1);
      expect(await plansOf(getDb(), '500231')).toEqual([]);
      expect(await count("SELECT count(*)::int AS n FROM users WHERE username = 'dj-author'")).toBe(0);
      expect(await count("SELECT count(*)::int AS n FROM assignments WHERE state = 'reported'")).toBeGreaterThan(0);
    }, 120_000);

    it('started again, adds nothing and answers at once (the demo is marked complete)', async () => {
      const before = await totals();
      const started = performance.now();
      expect(await start()).toBe(false);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(await totals()).toEqual(before);
      expect(lines).toEqual(['演示数据：未加载 50（重庆市），跳过垫江县的部分']);
    });

    it('with its marks lost after a crash (every step done, nothing marked), finds everything done and duplicates nothing', async () => {
      const before = await totals();
      await getDb().query("DELETE FROM seed_marks WHERE name LIKE 'demo-scenario%'");
      expect(await start()).toBe(true);
      expect(await totals()).toEqual(before);
      expect(await start()).toBe(false);
    }, 120_000);

    it('gives a demo built before 博罗县司法局 had 股室 its 股室 on the next start, and nothing else', async () => {
      const sections = () =>
        getDb().query<{ name: string }>(
          "SELECT name FROM orgs WHERE parent_id = '441322-justice' AND kind = 'section' ORDER BY sort_key",
        );
      expect(await sections()).toHaveLength(8);
      // What a database built by the earlier demo holds: complete, without the 股室 part.
      await getDb().query("DELETE FROM orgs WHERE parent_id = '441322-justice' AND kind = 'section'");
      await getDb().query("DELETE FROM seed_marks WHERE name = 'demo-scenario-v1:boluo-justice-sections'");
      const before = await totals();
      expect(await start()).toBe(true);
      expect((await sections()).map((s) => s.name)).toEqual([...BOLUO_JUSTICE_SECTIONS]);
      const after = await totals();
      expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
      expect(after.events).toBe((before.events ?? 0) + 8);
      expect(await start()).toBe(false);
    }, 120_000);

    it('builds 垫江县’s part once a later start loads 50, and only that', async () => {
      const before = await totals();
      const progress: string[] = [];
      const seeded = await seedOrgTree(getDb(), { provinces: ['44', '50', '36'], onProgress: (m) => progress.push(m) });
      // Only 重庆市 is read in and written: 广东省 and 江西省 are not loaded a second time.
      const chongqing = await count("SELECT count(*)::int AS n FROM orgs WHERE path LIKE '/500000/%'");
      expect(seeded).toMatchObject({ skipped: false, inserted: chongqing });
      expect(progress).toContain(`写入 ${chongqing} 个单位…`);
      expect(await start()).toBe(true);
      expect(lines.some((l) => l.includes('跳过'))).toBe(false);
      expect(await plansOf(getDb(), '500231')).toEqual([{ id: expect.any(String), published_version: 1 }]);
      expect(await plansOf(getDb(), '441300')).toHaveLength(1);
      expect((await totals()).plans).toBe((before.plans ?? 0) + 1);
      expect(await start()).toBe(false);
      expect(lines).toEqual([]);
      // And the org tree is not loaded again for a scope already loaded.
      expect(await seedOrgTree(getDb(), { provinces: ['50', '44'] })).toMatchObject({ skipped: true });
    }, 120_000);
  });
});
