import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMigratedDatabase, seedOrgTree } from '@cascade/db';
import { sheetCells, sheetXlsx } from '@cascade/documents/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COUNTY_PLAN = path.join(ROOT, 'tests/fixtures/import/seed/dianjiang-county-2022.txt');

/**
 * A production install in Chromium, as the README tells an office to do it: no demo data, the first
 * administrator made at the console with `pnpm cli accounts add`, who signs in, sets a password of
 * its own, and through 账号管理 gives 博罗县 a plan author; that author signs in with the one-time
 * password, sets a new one and imports the county's plan.
 */
describeInChromium('a production install: first admin, accounts page, new password', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'accounts-e2e-'));
  let adminPassword = '';
  let authorOneTime = '';

  // Before the server starts, and removed after it stops.
  beforeAll(async () => {
    // The office's first start loads the org tree; nothing else exists.
    const database = await openMigratedDatabase({ dataDir });
    await seedOrgTree(database, { provinces: ['44'] });
    await database.close();
    // At the server's console, with the embedded database not in use.
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'apps/cli/src/main.ts', 'accounts', 'add', 'gd-admin', '--org', '440000', '--role', 'admin'],
      { cwd: ROOT, env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(cli.stderr).toBe('');
    adminPassword = /只显示这一次[^：]*：(\S+)/.exec(cli.stdout)?.[1] ?? '';
    expect(adminPassword.length).toBeGreaterThanOrEqual(20);
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const world = browserWorld({ dataDir, demoAccounts: false });

  /** A fresh browser (as another person's machine) on the sign-in page, its console watched. */
  async function signInPage(username: string, password: string): Promise<Page> {
    const context = await world.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: world.server.url });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') world.problems.push(`${username}: ${m.text()}`);
    });
    page.on('pageerror', (e) => world.problems.push(`${username}: ${e.message}`));
    await page.goto(world.server.url);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    return page;
  }

  /** 设置新密码: the only page a one-time password opens; a weak choice is refused with zxcvbn's reason. */
  async function setNewPassword(page: Page, oneTime: string, weak: string, strong: string, shot?: string) {
    await page.getByRole('heading', { name: '设置新密码' }).waitFor();
    await page.getByLabel('一次性密码').fill(oneTime);
    await page.getByLabel('新密码', { exact: true }).fill(weak);
    await page.getByLabel('再次输入新密码').fill(weak);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await expect.poll(() => page.locator('#new-password-error').textContent()).toContain('密码太容易被猜到');
    if (shot) await page.screenshot({ path: artifact(shot) });
    // The refusal's 422 in the console is the one error caused on purpose.
    world.problems.splice(0, world.problems.length, ...world.problems.filter((p) => !p.includes('422')));
    await page.getByLabel('新密码', { exact: true }).fill(strong);
    await page.getByLabel('再次输入新密码').fill(strong);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.locator('.app-header .account').waitFor();
  }

  it('the first admin signs in with the console’s one-time password and must set its own first', async () => {
    const page = await signInPage('gd-admin', adminPassword);
    await page.getByRole('heading', { name: '设置新密码' }).waitFor();
    expect(await page.locator('.app-header').count()).toBe(0);
    await setNewPassword(page, adminPassword, 'guangdong2022', 'Lychee-harbour-ferry-41', 'accounts-set-password.png');
    expect(await page.locator('.app-header .account').textContent()).toContain('广东省 管理员');
    await page.context().close();
  }, 90_000);

  it('the admin creates a county author in 账号管理 and hands over the one-time password', async () => {
    const page = await signInPage('gd-admin', 'Lychee-harbour-ferry-41');
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByRole('heading', { name: '账号管理' }).waitFor();
    await expect.poll(() => page.locator('.accounts-table tbody tr').count()).toBe(1);
    expect(await page.locator('.accounts-table').textContent()).toContain('gd-admin');
    // Filtered to nothing, the page says what to do.
    await page.getByLabel('角色').selectOption('author');
    await expect.poll(() => page.locator('.accounts-page').textContent()).toContain('点击“新建账号”');
    await page.getByLabel('角色').selectOption('');

    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('用户名').fill('bl-author');
    await dialog.getByLabel('姓名').fill('博罗县 方案起草');
    await dialog.getByLabel('所属单位').fill('博罗县');
    await dialog.locator('.search-results button', { hasText: '441322' }).first().click();
    await expect.poll(() => dialog.locator('.picked').textContent()).toContain('博罗县');
    await dialog.getByLabel('角色').selectOption('author');
    await dialog.getByLabel('电话（可选）').fill('0752-6123456');
    await dialog.getByRole('button', { name: '新建并生成一次性密码' }).click();

    const shown = page.locator('dialog[open] .one-time-password');
    await expect.poll(() => shown.textContent()).toContain('已新建账号 bl-author（博罗县 方案起草，博罗县）');
    authorOneTime = await shown.locator('input.otp').inputValue();
    expect(authorOneTime.length).toBeGreaterThanOrEqual(20);
    await shown.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => shown.getByRole('button', { name: '已复制' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(authorOneTime);
    await page.screenshot({ path: artifact('accounts-one-time-password.png') });
    await shown.getByRole('button', { name: '已交给本人，关闭' }).click();
    expect(await page.locator('input.otp').count()).toBe(0);

    const row = page.locator('.accounts-table tr[data-username="bl-author"]');
    await expect.poll(() => row.textContent()).toContain('待设置新密码');
    expect(await row.textContent()).toContain('方案起草');
    // A taken username is refused with the reason, nothing else changes.
    await page.getByRole('button', { name: '新建账号' }).click();
    await dialog.getByLabel('用户名').fill('bl-author');
    await dialog.getByLabel('姓名').fill('重名');
    await dialog.getByRole('button', { name: '新建并生成一次性密码' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('用户名“bl-author”已被使用');
    world.problems.splice(0, world.problems.length, ...world.problems.filter((p) => !p.includes('409')));
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.screenshot({ path: artifact('accounts-page.png'), fullPage: true });
    await page.context().close();
  }, 90_000);

  it('the author signs in, sets a new password and imports the county’s plan', async () => {
    const page = await signInPage('bl-author', authorOneTime);
    await setNewPassword(page, authorOneTime, 'bl-author2022', 'Osmanthus-river-lantern-9');
    expect(await page.locator('.app-header .account').textContent()).toContain('博罗县 · 方案起草');
    await page.getByRole('link', { name: '方案', exact: true }).click();
    await page.getByRole('button', { name: '导入方案' }).click();
    await page.getByLabel(/方案文件/).setInputFiles(COUNTY_PLAN);
    await page.getByRole('button', { name: '读取', exact: true }).click();
    await page.locator('.import-summary').waitFor();
    await page.getByRole('button', { name: '创建草稿' }).click();
    await expect.poll(() => page.locator('.banner').first().textContent()).toMatch(/已导入 \d+ 项任务/);
    expect(await page.locator('.outline-task').count()).toBeGreaterThan(10);
    await page.screenshot({ path: artifact('accounts-author-imported.png') });
    await page.context().close();
  }, 120_000);

  it('the admin imports accounts from an .xlsx: bad rows named, fixed, all created, passwords downloaded', async () => {
    const page = await signInPage('gd-admin', 'Lychee-harbour-ferry-41');
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByRole('button', { name: '批量导入' }).click();
    const dialog = page.locator('dialog[open]');
    const header = ['登录名', '姓名', '所属单位', '角色', '手机'];
    const good = [
      ['bl-bulk-1', '陈一', '博罗县司法局', '任务报送', ''],
      ['bl-bulk-2', '陈二', '441322', '方案分解', '0752-6000002'],
    ];
    const upload = async (rows: string[][], name: string) =>
      dialog.getByLabel('账号表（.xlsx）').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await sheetXlsx([header, ...rows])),
      });
    await upload([...good, ['bl-bulk-3', '陈三', '博罗县', '经理', '']], '有误.xlsx');
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toContain('共 3 行，2 行可创建，1 行有误');
    expect(await dialog.locator('tr.row-invalid').textContent()).toContain('角色：“经理”不是可用的角色');
    expect(await dialog.getByRole('button', { name: '创建 3 个账号' }).isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('accounts-import-preview.png') });

    await upload([...good, ['bl-bulk-3', '陈三', '博罗县', '督查', '']], '改正.xlsx');
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toContain('全部 3 行无误');
    expect(await dialog.locator('tbody tr').first().textContent()).toContain('广东省惠州市博罗县司法局');
    await dialog.getByRole('button', { name: '创建 3 个账号' }).click();
    await expect.poll(() => dialog.locator('[role=status]').first().textContent()).toContain('已创建 3 个账号');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '下载一次性密码' }).click(),
    ]);
    const cells = await sheetCells(readFileSync(await download.path()));
    expect(cells.slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      ['用户名', '姓名', '单位', '角色'],
      ['bl-bulk-1', '陈一', '广东省惠州市博罗县司法局', '任务报送'],
      ['bl-bulk-2', '陈二', '广东省惠州市博罗县', '方案分解'],
      ['bl-bulk-3', '陈三', '广东省惠州市博罗县', '督查核验'],
    ]);
    await dialog.getByRole('button', { name: '完成' }).click();
    const row = page.locator('.accounts-table tr[data-username="bl-bulk-2"]');
    await expect.poll(() => row.textContent()).toContain('待设置新密码');
    await page.context().close();

    // A holder's one-time password from the sheet opens only 设置新密码.
    const holder = await signInPage('bl-bulk-2', cells[2]?.[4] ?? '');
    await holder.getByRole('heading', { name: '设置新密码' }).waitFor();
    await holder.context().close();
  }, 120_000);

  it('the admin sees who did what from where, and disables and re-enables the author', async () => {
    const page = await signInPage('gd-admin', 'Lychee-harbour-ferry-41');
    await page.getByRole('link', { name: '账号管理' }).click();
    const history = page.locator('.account-history table');
    await expect.poll(() => history.textContent()).toContain('本人设置新密码');
    const rows = await history.locator('tbody tr').allTextContents();
    expect(rows.find((r) => r.includes('新建') && r.includes('bl-author'))).toMatch(/广东省 管理员.*127\.0\.0\.1/);
    expect(rows.find((r) => r.includes('新建') && r.includes('gd-admin'))).toContain('服务器控制台');

    const row = page.locator('.accounts-table tr[data-username="bl-author"]');
    await row.getByRole('button', { name: '停用 bl-author' }).click();
    await page.locator('dialog[open]').getByRole('button', { name: '停用' }).click();
    await expect.poll(() => row.textContent()).toContain('已停用');
    await row.getByRole('button', { name: '启用 bl-author' }).click();
    await expect.poll(() => row.textContent()).toContain('正常');
    expect(await page.locator('.accounts-table tr[data-username="gd-admin"] button').allTextContents()).toEqual([
      '修改',
    ]);
    await page.context().close();
    expect(world.problems).toEqual([]);
  }, 90_000);
});
