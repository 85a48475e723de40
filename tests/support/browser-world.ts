import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type ApiSession, signIn, TEST_PASSWORD } from '@cascade/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_MISSING, isChromiumAvailable, launchChromium, signInInBrowser } from './browser.ts';
import { buildWebApp, startTestServer, type TestServer } from './test-server.ts';

const ARTIFACTS = path.resolve('test-artifacts', 'e2e');

/** Where a journey's screenshot or download goes: test-artifacts/e2e/<name>, the folder made. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

let toldWhyNot = false;

/**
 * A describe block that runs only where Debian's Chromium is installed; elsewhere it is skipped
 * and says why, once per file (no test is skipped without a printed reason).
 */
export function describeInChromium(name: string, fn: () => void): void {
  const available = isChromiumAvailable();
  if (!available && !toldWhyNot) {
    toldWhyNot = true;
    console.warn(CHROMIUM_MISSING);
  }
  describe.runIf(available)(name, fn);
}

export type BrowserWorldOptions = Omit<Parameters<typeof startTestServer>[0], 'webDist' | 'provinces'> & {
  /** The provinces loaded; 广东 (44) unless told. */
  provinces?: string[];
  /** How long the start (web build, server, browser) may take. */
  timeout?: number;
};

export type BrowserWorld = {
  /** The server under test (from the first test on: it starts in beforeAll). */
  readonly server: TestServer;
  /** Headless Chromium (from the first test on). */
  readonly browser: Browser;
  /** Console errors, page errors and dialogs of every page `signedInPage` opened: a test expects none. */
  readonly problems: string[];
  /** A client of the API itself, signed in as `username` with TEST_PASSWORD (a new session each call). */
  api: (username: string) => Promise<ApiSession>;
  /**
   * A new browser context signed in as `username` through the sign-in page; its problems go to
   * `problems`, or to `options.problems` for a test that expects some of its own.
   */
  signedInPage: (
    username: string,
    options?: { problems?: string[] },
  ) => Promise<{ context: BrowserContext; page: Page }>;
  artifact: (name: string) => string;
};

/**
 * The world of a browser test, called inside its describe block: the web app built, the real
 * server started over its own database (with the demo accounts unless told otherwise) and
 * Chromium launched before the first test, both closed after the last. A file's own setup goes
 * in a beforeAll registered after this call (hooks run in the order registered), and its own
 * cleanup in an afterAll registered before it (afterAll hooks run in reverse).
 */
export function browserWorld(options: BrowserWorldOptions = {}): BrowserWorld {
  const { provinces = ['44'], timeout = 180_000, ...serverOptions } = options;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ ...serverOptions, provinces, webDist: await buildWebApp() });
    browser = await launchChromium();
  }, timeout);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(what: T | undefined, name: string): T => {
    if (!what) throw new Error(`the ${name} is not started yet: use it in a hook or a test, not at describe time`);
    return what;
  };

  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    problems,
    api: (username) =>
      signIn(
        { request: (url, init) => fetch(`${started(server, 'server').url}${url}`, init) },
        username,
        TEST_PASSWORD,
      ),
    signedInPage: (username, pageOptions = {}) => {
      const { url } = started(server, 'server');
      return signInInBrowser(started(browser, 'browser'), {
        url,
        username,
        password: TEST_PASSWORD,
        problems: pageOptions.problems ?? problems,
      });
    },
    artifact,
  };
}
