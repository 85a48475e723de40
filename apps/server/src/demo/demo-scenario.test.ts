import type {
  JobDto,
  LedgerPage,
  LookBackResult,
  OrgChildren,
  OrgFeedbackDto,
  PlanFeedbackDto,
  PlanSummary,
} from '@cascade/contracts';
import { type DatabaseHandle, scanDeadlines, seedOrgTree } from '@cascade/db';
import { openMigratedPglite } from '@cascade/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createDeps } from '../deps.ts';
import { signIn } from '../http/in-process-session.ts';
import { TEST_PASSWORD } from '../testing/test-world.ts';
import { DEMO_ACCOUNTS, ensureAccounts } from './demo-accounts.ts';
import { DEMO_TODAY, demoToday, ensureDemoScenario } from './demo-scenario.ts';

/**
 * The demo as `pnpm start` builds it (惠州市, 垫江县, 贵溪市 through the product's own API), and
 * what the people signing in to it find: work in every state and light, for each role.
 */
describe('the demo scenario', () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  const as = (username: string) => signIn(app, username, TEST_PASSWORD);
  const lights = async () =>
    Object.fromEntries(
      (
        await database.query<{ light: string; n: number }>(
          "SELECT light, count(*)::int AS n FROM assignments WHERE year = 2022 AND org_path LIKE '/440000/441300/%' GROUP BY light",
        )
      ).map((r) => [r.light, r.n]),
    );

  beforeAll(async () => {
    database = await openMigratedPglite();
    await seedOrgTree(database, { provinces: ['44', '50', '36'] });
    await ensureAccounts(database.db, DEMO_ACCOUNTS, TEST_PASSWORD);
    // As `pnpm start` runs it: the demo's day is the server's day from the start.
    app = createApp(createDeps(database, { today: () => DEMO_TODAY }));
    expect(await ensureDemoScenario(database, app, TEST_PASSWORD, () => {})).toBe(true);
  }, 600_000);
  afterAll(async () => {
    await database?.close();
  });

  it('keeps its own day, so the periodic deadline scan leaves 惠州市 a spread of lights', async () => {
    const before = await lights();
    expect(before.red).toBeGreaterThan(0);
    expect(before.green).toBeGreaterThan(0);
    // What the server's periodic scan does on a demo database: count from the demo's day.
    expect(await demoToday(database)).toBe(DEMO_TODAY);
    await scanDeadlines(database, { today: (await demoToday(database)) ?? '' });
    expect(await lights()).toEqual(before);
  });

  it('lands each role on work: reports to verify, a returned report, the inbox, unfinished 2021 work', async () => {
    const supervisor = await as('bl-supervisor');
    const toVerify = await supervisor.send<LedgerPage>('GET', '/api/ledger?state=reported');
    expect(toVerify.total).toBeGreaterThan(0);
    const reporter = await as('bl-reporter');
    const own = await reporter.send<LedgerPage>('GET', '/api/ledger?limit=500');
    expect(own.rows.some((r) => r.lastComment)).toBe(true);
    const deriver = await as('bl-deriver');
    const inbox = await deriver.send<{ plans: { ownerName: string }[] }>('GET', '/api/derivation/inbox');
    expect(inbox.plans.map((p) => p.ownerName)).toContain('惠州市');
    const guixi = await as('gx-supervisor');
    const unfinished = await guixi.send<LedgerPage>('GET', '/api/ledger?year=2021&state=assigned');
    expect(unfinished.total).toBeGreaterThan(0);
  });

  it("贵溪市's supervisor runs 回头看 on 2021: every unfinished task is reopened and carried into 2022", async () => {
    const guixi = await as('gx-supervisor');
    const before = await guixi.send<LedgerPage>('GET', '/api/ledger?year=2021&state=assigned&limit=1');
    expect(before.total).toBeGreaterThan(0);
    // It runs in the background; the job ends with the look-back's result.
    let job = await guixi.send<JobDto>('POST', '/api/lookback', { orgId: '360681', year: 2021 });
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = await guixi.send<JobDto>('GET', `/api/jobs/${job.id}`);
    }
    expect(job).toMatchObject({ state: 'succeeded', done: job.total });
    const result = job.result as LookBackResult;
    expect(result).toMatchObject({ unfinished: before.total, reopened: before.total, refused: [] });
    expect(result.carried).toBeGreaterThan(0);
    expect((await guixi.send<LedgerPage>('GET', '/api/ledger?year=2021&state=assigned&limit=1')).total).toBe(0);
    const carried = await guixi.send<LedgerPage>('GET', '/api/ledger?year=2022&state=rectifying&limit=1');
    expect(carried.total).toBe(result.carried);
    // The rectifications belong to a 2022 plan of 贵溪市 itself.
    const [owner] = await database.query<{ owner_org_id: string; title: string }>(
      'SELECT p.owner_org_id, p.title FROM assignments a JOIN plans p ON p.id = a.plan_id WHERE a.id = $1',
      [carried.rows[0]!.id],
    );
    expect(owner).toEqual({ owner_org_id: '360681', title: '2022年度回头看整改任务' });
    // The run is on record, on the demo's day, and its rectifications are due 20 working days on.
    const runs = await guixi.send<{ runs: { id: string; reopened: number; reopenedOn: string }[] }>(
      'GET',
      '/api/lookbacks?orgId=360681',
    );
    expect(runs.runs[0]).toMatchObject({ id: result.id, reopened: result.reopened, reopenedOn: DEMO_TODAY });
    expect(carried.rows[0]!.dueOn).toBe('2022-10-18');
  });

  it('counts 台账反馈 the same in the subordinates tab, the dashboard and the API, for every demo account', async () => {
    const sum = (counts: PlanFeedbackDto['counts'][]) =>
      counts.reduce(
        (all, c) => ({
          total: all.total + c.total,
          fedBack: all.fedBack + c.fedBack,
          fedBackLate: all.fedBackLate + c.fedBackLate,
          pending: all.pending + c.pending,
          overdue: all.overdue + c.overdue,
        }),
        { total: 0, fedBack: 0, fedBackLate: 0, pending: 0, overdue: 0 },
      );
    let asked = 0;
    for (const account of DEMO_ACCOUNTS) {
      const session = await as(account.username);
      for (const year of [2021, 2022]) {
        // The dashboard: the panel's totals and the subordinates table's per-unit cells.
        const dashboard = await session.send<OrgFeedbackDto>(
          'GET',
          `/api/feedback?orgId=${account.orgId}&year=${year}`,
        );
        expect(dashboard.today, account.username).toBe(DEMO_TODAY);
        // The plan page's 下级反馈与签收 tab, plan by plan.
        const { plans } = await session.send<{ plans: PlanSummary[] }>(
          'GET',
          `/api/plans?ownerOrgId=${account.orgId}&year=${year}`,
        );
        const own = plans.filter((p) => p.ownerOrgId === account.orgId && p.publishedVersion > 0);
        const tabs = await Promise.all(
          own.map((p) => session.send<PlanFeedbackDto>('GET', `/api/plans/${encodeURIComponent(p.id)}/feedback`)),
        );
        const { byLight: _lights, ...totals } = dashboard.counts;
        expect(totals, `${account.username} ${year}`).toEqual(sum(tabs.map((tab) => tab.counts)));
        expect(sum(Object.values(dashboard.byChild)), `${account.username} ${year} per unit`).toEqual(totals);
        // Each unit is one state wherever it is shown.
        const states = new Map(tabs.flatMap((tab) => tab.rows.map((r) => [`${r.planId}|${r.orgId}`, r.state])));
        for (const row of dashboard.rows) expect(states.get(`${row.planId}|${row.orgId}`)).toBe(row.state);
        asked += totals.total;
      }
    }
    expect(asked).toBeGreaterThan(0);
    // 博罗县 published its plan on the demo's day, after 惠州市's window: fed back, late, that day.
    const hz = await (await as('hz-supervisor')).send<OrgFeedbackDto>('GET', '/api/feedback?orgId=441300&year=2022');
    expect(hz.rows.find((r) => r.orgId === '441322')).toMatchObject({ state: 'fedBack', fedBackOn: DEMO_TODAY });
  });

  it('gives 博罗县司法局 its 股室 through the API, as its admin would', async () => {
    const reporter = await as('bl-reporter');
    const { departments } = await reporter.send<OrgChildren>('GET', '/api/orgs/441322-justice/children');
    expect(departments.filter((o) => o.kind === 'section').map((o) => o.name)).toEqual([
      '办公室',
      '法治调研督察股',
      '行政执法协调监督股',
      '行政复议与应诉股',
      '普法与依法治理股',
      '公共法律服务管理股',
      '人民参与和促进法治股',
      '社区矫正股',
    ]);
    const [added] = await database.query<{ n: number; actor: string }>(
      "SELECT count(*)::int AS n, min(e.actor) AS actor FROM events e WHERE e.type = 'org.section.added'",
    );
    const [admin] = await database.query<{ id: string }>("SELECT id FROM users WHERE username = 'gd-admin'");
    expect(added).toEqual({ n: 8, actor: admin?.id });
  });

  it('is built once: a second start adds nothing', async () => {
    const [plans] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM plans');
    expect(await ensureDemoScenario(database, app, TEST_PASSWORD, () => {})).toBe(false);
    expect(await database.query<{ n: number }>('SELECT count(*)::int AS n FROM plans')).toEqual([plans]);
  });

  it('counts from today on a database without the demo', async () => {
    const empty = await openMigratedPglite();
    expect(await demoToday(empty)).toBeUndefined();
    await empty.close();
  });
});
