import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browserWorld, describeInChromium } from '../support/browser-world.ts';
import { OIDC_CALLBACK, signOnThrough, startTestProvider, type TestProvider } from '../support/oidc-provider.ts';

/**
 * 统一身份认证 in Chromium: the sign-in page offers the platform's button, the browser goes to a
 * real OpenID Connect provider, signs in on its page and comes back signed in; someone of 广州 is
 * sent back to the sign-in page with the reason in words; a forged reason in the address is never
 * shown as it came.
 */
describeInChromium('single sign-on in the browser', () => {
  let provider: TestProvider;
  const secret = randomBytes(24).toString('base64url');
  // The provider is up before the server (whose sign-on settings name it) and stops after it.
  beforeAll(async () => {
    provider = await startTestProvider();
  });
  afterAll(async () => {
    await provider?.close();
  });
  const world = browserWorld({
    deps: (url) => signOnThrough(provider, secret, { OIDC_SUBTREE: '441300', OIDC_PROVISION: 'true' })(url),
    timeout: 240_000,
  });
  beforeAll(() => provider.attach(secret, [`${world.server.url}${OIDC_CALLBACK}`]));

  async function freshPage(): Promise<Page> {
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => world.problems.push(e.message));
    page.on('dialog', (d) => {
      world.problems.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    return page;
  }

  /** At the provider's own sign-in page: any password does. */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('whatever');
    await page.locator('button[type="submit"]').click();
  }

  it('signs a person of 博罗县 in through the platform, provisioning the account', async () => {
    provider.people.set('chen-li', {
      preferred_username: 'bl-chenli',
      name: '陈丽',
      org_code: '441322',
      role: '方案起草',
    });
    const page = await freshPage();
    await page.goto(world.server.url);
    // Both ways are offered: the platform first, the password form below it.
    await expect.poll(() => page.getByRole('link', { name: '统一身份认证登录' }).count()).toBe(1);
    expect(await page.getByLabel('用户名').count()).toBe(1);
    await page.getByRole('link', { name: '统一身份认证登录' }).click();
    await signInAtProvider(page, 'chen-li');
    await page.locator('.app-header .account').waitFor();
    expect(new URL(page.url()).origin).toBe(world.server.url);
    expect(await page.locator('.app-header .account').textContent()).toContain('陈丽');
    // The sign-in history names the way in.
    await page.goto(`${world.server.url}/sign-ins`);
    await expect.poll(() => page.getByText('统一身份认证').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('sends a person of 广州 back to the sign-in page, saying why', async () => {
    provider.people.set('gz-he', { preferred_username: 'gz-he', name: '何伟', org_code: '440100', role: 'author' });
    const page = await freshPage();
    await page.goto(world.server.url);
    await page.getByRole('link', { name: '统一身份认证登录' }).click();
    await signInAtProvider(page, 'gz-he');
    await page.waitForURL((url) => url.href.startsWith(world.server.url));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('您所在的单位不在本系统的服务范围内，不能登录。');
    // The reason is taken out of the address: a reload does not tell it again.
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('shows a made-up reason in the address as a plain failure, never as markup', async () => {
    const page = await freshPage();
    await page.goto(`${world.server.url}/?oidc_error=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('统一身份认证登录未成功，请重试。');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.context().close();
  });

  it('met no page errors or dialogs', () => {
    expect(world.problems).toEqual([]);
  });
});
