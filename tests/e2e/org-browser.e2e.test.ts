import { TEST_PASSWORD } from '@cascade/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

describeInChromium('org browser in Chromium', () => {
  const world = browserWorld();
  const { signedInPage } = world;
  let page: Page;

  beforeAll(async () => {
    page = await world.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    page.on('console', (m) => {
      if (m.type() === 'error') world.problems.push(m.text());
    });
  });

  it('asks to sign in, refuses a wrong password with the reason, then lets the user in', async () => {
    await page.goto(world.server.url);
    await page.getByLabel('用户名').fill('bl-reporter');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    await page.screenshot({ path: artifact('login-refused.png') });
    // The refused login's 401 is the one error this test causes on purpose.
    world.problems.length = 0;
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.locator('.app-header .account').textContent()).toContain('博罗县司法局');
    // The account is told once of the failed attempt, and can see where it came from.
    const notice = page.locator('.failed-logins-notice');
    await expect.poll(() => notice.textContent()).toContain('1 次失败的登录尝试');
    await notice.getByRole('link', { name: '查看登录记录' }).click();
    const history = page.getByRole('table', { name: /本账号最近 30 天的登录/ });
    await expect.poll(() => history.locator('tr.failed').textContent()).toContain('127.0.0.1');
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
    await page.screenshot({ path: artifact('org-browser-boluo.png'), fullPage: true });
  });

  it('expands the tree by keyboard-accessible buttons down to a county', async () => {
    await page.getByRole('button', { name: '展开广东省' }).click();
    await page.getByRole('button', { name: '展开惠州市' }).click();
    await page.getByRole('button', { name: '博罗县', exact: true }).waitFor();
    expect(world.problems).toEqual([]);
  });

  it("shows 石坝镇's own offices and its capabilities in Chinese; a reporter is told who keeps them", async () => {
    await page.goto(`${world.server.url}/orgs?org=441322100`);
    await page.locator('.org-detail h2', { hasText: '石坝镇' }).waitFor();
    expect(await page.locator('caption', { hasText: '内设机构（8）' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: '石坝镇社会事务办公室' }).count()).toBe(1);
    const capabilities = page.locator('.org-capabilities');
    expect(await capabilities.getByRole('row', { name: /编发政府公报\s*否\s*本级默认/ }).count()).toBe(1);
    expect(await capabilities.getByRole('row', { name: /政府网站\s*上级政府网站专栏/ }).count()).toBe(1);
    expect(await capabilities.textContent()).toContain('能力由本单位或上级单位的管理员维护。');
    expect(await page.getByRole('button', { name: '修改能力' }).count()).toBe(0);
    expect(world.problems).toEqual([]);
  });

  it("lets 博罗县's admin change a township's capability and keep 司法局's 股室, with the reason when one cannot go", async () => {
    const problems: string[] = [];
    const { context, page: admin } = await signedInPage('bl-admin', { problems });
    try {
      await admin.goto(`${world.server.url}/orgs?org=441322100`);
      await admin.getByRole('button', { name: '修改能力' }).click();
      await admin.getByLabel('举办新闻发布会').selectOption({ label: '是' });
      await admin.getByRole('button', { name: '保存' }).click();
      const row = admin.locator('.org-capabilities').getByRole('row', { name: /举办新闻发布会/ });
      await expect.poll(() => row.textContent()).toContain('管理员设置');
      expect(await row.textContent()).toContain('是');

      await admin.goto(`${world.server.url}/orgs?org=441322-justice`);
      await admin.getByLabel('股室名称').fill('社区矫正股');
      await admin.getByRole('button', { name: '新增股室' }).click();
      await admin.getByRole('button', { name: '社区矫正股' }).waitFor();
      expect(await admin.locator('caption, h3', { hasText: '股室（1）' }).count()).toBe(1);
      // A ledger row names the 股室: removing it is refused, and the page says why.
      const [section] = await world.server.database.query<{ id: string; path: string }>(
        "SELECT id, path FROM orgs WHERE parent_id = '441322-justice' AND kind = 'section'",
      );
      await world.server.database.query(
        `INSERT INTO assignments (id, plan_id, item_id, org_id, org_path, role, year) VALUES ('e2e-a', 'p', 'i', $1, $2, 'lead', 2022)`,
        [section?.id, section?.path],
      );
      await admin.getByRole('button', { name: '删除' }).click();
      await admin.getByRole('dialog').getByRole('button', { name: '删除' }).click();
      await expect
        .poll(() => admin.locator('.org-sections [role=alert]').textContent())
        .toContain('社区矫正股还有 1 条任务分工，不能删除');
      await admin.screenshot({ path: artifact('org-browser-sections.png'), fullPage: true });
      // The refusal's 409 is the one error the browser logs on purpose.
      expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
