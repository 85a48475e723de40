import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, PlanDetail } from '@cascade/contracts';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);

/**
 * Room to design: the selected item opens as a design view as wide as the page beside the
 * outline (内容 / 规则 / 流程 / 预览, remembered in the address), and outline changes can be taken
 * back — 升级 and a removal undone through the server, a change someone else overtook refused.
 */
describeInChromium('the design view and the outline’s undo in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;

  /** A plan of its own for each test, imported from 惠州's 2022 工作要点. */
  async function importPlan(fileName: string): Promise<string> {
    const author = await api('hz-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: readFileSync(SEED, 'utf8'),
      fileName,
    });
    return imported.plan.id;
  }

  const labels = (page: Page) => page.locator('.outline li .label').allTextContents();
  const selectedTab = (page: Page) => page.locator('.design-tabs [aria-selected="true"]').textContent();
  const row = (page: Page, path: string) => page.locator(`.outline button[data-item-id$="#${path}"]`);

  it('opens a task’s rules as a design view beside the outline, by keyboard too, and the address keeps it', async () => {
    const planId = await importPlan('huizhou-design.txt');
    const { context, page } = await signedInPage('hz-author');
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    // Nothing selected: the view says what to do.
    await page.getByRole('heading', { name: '请先在左侧大纲中选择一个事项' }).waitFor();
    await row(page, '（一）2.').click();
    expect(await selectedTab(page)).toBe('内容');
    await page.getByRole('tab', { name: '规则', exact: true }).click();
    await page.getByRole('heading', { name: '适用与本地化规则' }).waitFor();
    // The rules take the page's width beside the outline, which stays in view.
    const outline = await page.locator('.outline-column').boundingBox();
    const design = await page.locator('.design-view').boundingBox();
    expect(await page.locator('.outline').isVisible()).toBe(true);
    expect(design?.width ?? 0).toBeGreaterThan(2 * (outline?.width ?? 0));
    expect(design?.x ?? 0).toBeGreaterThan((outline?.x ?? 0) + (outline?.width ?? 0));
    const url = new URL(page.url());
    expect(url.searchParams.get('design')).toBe('rules');
    expect(url.searchParams.get('item')).toMatch(/#（一）2\.$/);
    await page.screenshot({ path: artifact('design-view.png') });

    // Arrow keys move between the tabs, and the panel is labelled by its tab.
    await page.getByRole('tab', { name: '规则', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedTab(page)).toBe('流程');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('流程');
    await page.locator('.workflow-diagram').waitFor();
    expect(await page.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('design-tab-workflow');
    await page.keyboard.press('End');
    await expect.poll(() => selectedTab(page)).toBe('预览');
    await page.keyboard.press('Home');
    await expect.poll(() => selectedTab(page)).toBe('内容');
    // Back returns to the tab before; a reload keeps the item and the tab.
    await page.goBack();
    await expect.poll(() => selectedTab(page)).toBe('预览');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => selectedTab(page)).toBe('规则');
    await page.reload();
    await expect.poll(() => selectedTab(page)).toBe('规则');
    expect(await page.locator('.design-title').textContent()).toContain('（一）2.');
    await page.getByRole('heading', { name: '适用与本地化规则' }).waitFor();

    // The item's preview shows only this task as a district would derive it.
    await page.getByRole('tab', { name: '预览', exact: true }).click();
    await page.locator('.design-panel').getByLabel('下级单位').selectOption({ label: '惠城区' });
    await page.locator('.design-panel .preview-table').waitFor();
    expect(await page.locator('.design-panel .preview-table tbody tr').count()).toBeLessThanOrEqual(1);

    // The outline folds away for more room, and comes back.
    await page.getByRole('button', { name: '收起大纲' }).click();
    expect(await page.locator('.outline-column').isVisible()).toBe(false);
    await page.getByRole('button', { name: '展开大纲' }).click();
    expect(await page.locator('.outline').isVisible()).toBe(true);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);

  it('undoes 升级 and a removal through the server, and says when someone else’s change prevents it', async () => {
    const planId = await importPlan('huizhou-undo.txt');
    const { context, page } = await signedInPage('hz-author');
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    await page.locator('.outline').waitFor();
    const before = await labels(page);
    const undo = page.locator('.outline-tools button.undo');
    expect(await undo.isDisabled()).toBe(true);

    // 升级 turns （一）2. into the heading （二）, and every later heading moves down one…
    const two = row(page, '（一）2.');
    const twoId = await two.getAttribute('data-item-id');
    const text = ((await two.locator('.text').textContent()) ?? '').slice(0, 16);
    await two.click();
    await page.getByRole('button', { name: '升级', exact: true }).click();
    const moved = page.locator(`.outline button[data-item-id="${twoId}"]`);
    await expect.poll(() => moved.locator('.label').textContent()).toBe('（二）');
    expect(await labels(page)).not.toEqual(before);
    // …and 撤销 says what it takes back, then puts every number back.
    await expect.poll(() => undo.textContent()).toBe(`撤销：升级 （一）2.${text}…`);
    await undo.click();
    await expect.poll(() => labels(page)).toEqual(before);
    await expect.poll(() => page.locator('.outline-pane .form-ok').textContent()).toContain('已撤销：升级 （一）2.');

    // Ctrl+Z in the outline takes back a keyboard move.
    await moved.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => moved.locator('.label').textContent()).toBe('3.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => labels(page)).toEqual(before);

    // A removed task comes back with the same id, at its number.
    const three = row(page, '（一）3.');
    const threeId = await three.getAttribute('data-item-id');
    const threeText = await three.locator('.text').textContent();
    await three.click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => page.locator(`.outline button[data-item-id="${threeId}"]`).count()).toBe(0);
    await expect.poll(() => page.locator('.banner.ok').textContent()).toContain('已删除 （一）3.');
    expect(await labels(page)).toHaveLength(before.length - 1);
    expect(await undo.textContent()).toMatch(/^撤销：删除 （一）3\./);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifact('outline-undo.png') });
    await undo.click();
    await expect.poll(() => labels(page)).toEqual(before);
    const back = page.locator(`.outline button[data-item-id="${threeId}"]`);
    expect(await back.locator('.text').textContent()).toBe(threeText);
    expect(await back.locator('.label').textContent()).toBe('3.');

    // Removed again, then someone else removes the task before it: its place is gone, and 撤销 says so.
    await back.click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => page.locator(`.outline button[data-item-id="${threeId}"]`).count()).toBe(0);
    const other = await api('hz-author');
    const detail = await other.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(planId)}`);
    const previous = detail.items.find((i) => i.id === twoId);
    await other.send(
      'DELETE',
      `/api/plans/${encodeURIComponent(planId)}/items/${encodeURIComponent(twoId ?? '')}?expectedVersion=${previous?.version}`,
    );
    await undo.click();
    await expect
      .poll(() => page.locator('.outline-pane [role="alert"]').textContent())
      .toMatch(/^无法撤销“删除 （一）3\..*”：.*无法恢复到原处。这一步已从撤销列表中移除。$/);
    // The entry is gone: the next undo is the one before (撤销 of 删除 (一)3. earlier was done already).
    expect(await undo.textContent()).not.toContain('删除 （一）3.');
    await context.close();
    // The refused restore answers 409, which Chromium logs; nothing else may be logged.
    expect(world.problems.filter((p) => !p.includes('409'))).toEqual([]);
  }, 120_000);
});
