import type { ImportResult, PlanDetail } from '@cascade/contracts';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const enc = encodeURIComponent;
const NAME = '报备办结流程';
const PLAN_TEXT = [
  '惠州市2022年政务公开工作要点',
  '一、推进重点领域公开',
  '（一）加强政策解读',
  '1.建设政策解读专栏，按时更新。〔牵头单位：市司法局〕',
].join('\n');

/**
 * Issue #15's designer in Chromium: 惠州市's author builds a variant from nothing — two states, a
 * step with a rule guard and a required reason — simulates it, sees the changes and publishes
 * it; a task runs on it; 市司法局's reporter finds the step in the ledger and takes it.
 */
describeInChromium('the workflow designer in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let planId = '';

  beforeAll(async () => {
    const author = await api('hz-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: PLAN_TEXT,
      fileName: '要点.txt',
      year: 2022,
    });
    planId = imported.plan.id;
  }, 180_000);

  it('builds a variant from nothing, simulates and publishes it; a task runs on it and the ledger offers its step', async () => {
    const { context, page } = await signedInPage('hz-author');
    // A library variant copied: its loops (退回, 暂缓 → 恢复) laid out by dagre.
    await page.goto(`${world.server.url}/workflows/new?from=suspension`);
    await expect.poll(() => page.locator('.wf-node').count()).toBeGreaterThan(5);
    expect(await page.getByText('流程校验通过').count()).toBe(1);
    await page.locator('.workflow-diagram').screenshot({ path: artifact('workflow-designer-library-copy.png') });
    await page.goto(`${world.server.url}/`);
    await page.getByRole('link', { name: '流程设计', exact: true }).click();
    await page.getByRole('link', { name: '新建流程' }).click();
    await page.getByLabel('流程名称').fill(NAME);
    await page.getByLabel('流程名称').press('Tab');

    // Two states: where issued work waits, and an end.
    await page.getByLabel('新状态名称').fill('待办理');
    await page.getByRole('button', { name: '添加状态' }).click();
    await page.getByLabel('新状态名称').fill('已办结');
    await page.getByLabel('新状态类别').selectOption({ label: '已销号（办结）' });
    await page.getByRole('button', { name: '添加状态' }).click();
    // Validation as the author types: 已办结 cannot be reached yet.
    await expect.poll(() => page.getByRole('list', { name: '流程校验问题' }).textContent()).toContain('已办结');
    expect(await page.getByRole('button', { name: '保存草稿' }).isDisabled()).toBe(true);

    // A step between them, fired by the unit, needing a reason, guarded by a rule.
    await page.getByLabel('新流转的目标').selectOption({ label: '已办结' });
    await page.getByLabel('流转名称', { exact: true }).fill('办结');
    await page.getByRole('button', { name: '添加流转' }).click();
    const step = '待办理的“办结”';
    await page.getByLabel(`${step}须填写理由`).check();
    await page.getByRole('button', { name: `编辑条件：${step}` }).click();
    await page.getByRole('button', { name: '＋ 添加规则条件' }).click();
    await page.getByLabel('规则“条件1” 第1条 属性').selectOption({ label: '操作人角色' });
    await page.getByLabel('规则“条件1” 第1条 取值').selectOption({ label: '任务报送' });
    await expect.poll(() => page.getByText('流程校验通过').count()).toBe(1);
    await page.screenshot({ path: artifact('workflow-designer.png'), fullPage: true });

    // Simulate: from 待办理, the step leads to the end.
    await page.getByRole('button', { name: '模拟运行' }).click();
    const simulation = page.getByRole('region', { name: '模拟运行' });
    await expect.poll(() => simulation.getByRole('status').textContent()).toContain('当前状态：待办理');
    expect(await simulation.textContent()).toContain('须填写理由');
    await simulation.getByRole('button', { name: '办结 → 已办结' }).click();
    await expect.poll(() => simulation.getByRole('status').textContent()).toContain('已到终止状态');
    expect(await page.locator('.wf-node.current text').textContent()).toBe('已办结');

    // Saved as a draft, then published after the changes are shown.
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.url()).toMatch(/\/workflows\/wf-[a-z0-9]+$/);
    await page.getByRole('button', { name: '发布…' }).click();
    const dialog = page.getByRole('dialog', { name: `发布“${NAME}”` });
    await expect
      .poll(() => dialog.getByRole('list', { name: '本次发布的修改' }).textContent())
      .toContain('新增状态“已办结”');
    expect(await dialog.textContent()).toContain('新增流转“办结”');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await expect.poll(() => page.getByText('已发布第 1 版').count()).toBeGreaterThan(0);
    const variantId = new URL(page.url()).pathname.split('/').pop() as string;

    // The task picks the published variant under its 流程 tab.
    await page.goto(`${world.server.url}/plans/${enc(planId)}`);
    await page.locator('.outline-task button', { hasText: '市司法局' }).first().click();
    await page.getByRole('tab', { name: '流程', exact: true }).click();
    await page.getByLabel('基础流程').selectOption({ label: `${NAME}（第 1 版）` });
    await expect.poll(() => page.locator('.workflow-diagram text').allTextContents()).toContain('已办结');
    await page.getByRole('button', { name: '保存流程' }).click();
    await expect.poll(() => page.getByText('流程已保存').count()).toBeGreaterThan(0);
    await context.close();

    const author = await api('hz-author');
    const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
    expect(plan.items.find((i) => i.kind === 'task')?.workflowVariant).toBe(`${variantId}@1`);
    await author.send('POST', `/api/plans/${enc(planId)}/publish`, { expectedVersion: plan.plan.version, summary: '' });

    // Version 2 renames the step; the row issued on version 1 moves to it, tried first.
    const designer = await signedInPage('hz-author');
    await designer.page.goto(`${world.server.url}/workflows/${variantId}`);
    const renamed = designer.page.getByLabel('流转名称：待办理的“办结”');
    await renamed.fill('办结销号');
    await renamed.press('Tab');
    await designer.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => designer.page.getByText('草稿已保存').count()).toBe(1);
    await designer.page.getByRole('button', { name: '发布…' }).click();
    const second = designer.page.getByRole('dialog');
    await expect.poll(() => second.textContent()).toContain('与第 1 版相比');
    expect(await second.textContent()).toContain('修改流转“办结销号”（名称）');
    await second.getByRole('button', { name: '确认发布' }).click();
    const migration = designer.page.getByRole('region', { name: '迁移办理中的任务' });
    await migration.getByRole('button', { name: '试运行' }).click();
    await expect.poll(() => migration.getByRole('status').textContent()).toContain('试运行：将迁移 1 条');
    expect(await migration.getByRole('status').textContent()).toContain('待办理 → 待办理：1 条');
    await migration.getByRole('button', { name: '迁移', exact: true }).click();
    await expect.poll(() => migration.getByRole('status').textContent()).toContain('已迁移 1 条');
    await designer.context.close();

    // 市司法局's reporter sees the designed step on its row and takes it with a reason.
    const unit = await signedInPage('hz-justice-reporter');
    await unit.page.goto(`${world.server.url}/ledger?planId=${enc(planId)}`);
    await unit.page.locator('.ledger-row .task-cell button').first().click();
    const drawer = unit.page.locator('.drawer');
    await drawer.getByRole('button', { name: '办结销号', exact: true }).click();
    await drawer.getByLabel(/理由/).fill('专栏已建成并持续更新');
    await drawer.getByRole('button', { name: /确认|提交/ }).click();
    await expect.poll(() => drawer.locator('.fact dd').first().textContent()).toBe('已办结');
    // The timeline names the designed step by its label, not as 其他办理记录.
    await expect.poll(() => drawer.locator('.timeline').textContent()).toContain('办结销号');
    expect(await drawer.locator('.timeline').textContent()).not.toContain('其他办理记录');
    await unit.page.screenshot({ path: artifact('workflow-designer-ledger.png') });
    await unit.context.close();

    // Its only row closed (已办结 is a closed state), the city runs the plan and closes its year.
    const owner = await signedInPage('hz-author');
    await owner.page.goto(`${world.server.url}/plans/${enc(planId)}`);
    await owner.page.getByRole('button', { name: '开始执行' }).click();
    await owner.page.getByRole('dialog', { name: '开始执行' }).getByRole('button', { name: '开始执行' }).click();
    await expect.poll(() => owner.page.locator('.page-header .status').textContent()).toBe('执行中');
    await owner.page.getByRole('button', { name: '年度收官' }).click();
    await owner.page.getByRole('dialog', { name: '年度收官' }).getByRole('button', { name: '年度收官' }).click();
    await expect.poll(() => owner.page.locator('.page-header .status').textContent()).toBe('已结束');
    // A closed year is a final record: no publishing, no editing.
    expect(await owner.page.getByRole('button', { name: '发布', exact: true }).count()).toBe(0);
    await owner.context.close();
  }, 120_000); // one journey through five screens and three accounts: 15 s alone, twice that beside other suites
});
