import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, PlanDetail } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);

/**
 * The designer in Chromium: an author limits one task to districts with the condition builder
 * (and its JSON view), composes a review workflow on the diagram, previews what 博罗县 and 惠城区
 * would derive; a supervisor sees the distributions as charts with their numbers.
 */
describeInChromium('the template designer and dashboard charts in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let planId = '';

  beforeAll(async () => {
    const author = await api('hz-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: readFileSync(SEED, 'utf8'),
      fileName: 'huizhou-city-2022.txt',
    });
    planId = imported.plan.id;
  }, 180_000);

  /** Opens the plan, the first task addressed to 各县（区）人民政府, and a tab of its design view. */
  async function openCountyTask(page: Page, tab: '内容' | '规则' | '流程' = '规则'): Promise<string> {
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    const task = page.locator('.outline-task button', { hasText: '各县（区）人民政府' }).first();
    const label = ((await task.locator('.label').textContent()) ?? '').trim();
    await task.click();
    await page.getByRole('tab', { name: tab, exact: true }).click();
    if (tab === '规则') await page.getByRole('heading', { name: '适用与本地化规则' }).waitFor();
    if (tab === '流程') await page.locator('.workflow-diagram').waitFor();
    if (tab === '内容') await page.locator('.item-editor').waitFor();
    return label;
  }

  it('limits a task to districts with the condition builder and its JSON view, then previews who inherits it', async () => {
    const { context, page } = await signedInPage('hz-author');
    const label = await openCountyTask(page);
    await expect.poll(() => page.locator('.designer-section').first().textContent()).toContain('未设规则');
    await page.getByRole('button', { name: '添加承接条件' }).click();
    await page.getByLabel('规则1 条件 第1条 属性').selectOption('divisionType');
    await page.getByLabel('规则1 条件 第1条 取值').selectOption('区');
    await page.getByLabel('规则1 名称').fill('仅市辖区承接');

    // The builder wrote json-rules-engine JSON; broken JSON shows where it breaks and cannot be saved.
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('规则（json-rules-engine 格式）');
    const written = JSON.parse(await json.inputValue());
    expect(written).toEqual([
      expect.objectContaining({
        kind: 'applicability',
        name: '仅市辖区承接',
        conditions: { all: [{ fact: 'divisionType', operator: 'equal', value: '区' }] },
        event: { type: 'include' },
      }),
    ]);
    await json.fill('[{"id": "x", }]');
    await expect
      .poll(() => page.locator('.designer-section [role="alert"]').first().textContent())
      .toMatch(/^JSON 第 1 行第 \d+ 列格式有误（“[^”]*”附近），未保存$/);
    expect(await page.getByRole('button', { name: '保存规则' }).isDisabled()).toBe(true);
    // The engine's validation names the field at fault.
    written[0].conditions = { any: [{ fact: 'divisionType', operator: 'equals', value: '区' }] };
    await json.fill(JSON.stringify(written, null, 2));
    await expect.poll(() => page.locator('.problems').textContent()).toContain('$.conditions.any[0].operator');
    expect(await page.getByRole('button', { name: '保存规则' }).isDisabled()).toBe(true);
    written[0].conditions.any[0].operator = 'equal';
    await json.fill(JSON.stringify(written, null, 2));
    await page.getByRole('tab', { name: '条件构建' }).click();
    expect(await page.getByLabel('规则1 条件的组合方式').inputValue()).toBe('any');
    await page.getByRole('button', { name: '保存规则' }).click();
    await expect.poll(() => page.locator('.designer-section .form-ok').first().textContent()).toContain('规则已保存');
    await page.screenshot({ path: artifact('designer-rules.png') });

    // The rule is stored on the item and decides the preview: 博罗县 (a 县) does not get it, 惠城区 does.
    await page.getByRole('tab', { name: '预览下级方案' }).click();
    await page.getByLabel('下级单位').selectOption({ label: '博罗县' });
    await page.locator('.preview-table').waitFor();
    await page.locator('.excluded summary').click();
    await expect.poll(() => page.locator('.excluded').textContent()).toMatch(/博罗县不满足承接条件\s*“仅市辖区承接”/);
    await page.getByLabel('下级单位').selectOption({ label: '惠城区' });
    await expect.poll(() => page.locator('.banner').first().textContent()).toContain('惠城区将承接');
    const row = page.locator('.preview-table tbody tr', { hasText: '惠城区人民政府办公室' }).first();
    await row.waitFor();
    // A localized value carries its trace, shown on keyboard focus.
    const traced = page.locator('.preview-table mark.traced:not(.quiet)').first();
    await traced.focus();
    const tip = traced.locator('.trace-tip');
    expect(await tip.isVisible()).toBe(true);
    // Why, in words: the value before and after, and the reason as a sentence — never a rule id.
    const why = (await tip.textContent()) ?? '';
    expect(why).toMatch(/^责任单位：.+ → .+（.+）/);
    expect(why).not.toMatch(/[a-z]+:[A-Za-z]/);
    await page.screenshot({ path: artifact('designer-preview.png') });
    expect(label).not.toBe('');
    await context.close();
  }, 120_000);

  it('edits the outline: adds a task, moves it with the buttons and Alt+arrows, and the numbers follow', async () => {
    // A copy of the plan of its own, so the other designer tests keep their numbers.
    const author = await api('hz-author');
    const copy = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: readFileSync(SEED, 'utf8'),
      fileName: 'huizhou-outline.txt',
    });
    // The refused move answers 422, which Chromium logs; nothing else may be logged.
    const problems: string[] = [];
    const { context, page } = await signedInPage('hz-author', { problems });
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(copy.plan.id)}`);
    const taskLabels = () => page.locator('.outline-task .label').allTextContents();
    const NEW = '新增：及时公开本地区重大项目审批和实施信息';
    const newRow = page.locator('.outline-task button', { hasText: NEW });
    await page.locator('.outline-task button[data-item-id$="#（一）3."]').click();
    await page.getByLabel('新事项内容').fill(NEW);
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await expect.poll(() => page.locator('.outline-pane .form-ok').textContent()).toContain('已新增 （一）4.');
    // 惠州's measures are numbered 1–53 through all sections: the new 4. pushes the rest down one.
    await expect.poll(taskLabels).toEqual(Array.from({ length: 54 }, (_, i) => `${i + 1}.`));
    expect(await newRow.locator('.label').textContent()).toBe('4.');
    // Publishing now would issue the new task to no one, and the dialog says so.
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await expect
      .poll(() => page.locator('dialog .form-warning').textContent())
      .toContain('注意：1 项任务（4.）没有承办单位');
    await page.locator('dialog').getByRole('button', { name: '取消' }).click();
    // The item panel shows whom each unit phrase names, as publishing will issue the ledger rows.
    await page.getByLabel('牵头单位（多个用顿号分隔）').fill('市司法局、各县（区）人民政府、领导小组成员单位');
    const lead = page.locator('.item-editor .unit-resolution').first();
    await expect.poll(() => lead.textContent()).toContain('市司法局 → 惠州市司法局');
    expect(await lead.textContent()).toMatch(/各县（区）人民政府 → \d+ 个单位：/);
    expect(await lead.textContent()).toContain('领导小组成员单位 → 未对应到具体单位');
    // …and picks a unit of this level into a phrase.
    const picker = page.getByLabel('从本级单位中添加责任单位');
    const choice = ((await picker.locator('option').nth(1).textContent()) ?? '').trim();
    await picker.selectOption({ label: choice });
    expect(await page.getByLabel('责任单位（多个用顿号分隔）').inputValue()).toBe(choice);
    await page.getByLabel('牵头单位（多个用顿号分隔）').fill('市司法局');
    await page.getByLabel('考核分值（分，可不填）').fill('5');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => newRow.textContent()).toContain(`牵头：市司法局；责任：${choice}`);
    expect(await newRow.locator('.weight').textContent()).toBe('5 分');
    await expect.poll(() => lead.textContent()).toBe('市司法局 → 惠州市司法局');
    await page.screenshot({ path: artifact('designer-outline-added.png') });

    await page.getByRole('button', { name: '上移', exact: true }).click();
    await expect.poll(() => newRow.locator('.label').textContent()).toBe('3.');
    expect((await taskLabels()).slice(0, 5)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    // The moved row keeps the focus, so the keyboard carries on: Alt+↓ moves it back.
    await expect.poll(() => page.evaluate('document.activeElement?.textContent ?? ""')).toContain(NEW);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => newRow.locator('.label').textContent()).toBe('4.');
    // Alt+← takes it out of its section (numbered among the top level, which runs （一）（二）…) and
    // Alt+→ puts it back; neither sends the browser back or forward.
    const url = page.url();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => newRow.locator('.label').textContent()).toBe('（二）');
    expect(page.url()).toBe(url);
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => newRow.locator('.label').textContent()).toBe('4.');
    expect(page.url()).toBe(url);
    // A task cannot go under the task before it: the reason is shown, nothing moves.
    await page.getByRole('button', { name: '降级', exact: true }).click();
    await expect.poll(() => page.locator('.outline-pane [role="alert"]').textContent()).toContain('只能降级到章节之下');
    expect(await newRow.locator('.label').textContent()).toBe('4.');
    await page.screenshot({ path: artifact('designer-outline.png') });
    await context.close();
    expect(problems.filter((p) => !p.includes('422'))).toEqual([]);
  }, 120_000);

  it('adds review steps from the palette to the diagram, refuses an unsound step before saving, saves the variant', async () => {
    const { context, page } = await signedInPage('hz-author');
    await openCountyTask(page, '流程');
    const diagram = page.locator('.workflow-diagram');
    expect(await diagram.locator('[data-state="review1"]').count()).toBe(0);
    await page.getByRole('button', { name: '＋ 初审' }).click();
    await page.getByRole('button', { name: '＋ 复审' }).click();
    await expect.poll(() => diagram.locator('.wf-node.added').count()).toBe(2);
    expect(await diagram.getAttribute('aria-label')).toContain('已报送 —提交初审→ 初审');
    // A step name the engine cannot build is shown as a problem, and saving is off.
    await page.getByLabel('自定义环节').fill('分管+领导');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(() => page.locator('[aria-label="流程校验问题"]').textContent()).toContain('分管+领导');
    expect(await page.getByRole('button', { name: '保存流程' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '删除分管+领导' }).click();
    // 仅报备 has no review to insert steps into: refused, then back to the standard flow.
    await page.getByLabel('基础流程').selectOption('information-only');
    await expect.poll(() => page.locator('[aria-label="流程校验问题"]').textContent()).toContain('不能插入审核步骤');
    await page.getByLabel('基础流程').selectOption('standard');
    await page.getByRole('button', { name: '保存流程' }).click();
    await expect.poll(() => page.locator('.designer-section .form-ok').last().textContent()).toContain('流程已保存');
    await page.screenshot({ path: artifact('designer-workflow.png') });
    // Saved through the API: the item names the composed variant, and the page draws it again after a reload.
    const author = await api('hz-author');
    const detail = await author.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(planId)}`);
    expect(detail.items.filter((i) => i.workflowVariant === 'standard+初审+复审')).toHaveLength(1);
    await openCountyTask(page, '流程');
    await expect.poll(() => page.locator('.workflow-diagram .wf-node.added').count()).toBe(2);
    await context.close();
  }, 120_000);

  it('shows the state and light distributions as charts, with the numbers as a table', async () => {
    const author = await api('hz-author');
    const detail = await author.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(planId)}`);
    await author.send('POST', `/api/plans/${encodeURIComponent(planId)}/publish`, {
      expectedVersion: detail.plan.version,
      summary: '印发稿',
    });
    const { context, page } = await signedInPage('hz-supervisor');
    await page.goto(`${world.server.url}/dashboard`);
    const chart = page.getByRole('img', { name: /^办理状态：/ });
    await chart.locator('svg').waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/已下达 [1-9]\d*/);
    const table = page.locator('.chart-table').first();
    expect(await table.textContent()).toContain('合计');
    await page.screenshot({ path: artifact('dashboard-charts.png') });
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);
  it('switches the whole shell and its labels to English and back, and its export buttons download the files', async () => {
    const { context, page } = await signedInPage('hz-supervisor');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('.main-nav').textContent()).toContain('Ledger');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Ledger' }).click();
    const excel = page.getByRole('link', { name: 'Export to Excel' });
    const xlsx = await page.request.get(new URL((await excel.getAttribute('href')) ?? '', world.server.url).toString());
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    const word = page.getByRole('link', { name: 'Export to Word' });
    const docx = await page.request.get(new URL((await word.getAttribute('href')) ?? '', world.server.url).toString());
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    // Domain labels follow the switch too, and it is remembered across a reload.
    await page.reload();
    await expect.poll(() => page.locator('.page-header .status').textContent()).toBe('Published');
    await page.screenshot({ path: artifact('english-plan.png') });
    // The pages themselves switch too: the plan's tabs and header, the ledger, the dashboard.
    expect(await page.getByRole('tab', { name: /^Items \(\d+ tasks\)$/ }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Subordinates’ feedback' }).click();
    await page.getByRole('link', { name: 'Annual report (implementation)' }).waitFor();
    await page.getByRole('link', { name: 'Ledger' }).click();
    await page.getByRole('heading', { name: 'Ledger', level: 2 }).waitFor();
    await page.getByLabel('Group').selectOption('unit');
    expect(await page.getByRole('columnheader', { name: 'Unit' }).count()).toBe(1);
    await expect.poll(() => page.locator('.ledger-page [role="status"]').textContent()).toMatch(/^\d+ assignments\.$/);
    await page.getByRole('link', { name: 'Supervision' }).click();
    await page.getByRole('heading', { name: 'Supervision', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Ledger feedback' }).waitFor();
    await page.getByRole('heading', { name: 'Supervision notices / interviews' }).waitFor();
    expect(await page.locator('.summary-cards').textContent()).toContain('To verify');
    await page.screenshot({ path: artifact('english-dashboard.png') });
    await page.getByRole('button', { name: '切换为中文' }).click();
    await expect.poll(() => page.locator('.main-nav').textContent()).toContain('台账');
    await page.getByRole('heading', { name: '督查汇总', level: 2 }).waitFor();
    await page.getByRole('heading', { name: '台账反馈' }).waitFor();
    expect(await page.locator('.summary-cards').textContent()).toContain('待核验');
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    await page.getByRole('tab', { name: '下级反馈与签收' }).waitFor();
    expect(await page.locator('.page-header .status').textContent()).toBe('已发布');
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('switches the item editor and the import dialog to English and back', async () => {
    const { context, page } = await signedInPage('hz-author');
    await openCountyTask(page, '内容');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // The item editor, the rule builder and the workflow designer speak English...
    const editor = page.locator('.item-editor');
    await expect.poll(() => editor.locator('h3').textContent()).toMatch(/^Task /);
    await editor.getByLabel('Deadline', { exact: true }).waitFor();
    await editor.getByLabel('Lead units (separate several with 、)').waitFor();
    await expect.poll(() => editor.locator('.hint').textContent()).toMatch(/^Read as: /);
    await page.getByRole('tab', { name: 'Rules', exact: true }).click();
    await page.getByRole('heading', { name: 'Applicability and localisation rules' }).waitFor();
    await page.getByRole('tab', { name: 'Workflow', exact: true }).click();
    await page.getByRole('heading', { name: 'Workflow', exact: true }).waitFor();
    expect(await page.getByLabel('Base workflow').count()).toBe(1);
    // The engine's standard steps read in English too.
    await expect
      .poll(() => page.locator('.workflow-diagram').getAttribute('aria-label'))
      .toMatch(/^Workflow diagram: Standard workflow[ .].*Assigned —Report→ Reported/);
    // (The steps added by the workflow test above are standard ones, so they read in English too.)
    expect(await page.locator('.workflow-diagram').textContent()).not.toMatch(/[已报送核验审]/);
    // ...and so does the import dialog.
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await page.getByRole('button', { name: 'Import a plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a plan' });
    await dialog.getByLabel('Plan file (.docx, .xlsx, .txt, .md, at most 10 MB)').waitFor();
    await dialog.getByLabel('Paste text').check();
    await dialog.getByLabel('Plan text (copy and paste from a web page or Word)').waitFor();
    expect(await dialog.getByRole('button', { name: 'Read', exact: true }).count()).toBe(1);
    await page.screenshot({ path: artifact('english-import-dialog.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Switching back restores the Chinese labels the rest of the suite finds elements by.
    await page.getByRole('button', { name: '切换为中文' }).click();
    await page.getByRole('button', { name: '导入方案' }).click();
    const zhDialog = page.getByRole('dialog', { name: '导入方案' });
    await zhDialog.getByLabel('方案文本（可直接从网页或 Word 复制粘贴）').waitFor();
    await zhDialog.getByLabel('上传文件').check();
    await zhDialog.getByLabel(/方案文件/).waitFor();
    expect(await zhDialog.getByRole('button', { name: '读取', exact: true }).count()).toBe(1);
    await zhDialog.getByRole('button', { name: '取消' }).click();
    await openCountyTask(page, '内容');
    await page.locator('.item-editor').getByLabel('完成时限').waitFor();
    await expect.poll(() => page.locator('.item-editor .hint').textContent()).toMatch(/^识别为：/);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('offers the language switch on the sign-in page', async () => {
    const context = await world.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(world.server.url);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByLabel('Username').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    await page.getByRole('button', { name: '切换为中文' }).click();
    await page.getByLabel('用户名').waitFor();
    await context.close();
  }, 60_000);

  it('shows a supervisor who has not fed back the ledger and the 督办单 / 约谈 list, each linking on', async () => {
    // The 2022 deadlines have long passed: the scan turns them red and escalates them.
    await scanDeadlines(world.server.database, { today: new Date().toISOString().slice(0, 10) });
    const { context, page } = await signedInPage('hz-supervisor');
    await page.goto(`${world.server.url}/dashboard?year=2022`);
    const feedback = page.getByRole('region', { name: '台账反馈' });
    await expect.poll(() => feedback.getByRole('status').textContent()).toMatch(/尚未反馈 [1-9]\d* 个/);
    const pending = feedback.locator('tbody tr').first();
    expect(await pending.locator('.light').count()).toBe(1);
    const escalations = page.getByRole('region', { name: '督办单 / 约谈' });
    await expect.poll(() => escalations.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await escalations.locator('tbody').textContent()).toContain('约谈');
    await page.locator('.dashboard-panels').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('dashboard-feedback-escalations.png') });
    await pending.getByRole('link', { name: '查看下级反馈' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: '下级反馈与签收' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.locator('section[aria-label="下级反馈与签收"] tbody tr').first().waitFor();
    await page.goBack();
    const task = page.getByRole('region', { name: '督办单 / 约谈' }).locator('tbody tr a').first();
    await task.click();
    await page.locator('.drawer').waitFor();
    expect(page.url()).toContain('planId=');
    // The plan menu says what the address filters by, once its options have arrived.
    const planMenu = page.locator('.ledger-page label', { hasText: /^方案/ }).locator('select');
    await expect.poll(() => planMenu.inputValue()).toBe(new URL(page.url()).searchParams.get('planId'));
    // The escalation reads as a word with its step, never as the event's key.
    await expect.poll(() => page.locator('.drawer .timeline').textContent()).toContain('升级督办');
    expect(await page.locator('.drawer .timeline').textContent()).toMatch(/(督办单|约谈)：红灯已 \d+ 个工作日/);
    expect(await page.locator('.drawer .timeline').textContent()).not.toContain('assignment.');
    // Beside the drawer the header keeps every column over the rows' cells, 操作 included.
    const lefts = (cells: string) =>
      page.locator(cells).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    await page.locator('.ledger-row').first().waitFor();
    expect(await lefts('.ledger-head > [role="columnheader"]')).toEqual(
      await lefts('.ledger-row >> nth=0 >> [role="cell"]'),
    );
    const actions = await page.getByRole('columnheader', { name: '操作' }).boundingBox();
    const table = await page.locator('.ledger-table').boundingBox();
    expect((actions?.x ?? 0) + (actions?.width ?? 0)).toBeLessThanOrEqual((table?.x ?? 0) + (table?.width ?? 0));
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);

  it('drills into a department: no subordinates is said, and its red card opens the ledger filtered to it', async () => {
    const { context, page } = await signedInPage('hz-supervisor');
    await page.goto(`${world.server.url}/dashboard?year=2022`);
    const units = page.locator('table.data-table', { has: page.locator('caption', { hasText: '下级单位' }) });
    // Number headers sit over their right-aligned numbers, padded like the cells.
    const header = units.locator('th', { hasText: '任务分工' });
    expect(await header.evaluate((th) => getComputedStyle(th).textAlign)).toBe('right');
    expect(await header.evaluate((th) => getComputedStyle(th).paddingLeft)).not.toBe('0px');
    const department = units.locator('tbody tr', { hasText: '局' }).first();
    const name = ((await department.locator('button').textContent()) ?? '').trim();
    const red = Number(await department.locator('td').nth(4).textContent());
    expect(red).toBeGreaterThan(0);
    await department.locator('button').click();
    await expect.poll(() => page.locator('.breadcrumb strong').textContent()).toBe(name);
    await expect.poll(() => page.locator('p.empty-state').first().textContent()).toContain('没有下级单位或部门');
    const card = page.locator('.card.stat.danger a');
    expect(await card.textContent()).toBe(String(red));
    await card.click();
    await expect.poll(() => page.locator('.ledger-page [role="status"]').textContent()).toBe(`共 ${red} 条。`);
    expect(new Set(await page.locator('.ledger-row > [role="cell"]:nth-child(4)').allTextContents())).toEqual(
      new Set([name]),
    );
    // Every filter of the address shows in its control: the year, the light and the unit.
    const menu = (label: string) =>
      page.locator('.ledger-page label', { hasText: new RegExp(`^${label}`) }).locator('select');
    await expect.poll(() => menu('年度').inputValue()).toBe('2022');
    expect(await menu('亮灯').inputValue()).toBe('red');
    expect(await page.locator('.filter-unit output').textContent()).toBe(name);
    await page.getByRole('button', { name: '清除单位筛选' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('underOrgId')).toBeNull();
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);
});
