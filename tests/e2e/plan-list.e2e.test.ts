import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, JobDto } from '@cascade/contracts';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);
const enc = encodeURIComponent;

/**
 * Issue #18 in Chromium: after 逐级下达 惠州市's supervisor finds one township's plan among some 90
 * by typing, pages the township plans with the filter in the address, and 博罗县's plan made by
 * the cascade numbers its tasks from 1.
 */
describeInChromium('the plan list after 逐级下达 in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;

  beforeAll(async () => {
    const author = await api('hz-author');
    const { plan } = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: readFileSync(SEED, 'utf8'),
      fileName: 'huizhou-city-2022.txt',
    });
    await author.send('POST', `/api/plans/${enc(plan.id)}/publish`, { expectedVersion: plan.version, summary: '印发' });
    let job = await author.send<JobDto>('POST', `/api/plans/${enc(plan.id)}/cascade`);
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = await author.send<JobDto>('GET', `/api/jobs/${job.id}`);
    }
    expect(job.state).toBe('succeeded');
  }, 300_000);

  it('searches as one types, filters by level, pages, keeps it all in the address, and says what to do when nothing matches', async () => {
    const { context, page } = await signedInPage('hz-supervisor');
    await page.goto(`${world.server.url}/plans`);
    const count = page.locator('.plan-count');
    await expect.poll(() => count.textContent()).toMatch(/^第 1–20 个，共 \d+ 个方案$/);
    const total = Number((await count.textContent())?.match(/共 (\d+) 个/)?.[1]);
    expect(total).toBeGreaterThan(70);
    const rows = page.locator('table.data-table tbody tr');
    expect(await rows.count()).toBe(20);

    // Typed, not submitted: the list follows once the typing pauses.
    await page.getByRole('searchbox', { name: '查找' }).pressSequentially('石湾', { delay: 50 });
    await expect.poll(() => count.textContent()).toBe('共 1 个方案');
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('石湾镇')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('石湾');
    await page.screenshot({ path: artifact('plan-list-search.png'), fullPage: true });

    await page.getByRole('searchbox', { name: '查找' }).fill('没有这个方案');
    await page.getByRole('heading', { name: '没有符合条件的方案' }).waitFor();
    await page.getByRole('button', { name: '清除条件' }).click();
    await expect.poll(() => count.textContent()).toBe(`第 1–20 个，共 ${total} 个方案`);
    expect(await page.getByRole('searchbox', { name: '查找' }).inputValue()).toBe('');

    await page.getByLabel('单位层级').selectOption({ label: '乡镇（街道）' });
    await expect.poll(() => count.textContent()).toMatch(/^第 1–20 个，共 \d+ 个方案$/);
    const townships = Number((await count.textContent())?.match(/共 (\d+) 个/)?.[1]);
    expect(townships).toBeLessThan(total);
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => count.textContent()).toMatch(/^第 21–40 个/);
    // The address holds the filter and the page: reloaded (or sent to a colleague), it shows the same.
    expect(new URL(page.url()).searchParams.get('level')).toBe('township');
    await page.reload();
    await expect.poll(() => count.textContent()).toBe(`第 21–40 个，共 ${townships} 个方案`);
    expect(await page.getByLabel('单位层级').inputValue()).toBe('township');
    await page.screenshot({ path: artifact('plan-list-townships-page-2.png'), fullPage: true });
    await context.close();
    expect(world.problems).toEqual([]);
  });

  it('shows 博罗县’s plan made by the cascade numbered from 1, the city’s first tasks being for its own units', async () => {
    const { context, page } = await signedInPage('bl-deriver');
    await page.goto(`${world.server.url}/plans?q=${enc('博罗县')}&level=county`);
    const found = page.locator('table.data-table tbody tr');
    await expect.poll(() => found.count()).toBe(1);
    await found.getByRole('link').click();
    const labels = page.locator('ol.outline .label');
    await labels.first().waitFor();
    expect((await labels.allTextContents()).slice(0, 3)).toEqual(['（一）', '1.', '（二）']);
    await page.screenshot({ path: artifact('plan-list-derived-numbering.png') });
    await context.close();
    expect(world.problems).toEqual([]);
  });
});
