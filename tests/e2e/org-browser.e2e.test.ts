import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { TEST_PASSWORD } from '@cascade/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, isChromiumAvailable, launchChromium } from '../support/browser.ts';
import { buildWebApp, startTestServer, type TestServer } from '../support/test-server.ts';

const ARTIFACTS = path.resolve('test-artifacts', 'e2e');

if (!isChromiumAvailable()) console.warn(CHROMIUM_MISSING);

describe.runIf(isChromiumAvailable())('org browser in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ provinces: ['44'], webDist: await buildWebApp() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks to sign in, refuses a wrong password with the reason, then lets the user in', async () => {
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('bl-reporter');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    await page.screenshot({ path: path.join(ARTIFACTS, 'login-refused.png') });
    // The refused login's 401 is the one error this test causes on purpose.
    consoleErrors.length = 0;
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.locator('.app-header .account').textContent()).toContain('博罗县司法局');
    // The account is told once of the failed attempt, and can see where it came from.
    const notice = page.locator('.failed-logins-notice');
    await expect.poll(() => notice.textContent()).toContain('1 次失败的登录尝试');
    await notice.getByRole('link', { name: '查看登录记录' }).click();
    await expect.poll(() => page.locator('.page-section table').textContent()).toContain('127.0.0.1');
    expect(await notice.count()).toBe(0);
  });

  it('shows the tree and an empty state that says what to do', async () => {
    await page.getByRole('link', { name: '组织机构' }).click();
    await expect.poll(() => page.locator('.org-tree li').first().textContent()).toContain('广东省');
    expect(await page.locator('.empty-state').textContent()).toContain('搜索');
  });

  it('searches 博罗, opens 博罗县 and shows its facts, departments and townships', async () => {
    await page.getByLabel('搜索单位').fill('博罗');
    const result = page.locator('.search-results button').first();
    await result.waitFor();
    expect(await result.textContent()).toContain('广东省 › 惠州市 › 博罗县');
    await result.click();
    await page.locator('.org-detail h2', { hasText: '博罗县' }).waitFor();
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('县级');
    expect(facts).toContain('441322');
    expect(await page.locator('caption', { hasText: '政府部门' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: '博罗县司法局' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: '罗阳街道' }).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'org-browser-boluo.png'), fullPage: true });
  });

  it('expands the tree by keyboard-accessible buttons down to a county', async () => {
    await page.getByRole('button', { name: '展开广东省' }).click();
    await page.getByRole('button', { name: '展开惠州市' }).click();
    await page.getByRole('button', { name: '博罗县', exact: true }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
