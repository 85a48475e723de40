import { readFileSync } from 'node:fs';
import type { ImportResult, LedgerPage, LedgerRowDto, PlanDetail, PlanSummary } from '@cascade/contracts';
import { type DatabaseHandle, scanDeadlines } from '@cascade/db';
import type { createApp } from '../app.ts';
import { type ApiSession, signIn } from '../http/in-process-session.ts';

const MARK = 'demo-scenario-v1';
/** The demo is set in the 2022 work year, three quarters in: some work done, some due, some late. */
export const DEMO_TODAY = '2022-09-15';

const document = (name: string) => readFileSync(new URL(`./documents/${name}`, import.meta.url), 'utf8');
const enc = encodeURIComponent;
const EVIDENCE = new TextEncoder().encode('%PDF-1.4\n% 演示佐证材料：政府网站专栏截图\n%%EOF\n');

type Log = (line: string) => void;

/**
 * The day the deadline scan counts from on this database: the demo's day when it holds the demo
 * scenario (its 2022 story would otherwise turn all red at the first scan on today's date), else
 * undefined (today, in China).
 */
export async function demoToday(database: DatabaseHandle): Promise<string | undefined> {
  const [mark] = await database.query<{ counts: { today?: string } | null }>(
    'SELECT counts FROM seed_marks WHERE name = $1',
    [MARK],
  );
  return mark?.counts?.today;
}

/**
 * The story the demo database tells, built through the product's own API as the demo users
 * (so every row has its events and actors): 惠州市 imports and publishes its 2022 plan; 博罗县
 * derives, adjusts and publishes its own; units report, supervisors verify, return and urge;
 * 垫江县 publishes its 2022 plan; 贵溪市's 2021 plan is left with unfinished work for a 回头看.
 */
export async function ensureDemoScenario(
  database: DatabaseHandle,
  app: ReturnType<typeof createApp>,
  password: string,
  log: Log,
): Promise<boolean> {
  const done = await database.query('SELECT 1 FROM seed_marks WHERE name = $1', [MARK]);
  if (done.length) return false;
  const as = (username: string) => signIn(app, username, password);

  log('演示数据：惠州市导入并印发 2022 年工作要点…');
  const hzAuthor = await as('hz-author');
  const huizhou = await importAndPublish(hzAuthor, 'huizhou-city-2022.txt', '惠州市2022年政务公开工作要点（印发稿）');

  log('演示数据：博罗县分解、调整并下达…');
  const deriver = await as('bl-deriver');
  const boluo = await deriver.send<PlanSummary>('POST', `/api/plans/${enc(huizhou.id)}/derive`, {
    childOrgId: '441322',
  });
  const boluoDetail = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(boluo.id)}`);
  const adjusted = boluoDetail.items.find((i) => i.kind === 'task' && i.deadline?.kind === 'yearEnd');
  if (adjusted) {
    await deriver.send('PATCH', `/api/plans/${enc(boluo.id)}/items/${enc(adjusted.id)}`, {
      expectedVersion: adjusted.version,
      reason: '县里结合实际提前完成',
      patch: { deadlineText: '2022年11月底前' },
    });
  }
  const current = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(boluo.id)}`);
  await deriver.send('POST', `/api/plans/${enc(boluo.id)}/publish`, {
    expectedVersion: current.plan.version,
    summary: '博罗县2022年政务公开工作任务分解（首次下达）',
  });

  log('演示数据：报送、核验、退回与督办…');
  const reporter = await as('bl-reporter');
  const rows = (await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(boluo.id)}&limit=4`)).rows;
  const reported: LedgerRowDto[] = [];
  for (const row of rows.slice(0, 3))
    reported.push(await report(reporter, row, '已按要求在政府网站专栏公开，并报送相关截图。'));
  const supervisor = await as('bl-supervisor');
  if (reported[0])
    await supervisor.send('POST', `/api/assignments/${enc(reported[0].id)}/verify`, {
      expectedVersion: reported[0].version,
      comment: '材料齐全，核验通过',
    });
  if (reported[1])
    await supervisor.send('POST', `/api/assignments/${enc(reported[1].id)}/return`, {
      expectedVersion: reported[1].version,
      reason: '缺少栏目链接和更新记录，请补充后重新报送',
    });
  const cityRows = (
    await (await as('hz-justice-reporter')).send<LedgerPage>('GET', `/api/ledger?planId=${enc(huizhou.id)}&limit=2`)
  ).rows;
  const cityReporter = await as('hz-justice-reporter');
  const hzSupervisor = await as('hz-supervisor');
  for (const [i, row] of cityRows.entries()) {
    const done = await report(cityReporter, row, '已完成并在部门网站公开。');
    if (i === 0)
      await hzSupervisor.send('POST', `/api/assignments/${enc(done.id)}/verify`, { expectedVersion: done.version });
  }
  const county = (
    await hzSupervisor.send<LedgerPage>('GET', `/api/ledger?planId=${enc(huizhou.id)}&orgId=441322&limit=1`)
  ).rows[0];
  if (county)
    await hzSupervisor.send('POST', `/api/assignments/${enc(county.id)}/urge`, {
      message: '请于9月底前报送本项工作进展',
    });

  log('演示数据：垫江县 2022 年工作要点…');
  await importAndPublish(await as('dj-author'), 'dianjiang-county-2022.txt', '垫江县2022年政务公开工作要点');

  log('演示数据：贵溪市 2021 年工作要点（留有未完成事项，可开展回头看）…');
  const guixi = await importAndPublish(
    await as('gx-author'),
    'guixi-city-2021.txt',
    '贵溪市2021年政务公开工作要点',
    2021,
  );
  const gxReporter = await as('gx-office-reporter');
  const gxRows = (await gxReporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(guixi.id)}&limit=3`)).rows;
  const gxSupervisor = await as('gx-supervisor');
  for (const [i, row] of gxRows.entries()) {
    if (i === 2) break; // the third stays unfinished
    const done = await report(gxReporter, row, '已完成。');
    if (i === 0)
      await gxSupervisor.send('POST', `/api/assignments/${enc(done.id)}/verify`, { expectedVersion: done.version });
  }

  log(`演示数据：按 ${DEMO_TODAY} 计算红黄绿灯…`);
  await scanDeadlines(database, { today: DEMO_TODAY });
  await database.query('INSERT INTO seed_marks (name, counts) VALUES ($1, $2)', [
    MARK,
    JSON.stringify({ today: DEMO_TODAY }),
  ]);
  return true;
}

async function importAndPublish(
  author: ApiSession,
  file: string,
  summary: string,
  year?: number,
): Promise<PlanSummary> {
  const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
    text: document(file),
    fileName: file,
    ...(year ? { year } : {}),
  });
  await author.send('POST', `/api/plans/${enc(imported.plan.id)}/publish`, {
    expectedVersion: imported.plan.version,
    summary,
  });
  return imported.plan;
}

async function report(session: ApiSession, row: LedgerRowDto, text: string): Promise<LedgerRowDto> {
  const form = new FormData();
  form.set('expectedVersion', String(row.version));
  form.set('text', text);
  form.append('files', new File([EVIDENCE], '政府网站专栏截图.pdf', { type: 'application/pdf' }));
  const res = await session.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
  if (!res.ok) throw new Error(`演示数据报送失败：${res.status} ${await res.text()}`);
  return (await res.json()) as LedgerRowDto;
}
