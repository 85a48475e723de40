import type { PlanSummary } from '@cascade/contracts';
import type { ApiSession } from '@cascade/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

/** A task table whose units column is headed with words the reader does not know (谁来办 is read as “other”). */
const TABLE = [
  '博罗县某局2022年政务公开工作任务分工',
  '序号\t工作任务\t具体措施\t谁来办\t完成时限',
  '1\t（一）推进政策公开\t1.建设规章库专栏。\t县司法局\t2022年9月底前',
  '2\t\t2.公开行政规范性文件。\t县政府办公室、县财政局\t2022年6月底前',
  '3\t（二）优化平台\t3.优化政府网站。\t县政务服务数据管理局\t长期坚持',
].join('\n');

/** A table copied one cell per line: the second measure names no unit (无), and a stray line fits nowhere. */
const NO_UNITS = [
  '博罗县2022年政务公开重点工作任务分工方案',
  '',
  '工作任务',
  '',
  '具体措施',
  '',
  '责任单位',
  '',
  '完成时限',
  '',
  '(一)推进政策公开',
  '',
  '1.建设规章库专栏,及时更新。',
  '',
  '县司法局',
  '',
  '2022年底前',
  '',
  '2.公开行政规范性文件,做好解读。',
  '',
  '无',
  '',
  '2022年6月底前',
  '',
  '这里混入了一段无关的说明文字。',
  '',
  '(二)建设平台',
  '',
  '3.优化政府网站,提升服务能力。',
  '',
  '县政务服务数据管理局',
  '',
  '2022年底前',
].join('\n');

/**
 * Issue #14, deliverable 6: a document is read and reviewed in Chromium before any draft exists —
 * a column the reader does not know is given its role and read again, an item corrected in place,
 * and the draft created with the right units; a document with warnings shows them first.
 */
describeInChromium('import review in Chromium', () => {
  const world = browserWorld();
  const { signedInPage } = world;
  let api: ApiSession;

  beforeAll(async () => {
    api = await world.api('bl-author');
  }, 180_000);

  const plansOfCounty = async () =>
    (await api.send<{ plans: PlanSummary[] }>('GET', '/api/plans?ownerOrgId=441322')).plans;

  /** The import dialog with a paste in it, read: the review is showing. */
  async function readPaste(page: Page, text: string, year = '2022') {
    await page.getByRole('link', { name: '方案', exact: true }).click();
    await page.getByRole('button', { name: '导入方案' }).click();
    const dialog = page.getByRole('dialog', { name: '导入方案' });
    await dialog.getByLabel('粘贴文本').check();
    await dialog.getByLabel('方案文本（可直接从网页或 Word 复制粘贴）').fill(text);
    await dialog.getByLabel(/计划年度/).fill(year);
    await dialog.getByRole('button', { name: '读取', exact: true }).click();
    await dialog.locator('.import-review').waitFor();
    return dialog;
  }

  it('shows a document’s warnings and unplaced lines before any draft exists, and goes back with the input kept', async () => {
    const before = await plansOfCounty();
    const { context, page } = await signedInPage('bl-author');
    const dialog = await readPaste(page, NO_UNITS);
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('共 3 项，1 项需核对，1 行未归位');
    // The measure without units is marked, with its warning; the others are not.
    const items = dialog.locator('.review-item');
    expect(await items.count()).toBe(3);
    const second = items.nth(1);
    expect(await second.getAttribute('class')).toContain('warned');
    expect(await second.locator('.review-warnings').textContent()).toBe('⚠ 未识别到责任单位');
    expect(await items.nth(0).locator('.review-warnings').count()).toBe(0);
    // The source, numbered, with the line that fits nowhere marked and explained.
    const stray = dialog.locator('.source-lines li.unplaced');
    expect(await stray.count()).toBe(1);
    expect(await stray.locator('.ln').textContent()).toBe('25');
    expect(await stray.locator('.src').textContent()).toBe('这里混入了一段无关的说明文字。');
    expect(await stray.getAttribute('title')).toContain('未归位');
    // Only the items to check.
    await dialog.getByLabel('只看需核对的事项').check();
    await expect.poll(() => items.count()).toBe(1);
    await page.screenshot({ path: artifact('import-review-warnings.png') });
    // Nothing was created by reading.
    expect((await plansOfCounty()).length).toBe(before.length);
    // 返回 keeps what was pasted.
    await dialog.getByRole('button', { name: '返回' }).click();
    expect(await dialog.getByLabel('方案文本（可直接从网页或 Word 复制粘贴）').inputValue()).toBe(NO_UNITS);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect((await plansOfCounty()).length).toBe(before.length);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('sets the role of a column the reader does not know, reads again, corrects one item and creates the draft with those units', async () => {
    const before = await plansOfCounty();
    const { context, page } = await signedInPage('bl-author');
    const dialog = await readPaste(page, TABLE);
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('共 3 项，3 项需核对，0 行未归位');
    // The column bar: 谁来办 was kept aside (其他), with a sample of what it holds.
    const columns = dialog.getByRole('region', { name: '表格各列的含义' });
    const role = columns.getByLabel('“谁来办”列的含义');
    expect(await role.inputValue()).toBe('other');
    expect(await columns.locator('.column-chip', { hasText: '谁来办' }).locator('.column-sample').textContent()).toBe(
      '如：县司法局',
    );
    await role.selectOption({ label: '责任单位' });
    // Until it is read again, the draft cannot be created.
    await expect.poll(() => columns.locator('.form-warning').textContent()).toContain('请先点“重新识别”');
    expect(await dialog.getByRole('button', { name: '创建草稿' }).isDisabled()).toBe(true);
    await columns.getByRole('button', { name: '重新识别' }).click();
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('共 3 项，0 项需核对，0 行未归位');
    const items = dialog.locator('.review-item');
    expect(await items.nth(0).locator('.units').textContent()).toBe('责任：县司法局');
    expect(await items.nth(1).locator('.units').textContent()).toBe('责任：县政府办公室、县财政局');

    // The third measure gets a lead unit and a deadline of its own, in place.
    const third = items.nth(2);
    await third.getByRole('button', { name: '修改单位或时限' }).click();
    await third.getByLabel('牵头单位').fill('县政府办公室');
    await third.getByLabel('完成时限').fill('2022年11月底前');
    await expect.poll(() => third.locator('.review-edit .hint').textContent()).toContain('2022-11-30');
    await third.getByRole('button', { name: '收起' }).click();
    expect(await third.locator('.tag-modified').textContent()).toBe('已修改');
    expect(await third.locator('.units').textContent()).toBe('牵头：县政府办公室；责任：县政务服务数据管理局');
    await page.screenshot({ path: artifact('import-review-columns.png') });
    expect((await plansOfCounty()).length).toBe(before.length);

    await dialog.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/\/plans\/[^?]+\?imported=3/);
    await expect.poll(() => page.locator('.outline-task').count()).toBe(3);
    const tasks = await page.locator('.outline-task').allTextContents();
    expect(tasks[0]).toContain('责任：县司法局');
    expect(tasks[1]).toContain('责任：县政府办公室、县财政局');
    expect(tasks[2]).toContain('牵头：县政府办公室；责任：县政务服务数据管理局');
    expect(tasks[2]).toContain('2022年11月底前');
    await page.screenshot({ path: artifact('import-review-created.png') });
    expect((await plansOfCounty()).length).toBe(before.length + 1);

    // The office's next document from the same issuer is read with the same column roles.
    await page.getByRole('link', { name: '方案', exact: true }).click();
    const next = await readPaste(page, TABLE.replace(/2022年/g, '2023年'), '2023');
    await expect.poll(() => next.locator('.import-summary').textContent()).toBe('共 3 项，0 项需核对，0 行未归位');
    expect(await next.getByLabel('“谁来办”列的含义').inputValue()).toBe('responsible');
    expect(await next.locator('.column-bar').textContent()).toContain('已沿用本单位上次');
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);
});
