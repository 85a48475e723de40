import type { JobDto, LedgerPage, NotificationsDto, PlanSummary } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { type ApiSession, DEMO_TODAY } from '@cascade/server/testing';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const enc = encodeURIComponent;
const MESSAGE = '已逾期，请五个工作日内报送整改情况';

/**
 * Supervision at a county's size, on the demo's data as `pnpm start` builds it: 博罗县 sends its
 * plan down to every township (逐级下达) and the demo's day's scan turns the late rows red and
 * escalates them. 博罗县's supervisor urges every red row in one action; 博罗县's deriver reads one
 * message per task, not one per township.
 */
describeInChromium('a county’s supervision on the demo data, in Chromium', () => {
  const world = browserWorld({ demo: true, timeout: 300_000 });
  const { api, signedInPage } = world;
  const redRows = async (who: ApiSession) => who.send<LedgerPage>('GET', '/api/ledger?year=2022&light=red&limit=10000');

  beforeAll(async () => {
    const deriver = await api('bl-deriver');
    const { plans } = await deriver.send<{ plans: PlanSummary[] }>('GET', '/api/plans?year=2022&ownerOrgId=441322');
    const county = plans.find((p) => p.parentPlanId);
    if (!county) throw new Error('the demo has no 博罗县 plan derived from 惠州市’s');
    let job = await deriver.send<JobDto>('POST', `/api/plans/${enc(county.id)}/cascade`);
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = await deriver.send<JobDto>('GET', `/api/jobs/${job.id}`);
    }
    expect(job.state).toBe('succeeded');
    await scanDeadlines(world.server.database, { today: DEMO_TODAY });
  }, 300_000);

  it('the supervisor selects every red row and urges them in one action, one message each', async () => {
    const supervisor = await api('bl-supervisor');
    const red = await redRows(supervisor);
    expect(red.total).toBeGreaterThan(20);
    const { context, page } = await signedInPage('bl-supervisor');
    await page.getByRole('link', { name: '台账', exact: true }).click();
    await page.locator('.ledger-page label', { hasText: /^亮灯/ }).locator('select').selectOption({ label: '红灯' });
    await page.getByRole('checkbox', { name: `选择筛选出的全部 ${red.total} 条` }).check();
    const bar = page.getByRole('toolbar', { name: '批量办理' });
    await expect.poll(() => bar.textContent()).toContain(`已选 ${red.total} 条`);
    // Rows of 博罗县's own (its share of 惠州市's plan) are 惠州市's to urge: the button counts the rest.
    const urge = bar.getByRole('button', { name: /^督办（\d+ 条）$/ });
    const n = Number(/（(\d+) 条）/.exec((await urge.textContent()) ?? '')?.[1]);
    const own = red.rows.filter((r) => r.orgId === '441322');
    expect(n).toBe(red.total - own.length);
    expect(n).toBeGreaterThan(50);
    await urge.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/督办内容/).fill(MESSAGE);
    await dialog.getByRole('button', { name: `确认督办 ${n} 条` }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toBe(`已督办 ${n} 条。`);
    await page.screenshot({ path: artifact('county-urge-all-red.png') });
    await dialog.getByRole('button', { name: '完成' }).click();

    // One urge per red row below the county, no more, no fewer.
    const urged = await world.server.database.query<{ subject_id: string; n: number }>(
      `SELECT subject_id, count(*)::int AS n FROM events
       WHERE type = 'assignment.urged' AND payload->>'message' = $1 GROUP BY subject_id`,
      [MESSAGE],
    );
    expect(urged.map((u) => u.subject_id).sort()).toEqual(
      red.rows
        .filter((r) => r.orgId !== '441322')
        .map((r) => r.id)
        .sort(),
    );
    expect(urged.every((u) => u.n === 1)).toBe(true);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 180_000);

  it('the deriver’s inbox holds one message per task, naming the townships, not one per township', async () => {
    const deriver = await api('bl-deriver');
    const { items } = await deriver.send<NotificationsDto>('GET', '/api/notifications?limit=200');
    const escalations = items.filter((n) => n.type === 'assignment.escalated');
    const keys = escalations.map((n) => `${n.itemText}|${n.message}|${n.at.slice(0, 10)}`);
    expect(new Set(keys).size).toBe(keys.length);
    const widest = Math.max(...escalations.map((n) => n.unitCount));
    expect(widest).toBeGreaterThan(10);
    const { context, page } = await signedInPage('bl-deriver');
    await page.getByRole('link', { name: /消息/ }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain(`等${widest}个单位`);
    await page.screenshot({ path: artifact('county-inbox-digest.png') });
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);
});
