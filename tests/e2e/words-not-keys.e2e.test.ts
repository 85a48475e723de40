import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, PlanSummary } from '@cascade/contracts';
import { DEMO_ACCOUNTS, OTHER_BRANCH } from '@cascade/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);

/** Every account the test server has (the Guangdong demo accounts and the other branch). */
const ACCOUNTS = [...DEMO_ACCOUNTS.filter((a) => a.orgId.startsWith('44')), ...OTHER_BRANCH].map((a) => a.username);
/** Accounts whose plan page is walked tab by tab (the others see the same pages with other rights): which plan. */
const PLAN_WALKERS: Record<string, 'city' | 'county'> = {
  'hz-author': 'city',
  'bl-deriver': 'county',
  'bl-supervisor': 'county',
};

/**
 * What a page shows that is a code, not a word: `a:b` (rule ids), camelCase, snake_case, and a
 * bare role key. Read from the visible text and the title / aria-label / placeholder attributes.
 */
const IDENTIFIER_SHAPES: [string, RegExp][] = [
  ['a:b', /\b[a-z]+:[A-Za-z]/],
  ['camelCase', /\b[a-z]+[A-Z][a-zA-Z]+\b/],
  ['snake_case', /\b[a-z]+_[a-z]+\b/],
  // A key standing alone, not a word of an English sentence ("Plan author") nor of a login name
  // as written (bl-supervisor).
  ['role key', /(?<![\w-]|[A-Za-z] )(admin|author|deriver|reporter|supervisor)(?![\w-]| [A-Za-z])/],
];
/**
 * Allowed: http(s):// in a link a page shows on purpose. Nothing else — a word that looks like
 * a key is one the page must phrase.
 */
const ALLOWED = [/\bhttps?:\/\//g];

type Finding = { where: string; text: string };

/**
 * The page's words in two parts: the UI's own (every text node and label attribute outside
 * elements marked `data-user-text`) and the user's (names, titles, task texts as written).
 */
async function wordsOf(page: Page): Promise<{ ui: string[]; user: string[] }> {
  return page.evaluate(() => {
    const ui: string[] = [];
    const user: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node instanceof Element ? node : node.parentElement;
      if (!el || el.closest('script, style, [hidden]')) continue;
      // The user's words, or words in the other language on purpose (the language switch).
      const data = Boolean(el.closest('[data-user-text]')) || el.closest('[lang]') !== document.documentElement;
      if (node instanceof Element) {
        for (const name of ['title', 'aria-label', 'placeholder']) {
          // A placeholder's example is what one types: the documents' words (e.g. 博罗).
          const value = node.getAttribute(name)?.replace(/\be\.g\.[^;]*$/, '');
          if (value?.trim()) (data ? user : ui).push(value.trim());
        }
      } else if (node.textContent?.trim()) (data ? user : ui).push(node.textContent.trim());
    }
    return { ui, user };
  });
}

const HAN = /[\u3400-\u9fff]/;

/**
 * The user's words a page was sent: every string of the server's JSON answers (names, titles,
 * task texts, unit phrases, deadlines as written, comments), split at the list marks the UI joins
 * them with. Error answers are left out: their words are the server's, not the user's.
 */
function watchUserWords(page: Page): { words: () => Promise<string[]> } {
  const pending: Promise<void>[] = [];
  const seen = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!HAN.test(value)) return;
      seen.add(value);
      for (const part of value.split(/[、，,；;：:\s]+/)) if (HAN.test(part)) seen.add(part);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!response.url().includes('/api/') || !type.includes('json') || response.status() >= 400) return;
    pending.push(response.json().then(collect, () => undefined));
  });
  return {
    words: async () => {
      await Promise.all(pending);
      return [...seen].sort((a, b) => b.length - a.length);
    },
  };
}

function findingsOf(words: { ui: string[]; user: string[] }, english: boolean, userWords: string[]): Finding[] {
  const out: Finding[] = [];
  for (const raw of [...words.ui, ...words.user]) {
    const text = ALLOWED.reduce((t, re) => t.replace(re, ''), raw);
    for (const [what, re] of IDENTIFIER_SHAPES) if (re.test(text)) out.push({ where: what, text: raw });
  }
  // In English, Chinese in the UI's own words is an untranslated label; the user's words as
  // written (a name, a title, a task inside a sentence) stay Chinese and are taken out first.
  if (english)
    for (const text of words.ui) {
      if (!HAN.test(text)) continue;
      const rest = userWords.reduce((t, word) => (t.includes(word) ? t.split(word).join(' ') : t), text);
      if (HAN.test(rest)) out.push({ where: 'untranslated', text });
    }
  return out;
}

describeInChromium('every page in words, not keys, in Chinese and English', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  const planIds = { city: '', county: '' };

  beforeAll(async () => {
    // A city plan published, 博罗县's derived from it and published: traces, ledger rows, messages.
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
    planIds.city = plan.id;
    planIds.county = county.id;
  }, 180_000);

  it('shows no identifier-shaped word on any page of any account, in Chinese and in English, and no Chinese label left untranslated in English', async () => {
    const findings = new Map<string, Set<string>>();
    const note = (where: string, list: Finding[]) => {
      for (const f of list) {
        const key = `${f.where}: ${f.text.slice(0, 120)}`;
        if (!findings.has(key)) findings.set(key, new Set());
        findings.get(key)?.add(where);
      }
    };
    const walk = async (username: string) => {
      const { context, page } = await signedInPage(username);
      const sent = watchUserWords(page);
      for (const locale of ['zh-CN', 'en'] as const) {
        await page.evaluate((l) => localStorage.setItem('cascade.locale', l), locale);
        await page.goto(world.server.url);
        await page.locator('.app-header .account').waitFor();
        const english = locale === 'en';
        const links = await page
          .locator('nav a')
          .evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
        const visit = async (where: string) => {
          // Attribute text and tooltips count as much as what is on screen.
          // The page's data has come when nothing says it is loading.
          await page
            .waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'), null, {
              timeout: 5_000,
            })
            .catch(() => undefined);
          note(`${username} ${locale} ${where}`, findingsOf(await wordsOf(page), english, await sent.words()));
        };
        // Through the menu, as a user goes (no reload of the whole app per page).
        for (const link of links) {
          await page.locator(`nav a[href="${link}"]`).first().click();
          await page.waitForURL((url) => url.pathname === link);
          await visit(link);
        }
        const walked = PLAN_WALKERS[username];
        if (walked) {
          await page.goto(`${world.server.url}/plans/${encodeURIComponent(planIds[walked])}`);
          await page.locator('[role="tab"]').first().waitFor();
          const tabs = await page.locator('[role="tab"]').count();
          for (let i = 0; i < tabs; i++) {
            await page.locator('[role="tab"]').nth(i).click();
            await visit(`plan tab ${i}`);
            const child = page.locator('select').filter({ has: page.locator('optgroup') });
            if (await child.count()) {
              await child.first().selectOption({ index: 1 });
              await visit(`plan tab ${i} preview`);
            }
          }
          // An item and its 推导依据, then each tab of its design view (规则, 流程, 预览 for a subordinate).
          await page.locator('[role="tab"]').first().click();
          const first = page.locator('.outline-task button').first();
          if (await first.count()) {
            await first.click();
            await visit('item editor');
            const design = page.locator('.design-tabs [role="tab"]');
            for (let i = 1; i < (await design.count()); i++) {
              await design.nth(i).click();
              await visit(`design tab ${i}`);
              const child = page.locator('.design-panel select').filter({ has: page.locator('optgroup') });
              if (await child.count()) {
                await child.first().selectOption({ index: 1 });
                await visit(`design tab ${i} preview`);
              }
            }
          }
        }
      }
      await context.close();
    };
    // Three accounts at a time: the walk stays well under two minutes.
    const queue = [...ACCOUNTS];
    await Promise.all(
      [1, 2, 3].map(async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await walk(next);
      }),
    );
    const report = [...findings].map(([what, where]) => `${what}  ← ${[...where].slice(0, 3).join(' | ')}`);
    if (report.length) {
      writeFileSync(artifact('words-not-keys-findings.txt'), `${report.join('\n')}\n`);
    }
    expect(report).toEqual([]);
    expect(world.problems).toEqual([]);
  }, 300_000);
});
