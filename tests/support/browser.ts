import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function isChromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export const CHROMIUM_MISSING = `browser tests skipped: ${CHROMIUM_PATH} not found (install it with \`apt-get install -y chromium\`)`;

/** Headless Chromium with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new browser context signed in through the sign-in page, as a clerk would: every console
 * error, page error and dialog of its page is pushed to `problems` (a test expects it empty).
 */
export async function signInInBrowser(
  browser: Browser,
  input: { url: string; username: string; password: string; problems: string[] },
): Promise<{ context: BrowserContext; page: Page }> {
  const { username, problems } = input;
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${username}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${username}: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`${username}: a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(input.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(input.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.app-header .account').waitFor();
  return { context, page };
}
