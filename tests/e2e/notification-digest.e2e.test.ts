import type { ImportResult, LedgerPage, NotificationsDto, PlanDetail } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const TITLE = '博罗县2022年政务公开工作要点';
/** 博罗县's plan: one task of every township, one of its 司法局, both long overdue on the scan's day. */
const PLAN = [
  TITLE,
  '一、总体要求',
  '（一）公开',
  '1.公开镇级权责清单。〔牵头单位：各乡镇人民政府；完成时限：2022年3月底前〕',
  '2.公开行政执法信息。〔牵头单位：县司法局；完成时限：2022年3月底前〕',
].join('\n');
const enc = encodeURIComponent;

/**
 * Issue #18: red at every township on one day, the county's inbox holds one 督办单 and one 约谈
 * entry for the task — naming the units — under the plan's heading, not one per township; a
 * message whose row has since been reported shows 已处理 and leaves 待处理.
 */
describeInChromium('the county inbox as a digest in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let townshipRows = 0;

  beforeAll(async () => {
    const author = await api('bl-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: PLAN,
      fileName: '博罗县.txt',
      year: 2022,
    });
    const id = enc(imported.plan.id);
    const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${id}`);
    await author.send('POST', `/api/plans/${id}/publish`, { expectedVersion: plan.version, summary: '印发' });
    const ledger = await (await api('bl-supervisor')).send<LedgerPage>(
      'GET',
      `/api/ledger?planId=${id}&q=${enc('权责清单')}&limit=500`,
    );
    townshipRows = ledger.rows.length;
    expect(townshipRows).toBeGreaterThan(10);
    await scanDeadlines(world.server.database, { today: '2022-06-01' });

    // 县司法局 reports its task: the county's messages about it have been acted on.
    const reporter = await api('bl-reporter');
    const { rows } = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${id}`);
    const row = rows.find((r) => r.itemText.includes('行政执法'))!;
    const form = new FormData();
    form.set('expectedVersion', String(row.version));
    form.set('text', '已在政府网站公开');
    form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
    const res = await reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
  }, 180_000);

  it('shows one 督办单 and one 约谈 per task under the plan, naming the townships; reported work as 已处理', async () => {
    // Through the API: one entry per task and kind, the township one folding every township's row.
    const inbox = await (await api('bl-deriver')).send<NotificationsDto>('GET', '/api/notifications?filter=all');
    const escalations = inbox.items.filter((n) => n.type === 'assignment.escalated');
    expect(escalations).toHaveLength(4);
    const townships = escalations.filter((n) => n.itemText.includes('权责清单'));
    expect(townships.map((n) => n.unitCount)).toEqual([townshipRows, townshipRows]);
    expect(townships.every((n) => !n.actedOn)).toBe(true);
    expect(escalations.filter((n) => n.itemText.includes('行政执法')).every((n) => n.actedOn)).toBe(true);

    const { context, page } = await signedInPage('bl-deriver');
    await page.getByRole('link', { name: /消息/ }).click();
    const section = page.getByRole('region', { name: TITLE });
    await expect.poll(() => section.getByRole('heading', { level: 3 }).textContent()).toContain(TITLE);
    // 待处理: the townships' 督办单 and 约谈, one entry each, with the 文号; not the reported task's.
    const entries = section.locator('.notices li');
    await expect.poll(() => entries.count()).toBe(2);
    const texts = await entries.allTextContents();
    expect(texts.every((text) => text.includes(`等${townshipRows}个单位`))).toBe(true);
    expect(texts.some((text) => /督办单：.*文号 博督〔2022〕\d+号/.test(text))).toBe(true);
    expect(await page.getByRole('tab', { name: '待处理（2）' }).getAttribute('aria-selected')).toBe('true');
    expect(await section.getByRole('link', { name: '去处理' }).count()).toBe(2);
    await page.screenshot({ path: artifact('inbox-digest.png'), fullPage: true });

    // 全部: the reported task's messages are there too, 已处理, without 去处理.
    await page.getByRole('tab', { name: '全部' }).click();
    await expect.poll(() => entries.count()).toBe(4);
    const done = entries.filter({ hasText: '行政执法' });
    expect(await done.count()).toBe(2);
    for (const entry of await done.all()) {
      expect(await entry.textContent()).toContain('已处理');
      expect(await entry.getByRole('link', { name: '去处理' }).count()).toBe(0);
    }
    await page.screenshot({ path: artifact('inbox-digest-all.png'), fullPage: true });

    // Opening the townships' 督办单 reads every township's event in it: unread drops by one.
    const deriver = await api('bl-deriver');
    const unread = async () => (await deriver.send<NotificationsDto>('GET', '/api/notifications')).unread;
    const before = await unread();
    const notice = entries.filter({ hasText: '权责清单' }).filter({ hasText: '督办单：' });
    await notice.getByRole('link', { name: '去处理' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ledger');
    await expect.poll(unread).toBe(before - 1);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);
});
