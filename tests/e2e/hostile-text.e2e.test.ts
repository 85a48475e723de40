import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, LedgerPage, PlanDetail } from '@cascade/contracts';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { browserWorld, describeInChromium } from '../support/browser-world.ts';

const SEED = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/seed/huizhou-city-2022.txt'),
  'utf8',
);
const enc = encodeURIComponent;

/** What an attacker types into every free-text field: markup that runs if it is ever parsed as HTML. */
const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const SVG = '<svg onload=window.__xss=1>';
const HOSTILE = `${IMG}${SCRIPT}${SVG}'; DROP TABLE plans;--`;

/**
 * Hostile strings stored through the API — task text, report text, an evidence file name, an
 * urge message and a return reason — on every page that shows them: none runs (window.__xss
 * stays undefined), each is shown as the literal text it is, and no page logs an error.
 */
describeInChromium('hostile text is shown inert in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let planId = '';

  beforeAll(async () => {
    const author = await api('hz-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', { text: SEED, fileName: 'hz.txt' });
    planId = imported.plan.id;
    const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
    const first = plan.items.find((i) => i.kind === 'task')!;
    await author.send('PATCH', `/api/plans/${enc(planId)}/items/${enc(first.id)}`, {
      expectedVersion: first.version,
      patch: {
        text: `建设专栏${HOSTILE}`,
        units: { ...first.units, responsible: [...first.units.responsible, '各县（区）人民政府'] },
      },
    });
    const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
    await author.send('POST', `/api/plans/${enc(planId)}/publish`, {
      expectedVersion: current.plan.version,
      summary: HOSTILE,
    });

    const unit = await api('bl-reporter-county');
    const { rows } = await unit.send<LedgerPage>('GET', `/api/ledger?q=${enc('window.__xss')}&limit=5`);
    expect(rows.length, 'the hostile task reaches 博罗县').toBeGreaterThan(0);
    const row = rows[0]!;
    const form = new FormData();
    form.set('expectedVersion', String(row.version));
    form.set('text', `报送${HOSTILE}`);
    form.append('files', new File([new TextEncoder().encode('%PDF-1.4 x')], `${IMG}.pdf`));
    const reported = await unit.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
    expect(reported.status).toBe(200);

    const supervisor = await api('hz-supervisor');
    await supervisor.send('POST', `/api/assignments/${enc(row.id)}/urge`, { message: `催办${HOSTILE}` });
    const detail = await supervisor.send<{ assignment: { version: number } }>('GET', `/api/assignments/${enc(row.id)}`);
    await supervisor.send('POST', `/api/assignments/${enc(row.id)}/return`, {
      expectedVersion: detail.assignment.version,
      reason: `退回${HOSTILE}`,
    });
  }, 180_000);

  const signedIn = async (username: string) => (await signedInPage(username)).page;

  /** Nothing ran, and the markup is on the page as text, characters and all. */
  async function expectInert(page: Page, where: string, literal: string[]) {
    // biome-ignore lint/performance/useDomNodeTextContent: what the user sees, laid out, is the point.
    const visibleText = () => page.locator('body').innerText();
    for (const text of literal) await expect.poll(visibleText, { message: `${where}: ${text}` }).toContain(text);
    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss), where).toBeUndefined();
    // No element the markup describes was ever created from it.
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count(), where).toBe(0);
  }

  it('plan outline and item editor show the task text literally', async () => {
    const page = await signedIn('hz-author');
    await page.goto(`${world.server.url}/plans/${enc(planId)}`);
    await expectInert(page, 'plan outline', [IMG, SCRIPT]);
    await page.locator('.outline-task button').first().click();
    await expect.poll(() => page.locator('.item-editor textarea').first().inputValue()).toContain(SCRIPT);
    await expectInert(page, 'item editor', [IMG]);
    await page.context().close();
  }, 90_000);

  it('ledger, assignment drawer and timeline show task, report, file name, urge and reason literally', async () => {
    const page = await signedIn('bl-reporter-county');
    await page.goto(`${world.server.url}/ledger`);
    await expectInert(page, 'ledger', [SCRIPT]);
    // Returned, the row says so (its reason on hover), not 已下达 like a new task.
    const returned = page.locator('.ledger-row', { hasText: SCRIPT }).first().locator('.state-returned');
    expect(await returned.textContent()).toBe('已退回');
    expect(await returned.getAttribute('title')).toContain(`退回理由：退回${IMG}`);
    await page.locator('.ledger-row', { hasText: SCRIPT }).first().locator('.task-cell button').click();
    await page.locator('.drawer .timeline').waitFor();
    await expectInert(page, 'assignment drawer', [`报送${IMG}`, `${IMG}.pdf`.replace(/[<>]/g, ''), `退回${IMG}`]);
    expect(await page.locator('.drawer .comment').textContent()).toContain(`退回理由：退回${IMG}`);
    // A reporter's empty ledger says where its tasks come from, not to publish a plan.
    await page.goto(`${world.server.url}/ledger?q=${enc('没有这样的任务')}`);
    await expect.poll(() => page.locator('.empty-state').textContent()).toContain('上级下达任务后会出现在这里');
    expect(await page.locator('.empty-state').textContent()).not.toContain('发布方案');
    await page.context().close();
  }, 90_000);

  it('notifications and dashboard stay inert', async () => {
    const unit = await signedIn('bl-reporter-county');
    await unit.goto(`${world.server.url}/notifications`);
    await expectInert(unit, 'notifications', [`退回${IMG}`, `催办${IMG}`]);
    for (const tag of await unit.locator('.notices .tag').allTextContents()) expect(tag).not.toContain('assignment.');
    await unit.context().close();
    const supervisor = await signedIn('hz-supervisor');
    await supervisor.goto(`${world.server.url}/dashboard`);
    await supervisor.locator('.summary-cards').waitFor();
    await expectInert(supervisor, 'dashboard', []);
    await supervisor.context().close();
    expect(world.problems).toEqual([]);
  }, 90_000);
});
