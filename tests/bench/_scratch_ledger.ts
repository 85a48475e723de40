import { cascadePlan, openMigratedDatabase, queryLedger, seedOrgTree } from '@cascade/db';
import { startThrowawayPostgres } from '@cascade/db/testing';
import { huizhouPlan2022 } from './cascade-copy.ts';

const server = await startThrowawayPostgres();
const handle = await openMigratedDatabase({ url: server.url });
try {
  await seedOrgTree(handle, { provinces: ['44'] });
  await cascadePlan(handle, { parent: huizhouPlan2022(), rootOrgId: '440000', actor: 'bench' });
  await handle.execute('ANALYZE');
  const path = '/440000/441300/441322/';
  const [n] = await handle.query<{ n: number }>(`SELECT count(*)::int AS n FROM assignments WHERE org_path LIKE '${path}%'`);
  console.log('county rows', n);
  const q = { withinPath: path, year: 2022, states: ['assigned'], sort: 'due' as const, order: 'asc' as const, limit: 100, offset: 0 };
  const queries: string[] = [];
  const { openDatabase } = await import('@cascade/db');
  const traced = await openDatabase({ url: server.url, onQuery: (s) => queries.push(s) });
  await queryLedger(traced.db, q);
  for (const text of queries.slice(-2)) {
    const explain = await handle.query<Record<string, string>>(
      `EXPLAIN (ANALYZE, BUFFERS) ${text.replace(/\$(\d+)/g, (_, i) => `$${i}`)}`,
      [`${path}%`, 2022, 'assigned', 100, 0].slice(0, (text.match(/\$\d+/g) ?? []).length),
    ).catch((e) => [{ e: String(e) }]);
    for (const l of explain) console.log(Object.values(l)[0]);
  }
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await queryLedger(handle.db, q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log('queryLedger p50', times[25], 'p95', times[47]);
  await traced.close();
} finally {
  await handle.close();
  await server.stop();
}
