import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, PlanDetail, PlanSummary } from '@cascade/contracts';
import { getOrg, orgs } from '@cascade/db';
import type { Locator } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);
const JUSTICE = '441322-justice';
/** 博罗县司法局's 股室, as rows of the org tree (an admin adds them on the org page). */
const SECTIONS = ['办公室', '行政复议与应诉股', '普法与依法治理股', '公共法律服务管理股'];

/** A cell's words as read on the page: without the trace tooltips and the list of changes under them. */
const wordsOf = (cell: Locator) =>
  cell.evaluate((td) => {
    const copy = td.cloneNode(true) as HTMLElement;
    for (const hidden of Array.from(copy.querySelectorAll('.trace-tip, .change-list, .source-label'))) hidden.remove();
    return (copy.textContent ?? '').trim();
  });

/**
 * Issue #21 in Chromium: 博罗县's deriver previews 石坝镇's plan and reads, per task, who guides it
 * and what changed at this level and why; then makes 博罗县司法局's own plan choosing the 股室
 * that takes a task, and reads the same words in its 逐项对照.
 */
describeInChromium('previewing and deriving a township’s and a department’s plan in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let countyId = '';

  beforeAll(async () => {
    const db = world.server.database.db;
    const justice = await getOrg(db, JUSTICE);
    await db.insert(orgs).values(
      SECTIONS.map((name, i) => ({
        id: `${JUSTICE}-s${i + 1}`,
        parentId: JUSTICE,
        path: `${justice.path}${JUSTICE}-s${i + 1}/`,
        depth: justice.depth + 1,
        name,
        shortName: name,
        fullName: `${justice.fullName}${name}`,
        level: justice.level,
        kind: 'section',
        sortKey: i,
      })),
    );
    const author = await api('hz-author');
    const { plan } = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: readFileSync(SEED, 'utf8'),
      fileName: 'huizhou-city-2022.txt',
    });
    await author.send('POST', `/api/plans/${encodeURIComponent(plan.id)}/publish`, {
      expectedVersion: plan.version,
      summary: '印发',
    });
    const deriver = await api('bl-deriver');
    const county = await deriver.send<PlanSummary>('POST', `/api/plans/${encodeURIComponent(plan.id)}/derive`, {
      childOrgId: '441322',
    });
    await deriver.send('POST', `/api/plans/${encodeURIComponent(county.id)}/publish`, {
      expectedVersion: county.version,
      summary: '印发',
    });
    countyId = county.id;
  }, 180_000);

  it('shows for a township who guides each task and what changed, and makes a department’s plan with the 股室 chosen', async () => {
    const { context, page } = await signedInPage('bl-deriver');
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(countyId)}`);
    await page.getByRole('tab', { name: '预览下级方案' }).click();
    const child = page.getByLabel('下级单位');
    // Subordinate governments and the county's own departments, in two groups.
    expect(await child.locator('optgroup').evaluateAll((g) => g.map((e) => e.getAttribute('label')))).toEqual([
      '下级政府',
      '本级部门',
    ]);

    await child.selectOption({ label: '石坝镇' });
    await expect.poll(() => page.locator('.banner').first().textContent()).toContain('石坝镇将承接');
    const rows = page.locator('.preview-table tbody tr');
    // The township numbers its own outline from 1, the county's number beside it.
    expect(await wordsOf(rows.first().locator('td.num'))).toMatch(/1\.$/);
    expect(await rows.first().locator('.source-label').textContent()).toMatch(/^上级 /);
    const jobs = page.locator('.preview-table tbody tr', { hasText: '高校毕业生' });
    expect(await jobs.locator('.guided-by').first().textContent()).toContain('指导单位：博罗县人力资源和社会保障局');
    const changes = await jobs.locator('ul.changes li').allTextContents();
    expect(changes[0]).toMatch(/^编号：上级第\d+项，本级第\d+项（本级方案按自身大纲编号）$/);
    expect(changes).toContain(
      '牵头单位：博罗县人力资源和社会保障局 → 石坝镇社会事务办公室（博罗县人力资源和社会保障局是上级单位，对石坝镇负指导责任；本级由石坝镇社会事务办公室承担）',
    );
    const press = page.locator('.preview-table tbody tr', { hasText: '新闻发布会' }).first();
    expect(await press.locator('ul.changes').textContent()).toContain('改为配合：本级不举办新闻发布会');
    // A township's plan is its own to derive: no button for it here.
    expect(await page.getByRole('button', { name: /生成分解稿/ }).count()).toBe(0);
    await page.screenshot({ path: artifact('localize-preview-township.png'), fullPage: true });

    // A department without 股室 says what to do.
    await child.selectOption({ label: '博罗县财政局' });
    await expect
      .poll(() => page.locator('.preview-panel .notice').textContent())
      .toContain('该部门尚未设置股室，任务将由部门本身承担；可在机构页添加股室');
    expect(await page.locator('.preview-panel .notice a').getAttribute('href')).toBe('/orgs?org=441322-finance');

    // 博罗县司法局 has 股室: each task shows the one it goes to, and the deriver chooses another.
    await child.selectOption({ label: '博罗县司法局' });
    await expect.poll(() => page.locator('.banner').first().textContent()).toContain('博罗县司法局将承接');
    const choices = page.locator('select.section-choice');
    await expect.poll(() => choices.count()).toBeGreaterThan(1);
    // (Each row's 股室 list names 行政复议与应诉股: the row is found by its task's words.)
    const review = page
      .locator('.preview-table tbody tr')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: '行政复议' }) })
      .first();
    expect(await review.locator('select.section-choice option:checked').textContent()).toBe('行政复议与应诉股');
    const office = page.locator('.preview-table tbody tr').filter({
      has: page.locator('select.section-choice option:checked', { hasText: '办公室' }),
    });
    const text = (await wordsOf(office.first().locator('td').nth(1))).slice(0, 12);
    const label = await wordsOf(office.first().locator('td.num'));
    const choice = page.getByLabel(`${label}的承担股室`, { exact: true });
    const target = page.locator('.preview-table tbody tr').filter({ has: choice });
    await choice.selectOption({ label: '普法与依法治理股' });
    // The units say so at once, marked as the deriver's choice.
    await expect.poll(() => wordsOf(target.locator('td').nth(2))).toMatch(/^责任：普法与依法治理股/);
    expect(await target.locator('td').nth(2).locator('.trace-tip').first().textContent()).toContain('分解时改选的股室');
    await page.screenshot({ path: artifact('localize-preview-department.png'), fullPage: true });
    await page.getByRole('button', { name: '为博罗县司法局生成分解稿' }).click();
    await expect.poll(() => page.locator('.derive-bar .form-ok').textContent()).toContain('已为博罗县司法局生成分解稿');

    // The draft names the chosen 股室 for that task, the one its text speaks of for the others.
    const deriver = await api('bl-deriver');
    const detail = await deriver.send<PlanDetail>('GET', `/api/plans/plan-2022-${JUSTICE}`);
    const tasks = detail.items.filter((i) => i.kind === 'task');
    const chosen = tasks.find((i) => i.text.startsWith(text))!;
    expect([...chosen.units.lead, ...chosen.units.responsible, ...chosen.units.cooperate]).toContain(
      '普法与依法治理股',
    );
    const reviewTask = tasks.find((i) => i.text.includes('行政复议'))!;
    expect([...reviewTask.units.lead, ...reviewTask.units.responsible]).toContain('行政复议与应诉股');

    // 逐项对照 of the new plan says what changed and why, task by task.
    await page.getByRole('link', { name: '打开分解稿' }).click();
    await page.getByRole('tab', { name: '逐项对照' }).click();
    const row = page.locator('.coverage tbody tr', { hasText: text });
    await expect.poll(() => row.locator('ul.changes').textContent()).toContain('普法与依法治理股（');
    expect(await row.locator('ul.changes').textContent()).toContain('分解时指定');
    await page.screenshot({ path: artifact('localize-coverage-department.png'), fullPage: true });
    await context.close();
    expect(world.problems).toEqual([]);
  }, 120_000);
});
