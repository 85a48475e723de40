import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult, PlanDetail, PublishPreview } from '@cascade/contracts';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const enc = encodeURIComponent;

/** 惠州市's plan of three tasks, published as version 1 and then edited. */
const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '1.建设规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府；完成时限：2022年9月底前〕',
  '2.公开财政预决算。〔牵头单位：市财政局；完成时限：2022年12月底前〕',
  '3.公开重点项目信息。〔牵头单位：市财政局；完成时限：2022年12月底前〕',
].join('\n');
/** 垫江县's own document: imported as 广东省's plan, its units are a county's and it states no deadlines. */
const COUNTY_DOCUMENT = readFileSync(path.resolve('tests/fixtures/import/seed/dianjiang-county-2022.txt'), 'utf8');

describeInChromium('publishing with its consequences shown, in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let cityPlanId: string;
  let countyPlanId: string;

  beforeAll(async () => {
    const author = await api('hz-author');
    cityPlanId = (
      await author.send<ImportResult>('POST', '/api/plans/import', {
        text: CITY_PLAN,
        fileName: '惠州市.txt',
        year: 2022,
      })
    ).plan.id;
    const id = enc(cityPlanId);
    const { plan, items } = await author.send<PlanDetail>('GET', `/api/plans/${id}`);
    await author.send('POST', `/api/plans/${id}/publish`, { expectedVersion: plan.version, summary: '印发' });
    // After version 1: 1.'s deadline moves a month, a task is added, 2. is removed.
    const [first, second, third] = items.filter((i) => i.kind === 'task');
    await author.send('PATCH', `/api/plans/${id}/items/${enc(first!.id)}`, {
      expectedVersion: first!.version,
      patch: { deadlineText: '2022年10月底前' },
    });
    await author.send('POST', `/api/plans/${id}/items`, {
      afterItemId: third!.id,
      kind: 'task',
      text: '公开政务服务事项清单',
      units: { lead: ['市政务服务数据管理局'], responsible: [], cooperate: [] },
      deadlineText: '2022年11月底前',
    });
    await author.send('DELETE', `/api/plans/${id}/items/${enc(second!.id)}?expectedVersion=${second!.version}`);
    countyPlanId = (
      await (
        await api('gd-author')
      ).send<ImportResult>('POST', '/api/plans/import', {
        text: COUNTY_DOCUMENT,
        fileName: '垫江县.txt',
        year: 2022,
      })
    ).plan.id;
  }, 180_000);

  it('a changed plan’s dialog lists the changes and what publishing does to the ledger', async () => {
    const expected = await (await api('hz-author')).send<PublishPreview>(
      'GET',
      `/api/plans/${enc(cityPlanId)}/publish-preview`,
    );
    const { context, page } = await signedInPage('hz-author');
    await page.goto(`${world.server.url}/plans/${enc(cityPlanId)}`);
    await expect
      .poll(() => page.locator('.page-header .muted').textContent())
      .toContain('第 1 版已发布 · 有未发布的修改');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const changes = dialog.getByRole('region', { name: '与第 1 版相比的变化' });
    await expect.poll(() => changes.locator('.publish-counts').textContent()).toBe('新增 1 项，删除 1 项，修改 1 项');
    expect(await changes.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^修改 1\. 建设规章库专栏。完成时限：2022年9月底前 → 2022年10月底前$/),
      expect.stringMatching(/^新增 3\. 公开政务服务事项清单$/),
      expect.stringMatching(/^删除 2\. 公开财政预决算。$/),
    ]);
    // The ledger effect in numbers: the new task's row, 1.'s rows re-dated (市司法局 and the
    // county governments), 2.'s row withdrawn, 3.'s as it is — the server's own plan of the sync.
    const ledger = dialog.getByRole('region', { name: '对台账的影响' });
    const count = (label: string) => ledger.locator('.count', { hasText: label }).locator('strong').textContent();
    expect(await count('新下达')).toBe('1');
    expect(Number(await count('改期'))).toBeGreaterThan(1);
    expect(await count('改期')).toBe(String(expected.ledger.redated));
    expect(await count('撤回（销号）')).toBe('1');
    expect(await count('不变')).toBe('1');
    expect(await dialog.locator('.publish-warnings').count()).toBe(0);
    await dialog.getByLabel('版本说明').fill('调整第 1 项时限，新增第 3 项');
    await page.screenshot({ path: artifact('publish-dialog.png') });
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await expect
      .poll(() => page.locator('.banner.ok').textContent())
      .toBe(`已发布第 2 版，新下达 1 条任务分工，改期 ${expected.ledger.redated} 条，撤回 1 条。`);
    await expect.poll(() => page.locator('.page-header .muted').textContent()).toContain('已发布第 2 版');
    await context.close();
  }, 120_000);

  it('a plan that looks like another place’s is published only once its problems are acknowledged', async () => {
    const { context, page } = await signedInPage('gd-author');
    await page.goto(`${world.server.url}/plans/${enc(countyPlanId)}`);
    // In English the warnings are worded from the dictionary, the document's own words quoted.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const english = page.getByRole('dialog').getByRole('note', { name: 'Before you publish' });
    await expect
      .poll(() => english.locator('[data-code="anotherPlace"]').textContent())
      .toContain('This plan looks like another place’s document (issued by “垫江县人民政府办公室”');
    expect(await english.getByRole('checkbox').getAttribute('type')).toBe('checkbox');
    expect(await english.locator('label').textContent()).toBe(
      'I am aware of the problems above and want to publish anyway',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: '切换为中文' }).click();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const warnings = dialog.getByRole('note', { name: '发布前请注意' });
    await expect
      .poll(() => warnings.locator('[data-code="anotherPlace"]').textContent())
      .toContain('这份方案像是其他地方的文件（发文单位是“垫江县人民政府办公室”');
    expect(await warnings.locator('[data-code="anotherPlace"]').textContent()).toContain('“县司法局”');
    expect(await warnings.locator('[data-code="anotherPlace"]').textContent()).toContain('不是广东省的单位');
    expect(await warnings.locator('[data-code="noDeadline"]').textContent()).toMatch(
      /^\d+ 项任务（.+）没有读到完成时限/,
    );
    // Nothing changed since a version before: a first publication, every task new.
    expect(await dialog.getByRole('region', { name: '首次发布' }).locator('h3').textContent()).toBe('首次发布');
    const submit = dialog.getByRole('button', { name: '确认发布' });
    expect(await submit.isDisabled()).toBe(true);
    await warnings.getByRole('checkbox', { name: '我已知晓以上问题，仍要发布' }).check();
    await page.screenshot({ path: artifact('publish-dialog-warnings.png') });
    expect(await submit.isDisabled()).toBe(false);
    await submit.click();
    await expect
      .poll(() => page.locator('.banner.ok').textContent())
      .toMatch(/^已发布第 1 版，新下达 \d+ 条任务分工。$/);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);
});
