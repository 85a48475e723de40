import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LedgerPage, LedgerRowDto } from '@cascade/contracts';
import { expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);

/**
 * The three journeys of the web app in Chromium: a city author imports huizhou-city-2022.txt and
 * publishes; a county deriver derives, edits one item, checks coverage and publishes; a supervisor
 * verifies one report and returns another. Each ends with a screenshot, and no console errors.
 */
describeInChromium('web app journeys in Chromium', () => {
  const world = browserWorld();
  const { signedInPage } = world;

  it('a city author imports huizhou-city-2022.txt and publishes it', async () => {
    const { context, page } = await signedInPage('hz-author');
    await page.getByRole('link', { name: '方案', exact: true }).click();
    await expect.poll(() => page.locator('.empty-state').textContent()).toContain('导入方案');
    await page.getByRole('button', { name: '导入方案' }).click();
    await page.getByLabel(/方案文件/).setInputFiles(SEED);
    await page.getByRole('button', { name: '读取', exact: true }).click();
    // The review: the outline as read beside the source, nothing to check; then the draft.
    await expect.poll(() => page.locator('.import-summary').textContent()).toBe('共 53 项，0 项需核对，0 行未归位');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await expect.poll(() => page.locator('.banner').first().textContent()).toContain('已导入 53 项任务');
    expect(await page.locator('.outline-task').count()).toBe(53);
    // The author checks one item: its deadline is read as the parser reads it.
    await page.locator('.outline-task button').first().click();
    await expect.poll(() => page.locator('.item-editor .hint').textContent()).toContain('到期日 2022-12-31');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByLabel('版本说明').fill('印发稿');
    await page.getByRole('button', { name: '确认发布' }).click();
    await expect.poll(() => page.locator('.banner.ok').textContent()).toMatch(/已发布第 1 版，新下达 \d+ 条任务分工/);
    await page.screenshot({ path: artifact('journey-1-city-author-published.png'), fullPage: false });
    await context.close();
  }, 90_000);

  it('a county deriver derives, edits one item, checks coverage and publishes', async () => {
    const { context, page } = await signedInPage('bl-deriver');
    await page.getByRole('link', { name: '待分解' }).click();
    await page.getByRole('button', { name: '一键分解' }).click();
    await page.locator('.outline').waitFor();
    expect(await page.locator('h2').first().textContent()).toContain('博罗县2022年');
    // Edit the first task's deadline, with the reason.
    await page.locator('.outline-task button').first().click();
    await page.getByLabel('完成时限').fill('2022年10月底前');
    await expect.poll(() => page.locator('.item-editor .hint').textContent()).toContain('2022-10-31');
    await page.getByLabel(/调整理由/).fill('县里提前完成');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.locator('.item-editor .form-ok').textContent()).toContain('已保存');
    await expect.poll(() => page.locator('.outline-task .tag-overridden').count()).toBe(1);
    // Coverage: one modified, none missing, ready to publish.
    await page.getByRole('tab', { name: '逐项对照' }).click();
    await expect.poll(() => page.locator('.count-modified strong').textContent()).toBe('1');
    expect(await page.locator('.count-missing strong').textContent()).toBe('0');
    expect(await page.locator('.coverage [role="status"]').textContent()).toContain('可以发布');
    await page.screenshot({ path: artifact('journey-2-county-coverage.png') });
    await page.getByRole('tab', { name: '与上级对照' }).click();
    await expect.poll(() => page.locator('.diff .changed').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByLabel('版本说明').fill('县级分解稿');
    await page.getByRole('button', { name: '确认发布' }).click();
    await expect.poll(() => page.locator('.banner.ok').textContent()).toContain('已发布第 1 版');
    await page.screenshot({ path: artifact('journey-2-county-published.png') });
    await context.close();
  }, 90_000);

  it('a supervisor verifies one report and returns another', async () => {
    // Two reports from 博罗县司法局, through the API as the unit would send them.
    const reporter = await world.api('bl-reporter');
    const { rows } = await reporter.send<LedgerPage>('GET', '/api/ledger?state=assigned&limit=2');
    expect(rows).toHaveLength(2);
    for (const row of rows as LedgerRowDto[]) {
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', '已在政府网站专栏公开');
      form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
      const res = await reporter.request(`/api/assignments/${encodeURIComponent(row.id)}/report`, {
        method: 'POST',
        body: form,
      });
      expect(res.status).toBe(200);
    }

    const { context, page } = await signedInPage('bl-supervisor');
    // The supervisor narrows the ledger to what waits for verification, with the filter menus.
    await page.getByRole('link', { name: '台账', exact: true }).click();
    // (The group-by menu offers 亮灯 too: the menus are found by the label they start with.)
    const menu = (label: string) =>
      page.locator('.ledger-page label', { hasText: new RegExp(`^${label}`) }).locator('select');
    const lights = await menu('亮灯').locator('option').allTextContents();
    expect(lights).toEqual(['全部', '红灯', '黄灯', '绿灯', '无时限']);
    await menu('状态').selectOption({ label: '已报送' });
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('reported');
    await expect.poll(() => page.locator('.ledger-row').count()).toBe(2);
    // Reloaded, the menu still says what the list is filtered by.
    await page.reload();
    await expect.poll(() => menu('状态').inputValue()).toBe('reported');
    await expect.poll(() => page.locator('.ledger-row').count()).toBe(2);
    await page.locator('.ledger-row').first().getByRole('button', { name: '核验通过' }).click();
    await page.getByLabel(/核验意见/).fill('材料齐全');
    await page.getByRole('button', { name: '确认核验通过' }).click();
    await expect.poll(() => page.locator('.drawer .fact dd').first().textContent()).toBe('已核验');
    await page.getByRole('button', { name: '关闭详情' }).click();
    await expect.poll(() => page.locator('.ledger-row').count()).toBe(1);
    await page.locator('.ledger-row').first().getByRole('button', { name: '退回' }).click();
    await page.getByLabel(/退回理由/).fill('缺少栏目链接，请补充');
    await page.getByRole('button', { name: '确认退回' }).click();
    // The drawer says what was done, and the reason in force once (not again in the timeline).
    await expect.poll(() => page.locator('.drawer [role="status"]').textContent()).toContain('已退回');
    await expect.poll(() => page.locator('.drawer .fact dd').first().textContent()).toBe('已退回');
    expect((await page.locator('.drawer').textContent())?.split('缺少栏目链接').length).toBe(2);
    await page.screenshot({ path: artifact('journey-3-supervisor-returned.png') });

    // 已退回 is a choice of the state menu: the returned row, and only it.
    await page.getByRole('button', { name: '关闭详情' }).click();
    await menu('状态').selectOption({ label: '已退回' });
    await expect.poll(() => new URL(page.url()).searchParams.get('returned')).toBe('true');
    await expect.poll(() => page.locator('.ledger-row').count()).toBe(1);
    expect(await page.locator('.ledger-row').first().textContent()).toContain('已退回');

    // With every grouping, the search filters as one types (no Enter needed) and the list shrinks
    // without an error.
    await menu('状态').selectOption({ label: '全部状态' });
    await expect.poll(() => new URL(page.url()).searchParams.get('returned')).toBeNull();
    const groupings = await menu('分组')
      .locator('option')
      .evaluateAll((os) => os.map((o) => o.textContent ?? ''));
    expect(groupings.length).toBeGreaterThan(2);
    const search = page.getByLabel('查找');
    for (const grouping of groupings) {
      await menu('分组').selectOption({ label: grouping });
      await expect.poll(() => page.locator('.ledger-row').count()).toBeGreaterThan(0);
      await search.pressSequentially('没有这样的任务', { delay: 20 });
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('没有这样的任务');
      await expect.poll(() => page.locator('.empty-state').count(), { message: grouping }).toBe(1);
      expect(await page.locator('.ledger-row').count()).toBe(0);
      await search.fill('');
      await expect.poll(() => page.locator('.ledger-row').count(), { message: grouping }).toBeGreaterThan(0);
    }
    await context.close();

    // The unit sees the return in its messages.
    const unit = await signedInPage('bl-reporter');
    await unit.page.getByRole('link', { name: /消息/ }).click();
    await expect.poll(() => unit.page.locator('.notices').textContent()).toContain('缺少栏目链接');
    await unit.page.screenshot({ path: artifact('journey-3-unit-notified.png') });
    await unit.context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('the city sees who fed back and took in which version; the county pins its plan to it', async () => {
    const city = await signedInPage('hz-author');
    await city.page.getByRole('link', { name: '方案', exact: true }).click();
    await city.page.getByRole('link', { name: /惠州市2022年/ }).click();
    await city.page.getByRole('tab', { name: '下级反馈与签收' }).click();
    const boluo = city.page.locator('section[aria-label="下级反馈与签收"] tr', { hasText: '博罗县' });
    await expect.poll(() => boluo.textContent()).toContain('第 1 版（最新）');
    await city.page.screenshot({ path: artifact('journey-4-city-feedback.png') });
    await city.context.close();

    const county = await signedInPage('bl-deriver');
    await county.page.getByRole('link', { name: '方案', exact: true }).click();
    await county.page.getByRole('link', { name: /博罗县2022年/ }).click();
    await county.page.getByRole('tab', { name: '上级更新' }).click();
    await county.page.getByLabel(/固定于第 1 版/).check();
    await expect.poll(() => county.page.locator('.form-ok').textContent()).toContain('已固定');
    await county.page.reload();
    await county.page.getByRole('tab', { name: '上级更新' }).click();
    await expect.poll(() => county.page.getByLabel(/固定于第 1 版/).isChecked()).toBe(true);
    await county.context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('a supervisor looks back on 2022: asked first, then the unfinished tasks are reopened and carried', async () => {
    // 博罗县司法局's own supervision: a few dozen rows. (The server shares this test's process, so a
    // county's thousands would starve the browser driver of its event loop while they run.)
    const { context, page } = await signedInPage('bl-justice-supervisor');
    await page.getByRole('link', { name: '督查汇总' }).click();
    const panel = page.locator('section[aria-label="回头看"]');
    await panel.getByLabel('年度', { exact: true }).fill('2022');
    await panel.getByRole('button', { name: '开始回头看' }).click();
    const dialog = page.getByRole('dialog', { name: '开始 2022 年度回头看？' });
    await expect.poll(() => dialog.textContent()).toContain('结转到 2023 年度');
    // Cancelled, nothing is reopened.
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await panel.getByRole('status').count()).toBe(0);
    await panel.getByRole('button', { name: '开始回头看' }).click();
    await dialog.getByRole('button', { name: '开始回头看' }).click();
    // It runs in the background; the panel reports its outcome when it ends.
    await expect
      .poll(() => panel.getByRole('status').textContent(), { timeout: 90_000 })
      .toMatch(/未完成 [1-9]\d* 项，已重新打开整改 [1-9]\d* 项，结转到 2023 年 [1-9]\d* 项/);
    await page.screenshot({ path: artifact('journey-5-look-back.png') });
    const outcome = (await panel.getByRole('status').textContent()) ?? '';
    const reopened = outcome.match(/已重新打开整改 (\d+) 项/)?.[1] ?? '';
    // The run is a record: after a reload it is listed with its counts, and opens with its rows,
    // each rectification with a due date.
    await page.reload();
    const runs = page.locator('section[aria-label="回头看"] tr.look-back-run');
    await expect.poll(() => runs.count(), { timeout: 30_000 }).toBe(1);
    expect(await runs.first().textContent()).toMatch(new RegExp(`2022.*整改 ${reopened} · 结转 [1-9]\\d*.*已完成`));
    await runs.first().getByRole('button', { name: /查看/ }).click();
    const rows = page.locator('table.look-back-rows tbody tr', { hasText: '重新打开整改' });
    await expect.poll(() => rows.count()).toBe(Number(reopened));
    expect(await rows.filter({ hasText: /\d{4}-\d{2}-\d{2}$/ }).count()).toBe(Number(reopened));
    // The rectifications carried into 2023 are the ledger's 整改中 rows.
    await page.goto(`${world.server.url}/ledger?state=rectifying&year=2023`);
    await expect.poll(() => page.locator('.ledger-row').count()).toBeGreaterThan(0);
    expect(await page.locator('.ledger-row', { hasNotText: '整改中' }).count()).toBe(0);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 150_000);
});
