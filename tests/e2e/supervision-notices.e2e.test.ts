import { readFileSync } from 'node:fs';
import type { ImportResult, PlanDetail } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { readDocx } from '@cascade/documents';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

/** The story's day: 8 working days after the task fell due (国庆 in between). */
const TODAY = '2022-10-12';

/**
 * 督办单 as a document with a flow, in Chromium over the demo accounts: 博罗县's plan has a task
 * for 县司法局 due 2022-09-28; red past 5 working days, the deadline scan issues 博督〔2022〕1号 →
 * 博罗县's supervisor sees it on the dashboard and prints it (.docx) → 司法局's reporter signs for it
 * and answers with a rectification plan and date → the supervisor closes it.
 */
describeInChromium('督办单 from red to closed in Chromium', () => {
  const world = browserWorld({ deps: () => ({ today: () => TODAY }) });
  const { api, signedInPage } = world;

  beforeAll(async () => {
    const author = await api('bl-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: '一、总体要求\n（一）公开\n1.建设规章库专栏，2022年9月28日前完成。〔牵头单位：县司法局〕\n2.更新政策解读专栏。〔牵头单位：县司法局〕',
      fileName: '博罗县2022年政务公开工作要点.txt',
      year: 2022,
    });
    const id = encodeURIComponent(imported.plan.id);
    const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${id}`);
    await author.send('POST', `/api/plans/${id}/publish`, { expectedVersion: plan.version, summary: '印发' });
    const scan = await scanDeadlines(world.server.database, { today: TODAY });
    expect(scan.escalations.notices).toEqual({ notice: 1, interview: 0 });
  }, 180_000);
  const noticeRow = (page: Page) => page.locator('tr[data-notice="博督〔2022〕1号"]').first();

  it('the supervisor sees the scan’s 督办单 on the dashboard and prints it to .docx', async () => {
    const { context, page } = await signedInPage('bl-supervisor');
    await page.goto(`${world.server.url}/dashboard?year=2022`);
    const panel = page.getByRole('region', { name: '督办单 / 约谈' });
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('督办单 1 件（待签收 1');
    const row = panel.locator('tr[data-notice="博督〔2022〕1号"]');
    expect(await row.textContent()).toContain('博罗县司法局');
    expect(await row.textContent()).toContain('待签收');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('supervision-notice-dashboard.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: '打印' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('督办通知书（博督〔2022〕1号）博罗县司法局.docx');
    const saved = artifact('supervision-notice.docx');
    await download.saveAs(saved);
    const text = await readDocx(new Uint8Array(readFileSync(saved)));
    expect(text).toContain('博督〔2022〕1号');
    expect(text).toContain('督办通知书');
    expect(text).toContain('建设规章库专栏');
    // The supervisor cannot sign or answer in the unit's name: no such buttons.
    expect(await row.getByRole('button').count()).toBe(0);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('the unit signs for it and answers with a rectification plan and date', async () => {
    const { context, page } = await signedInPage('bl-reporter');
    await page.getByRole('link', { name: '督办通知' }).click();
    const row = noticeRow(page);
    await row.waitFor();
    expect(await row.textContent()).toContain('博罗县');
    await row.getByRole('button', { name: '签收' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已签收 博督〔2022〕1号');
    await expect.poll(() => noticeRow(page).textContent()).toContain('已签收');
    await noticeRow(page).getByRole('button', { name: '答复' }).click();
    const form = page.getByRole('form', { name: '答复 博督〔2022〕1号' });
    await form.getByLabel('整改措施').fill('补齐规章库专栏，按月更新并由分管领导审核。');
    await form.getByLabel('整改完成时限').fill('2022-11-30');
    await page.screenshot({ path: artifact('supervision-notice-answer.png') });
    await form.getByRole('button', { name: '确认答复' }).click();
    await expect.poll(() => noticeRow(page).textContent()).toContain('已答复');
    expect(await noticeRow(page).textContent()).toContain('整改时限 2022-11-30');
    expect(await noticeRow(page).getByRole('button').count()).toBe(0);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('the supervisor closes it, and the dashboard counts it closed', async () => {
    const { context, page } = await signedInPage('bl-supervisor');
    await page.goto(`${world.server.url}/dashboard?year=2022`);
    const panel = page.getByRole('region', { name: '督办单 / 约谈' });
    const row = panel.locator('tr[data-notice="博督〔2022〕1号"]');
    await expect.poll(() => row.textContent()).toContain('已答复');
    await row.getByRole('button', { name: '办结' }).click();
    const form = panel.getByRole('form', { name: '办结 博督〔2022〕1号' });
    await form.getByLabel('办结意见（可不填）').fill('整改措施可行，予以办结。');
    await form.getByRole('button', { name: '确认办结' }).click();
    await expect.poll(() => row.textContent()).toContain('已办结');
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('已办结 1');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('supervision-notice-closed.png') });
    const events = await world.server.database.query<{ type: string }>(
      `SELECT type FROM events WHERE subject_type = 'notice' ORDER BY id`,
    );
    expect(events.map((e) => e.type)).toEqual(['notice.issued', 'notice.signed', 'notice.answered', 'notice.closed']);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);
});
