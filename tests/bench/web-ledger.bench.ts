import { DEMO_ACCOUNTS, ensureAccounts, TEST_PASSWORD } from '@cascade/server/testing';
import { isChromiumAvailable, launchChromium } from '../support/browser.ts';
import { buildWebApp, startTestServer } from '../support/test-server.ts';
import type { Benchmark, BenchResult } from './bench-result.ts';

const ROWS = 10_000;

/**
 * The floor: a plain <table> built with DOM calls from the same rows, then rebuilt sorted by due
 * date (descending, as the ledger's re-sort). Plain JavaScript source, so the bundler's helpers
 * never leak into the page.
 */
const PLAIN_TABLE_BASELINE = `function (items) {
  const table = document.createElement('table');
  const render = (list) => {
    const body = document.createElement('tbody');
    for (const r of list) {
      const tr = body.insertRow();
      for (const v of [r.unit, r.due, r.state]) tr.insertCell().textContent = v;
    }
    table.replaceChildren(body);
    table.getBoundingClientRect();
  };
  const t0 = performance.now();
  document.body.append(table);
  render(items);
  const t1 = performance.now();
  render([...items].sort((a, b) => b.due.localeCompare(a.due)));
  return { render: t1 - t0, sort: performance.now() - t1 };
}`;

/**
 * The ledger with 10,000 rows in headless Chromium: time from opening the page to the rows on
 * screen, and to re-sort by due date — against a plain HTML table of the same rows built and
 * sorted by hand in the same browser (the floor for showing that much data).
 */
async function run(log: (line: string) => void): Promise<BenchResult[]> {
  const server = await startTestServer({ provinces: ['44'], webDist: await buildWebApp() });
  const browser = await launchChromium();
  try {
    const handle = server.database;
    await ensureAccounts(
      handle.db,
      DEMO_ACCOUNTS.filter((a) => a.username === 'hz-supervisor'),
      TEST_PASSWORD,
    );
    const orgs = await handle.query<{ id: string; path: string }>(
      "SELECT id, path FROM orgs WHERE path LIKE '/440000/441300/%' AND kind IN ('department', 'government') ORDER BY id",
    );
    await handle.execute(`INSERT INTO plans (id, owner_org_id, year, title) VALUES ('bench', '441300', 2022, '基准方案');
      INSERT INTO plan_items (id, plan_id, position, kind, label, path, text) VALUES ('bench#1', 'bench', 0, 'task', '1.', '["1."]', '基准任务：在政府网站开设专栏并按时更新');`);
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const org = orgs[i % orgs.length] as { id: string; path: string };
      const due = `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return [`bench-${i}`, 'bench', 'bench#1', org.id, org.path, 'responsible', `p${i}`, 'assigned', 2022, due];
    });
    await handle.copyInto(
      'assignments',
      ['id', 'plan_id', 'item_id', 'org_id', 'org_path', 'role', 'period_key', 'state', 'year', 'due_on'],
      rows,
    );

    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('hz-supervisor');
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.app-header .account').waitFor();
    const start = Date.now();
    await page.goto(`${server.url}/ledger?planId=bench`);
    await page.locator('.ledger-row').first().waitFor();
    const renderMs = Date.now() - start;
    const total = await page.locator('[role="status"]').first().textContent();
    const dueHeader = page.locator('[role="columnheader"]', { hasText: '到期日' });
    const sortButton = dueHeader.getByRole('button');
    // Ascending first (the earliest rows may already lead), then time the re-sort to descending:
    // done when the latest due date (2022-12-28) leads the table on screen.
    await sortButton.click();
    await page.waitForFunction(() => document.querySelector('[aria-sort="ascending"]') !== null);
    const sortStart = Date.now();
    await sortButton.click();
    await page.waitForFunction(() => document.querySelector('.ledger-row')?.textContent?.includes('2022-12-28'));
    const sortMs = Date.now() - sortStart;

    // Baseline: the same rows as a plain table, built from JSON and sorted by due date by hand.
    const data = rows.map((r) => ({ unit: String(r[3]), due: String(r[9]), state: '已下达' }));
    const baseline = (await page.evaluate(`(${PLAIN_TABLE_BASELINE})(${JSON.stringify(data)})`)) as {
      render: number;
      sort: number;
    };
    log(
      `web ledger: ${total}; first render ${renderMs} ms, re-sort ${sortMs} ms; plain table ${baseline.render.toFixed(0)} / ${baseline.sort.toFixed(0)} ms`,
    );
    const shown = Number(/共 (\d+) 条/.exec(total ?? '')?.[1] ?? 0);
    const result = (name: string, ms: number, base: number, target: string, met: boolean): BenchResult => ({
      name,
      value: ms,
      unit: 'ms',
      baseline: 'plain HTML table of the same rows, same browser',
      baselineValue: Math.round(base),
      ratio: ms / Math.max(base, 1),
      target,
      met,
      agrees: shown === ROWS,
      details: { rows: shown },
    });
    return [
      result(
        'web ledger: 10,000 rows to first render (incl. fetch)',
        renderMs,
        baseline.render,
        '< 3000 ms',
        renderMs < 3000,
      ),
      result('web ledger: re-sort 10,000 rows', sortMs, baseline.sort, '< 500 ms', sortMs < 500),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export const webLedgerBenchmark: Benchmark = {
  name: 'web',
  async run({ log }) {
    if (!isChromiumAvailable()) {
      log('web ledger skipped: /usr/bin/chromium not found (apt-get install -y chromium)');
      return [];
    }
    return run(log);
  },
};
