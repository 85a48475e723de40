import type { ImportResult, NotificationsDto, PlanDetail } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const LATE = 9;
const ON_TIME = 3;

/** 博罗县's plan: nine tasks of its 司法局 long overdue on the scan's day, three not yet due. */
const PLAN = [
  '一、总体要求',
  '（一）公开',
  ...Array.from(
    { length: LATE },
    (_, i) => `${i + 1}.公开第${i + 1}项执法信息。〔牵头单位：县司法局；完成时限：2022年3月底前〕`,
  ),
  ...Array.from(
    { length: ON_TIME },
    (_, i) => `${LATE + i + 1}.公开第${LATE + i + 1}项年报数据。〔牵头单位：县司法局；完成时限：2022年12月底前〕`,
  ),
].join('\n');

/** A supervisor urges all the red rows in one action; the unit gets one message for each. */
describeInChromium('bulk actions on the ledger in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;

  beforeAll(async () => {
    const author = await api('bl-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: PLAN,
      fileName: '博罗县.txt',
      year: 2022,
    });
    const id = encodeURIComponent(imported.plan.id);
    const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${id}`);
    await author.send('POST', `/api/plans/${id}/publish`, { expectedVersion: plan.version, summary: '印发' });
    await scanDeadlines(world.server.database, { today: '2022-09-15' });
  }, 180_000);

  it('selects every red row of the filter and urges them in one action, one message each', async () => {
    const reporter = await api('bl-reporter');
    const before = (await reporter.send<NotificationsDto>('GET', '/api/notifications?limit=200')).items;
    const { context, page } = await signedInPage('bl-supervisor');
    await page.getByRole('link', { name: '台账', exact: true }).click();
    await page.locator('.ledger-page label', { hasText: /^亮灯/ }).locator('select').selectOption({ label: '红灯' });
    await expect.poll(() => page.locator('.ledger-row').count()).toBe(LATE);
    await page.getByRole('checkbox', { name: `选择筛选出的全部 ${LATE} 条` }).check();
    const bar = page.getByRole('toolbar', { name: '批量办理' });
    await expect.poll(() => bar.textContent()).toContain(`已选 ${LATE} 条`);
    await bar.getByRole('button', { name: `督办（${LATE} 条）` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/督办内容/).fill('已逾期，请三日内报送');
    await page.screenshot({ path: artifact('bulk-urge-confirm.png') });
    await dialog.getByRole('button', { name: `确认督办 ${LATE} 条` }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`已督办 ${LATE} 条。`);
    await page.screenshot({ path: artifact('bulk-urge-done.png') });
    await dialog.getByRole('button', { name: '完成' }).click();
    expect(await bar.count()).toBe(0);

    // The unit's inbox: exactly one new urge per red row, none for the rows on time.
    const after = (await reporter.send<NotificationsDto>('GET', '/api/notifications?limit=200')).items;
    const fresh = after.filter((n) => !before.some((b) => b.eventId === n.eventId));
    const urges = fresh.filter((n) => n.message.includes('已逾期，请三日内报送'));
    expect(urges).toHaveLength(LATE);
    expect(new Set(urges.map((n) => n.assignmentId)).size).toBe(LATE);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);

  it('lets the unit mark its whole inbox read in one step, and the badge follows', async () => {
    const { context, page } = await signedInPage('bl-reporter');
    const badge = page.locator('.notice-link .badge');
    await expect.poll(() => badge.count()).toBe(1);
    await page.getByRole('link', { name: /消息/ }).click();
    await page.getByRole('button', { name: /全部标为已读/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/已将 \d+ 条消息标为已读/);
    await expect.poll(() => badge.count()).toBe(0);
    expect(await page.locator('.notices li.unread').count()).toBe(0);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);
});
