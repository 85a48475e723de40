import { type DatabaseHandle, scanDeadlines } from '@cascade/db';
import type { createApp } from '../app.ts';
import { type ApiSession, signIn } from '../http/in-process-session.ts';
import { DEMO_PARTS, type DemoPart, orgsOfPart } from './demo-parts.ts';

/** The completion mark in seed_marks; each built part adds `${MARK}:<part>`. */
const MARK = 'demo-scenario-v1';
/** The demo is set in the 2022 work year, three quarters in: some work done, some due, some late. */
export const DEMO_TODAY = '2022-09-15';

type Log = (line: string) => void;
type CompletionMark = { today?: string; skipped?: string[] };

/**
 * The day the deadline scan counts from on this database: the demo's day when it holds the demo
 * scenario (its 2022 story would otherwise turn all red at the first scan on today's date), else
 * undefined (today, in China).
 */
export async function demoToday(database: DatabaseHandle): Promise<string | undefined> {
  return (await completionMark(database))?.today;
}

async function completionMark(database: DatabaseHandle): Promise<CompletionMark | undefined> {
  const [mark] = await database.query<{ counts: CompletionMark | null }>(
    'SELECT counts FROM seed_marks WHERE name = $1',
    [MARK],
  );
  return mark ? (mark.counts ?? {}) : undefined;
}

/**
 * The story the demo database tells, built through the product's own API as the demo users
 * (so every row has its events and actors): 惠州市 imports and publishes its 2022 plan; 博罗县
 * derives, adjusts and publishes its own; units report, supervisors verify, return and urge;
 * 博罗县司法局 gets its 股室; 垫江县 publishes its 2022 plan; 贵溪市's 2021 plan is left with
 * unfinished work for a 回头看.
 *
 * Only the parts whose orgs are in the loaded org tree are built (ORG_PROVINCES may leave a
 * province out: the log says which part is skipped); a part skipped is built on a later start
 * that has its province, and so is a part added to the demo after a database was built. Each part
 * is marked when built, and each of its steps looks first at what the database holds, so a run
 * interrupted half-way is completed by the next without duplicates. A complete demo is marked too,
 * and a later start returns at once. The demo accounts must exist (`ensureAccounts`). True when
 * something was built.
 */
export async function ensureDemoScenario(
  database: DatabaseHandle,
  app: ReturnType<typeof createApp>,
  password: string,
  log: Log,
): Promise<boolean> {
  const complete = await completionMark(database);
  const built = new Set(
    (await database.query<{ name: string }>('SELECT name FROM seed_marks WHERE name LIKE $1', [`${MARK}:%`])).map((r) =>
      r.name.slice(MARK.length + 1),
    ),
  );
  // Parts not built yet: skipped before for want of their province, or added to the demo since.
  const pending = DEMO_PARTS.filter((p) => !built.has(p.key));
  if (complete && !pending.length) return false;
  const loaded = await loadedOrgs(database, pending.flatMap(orgsOfPart));
  const isLoadable = (part: DemoPart) => orgsOfPart(part).every((id) => loaded.has(id));
  const skipped = pending.filter((p) => !isLoadable(p));
  for (const part of skipped) log(skipMessage(part, loaded));
  // Complete but for parts whose province is still not loaded: nothing to do.
  if (complete && pending.every((p) => skipped.includes(p))) return false;

  const sessions = new Map<string, Promise<ApiSession>>();
  const as = (username: string) => {
    const session = sessions.get(username) ?? signIn(app, username, password);
    sessions.set(username, session);
    return session;
  };
  for (const part of pending) {
    if (!isLoadable(part)) continue;
    await part.build({ as, log });
    await database.query('INSERT INTO seed_marks (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [
      `${MARK}:${part.key}`,
    ]);
  }

  log(`演示数据：按 ${DEMO_TODAY} 计算红黄绿灯…`);
  await scanDeadlines(database, { today: DEMO_TODAY });
  const mark: CompletionMark = { today: DEMO_TODAY, skipped: skipped.map((p) => p.key) };
  await database.query(
    'INSERT INTO seed_marks (name, counts) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET counts = excluded.counts, completed_at = now()',
    [MARK, JSON.stringify(mark)],
  );
  return true;
}

async function loadedOrgs(database: DatabaseHandle, ids: readonly string[]): Promise<Set<string>> {
  const rows = await database.query<{ id: string }>('SELECT id FROM orgs WHERE id = ANY($1)', [[...new Set(ids)]]);
  return new Set(rows.map((r) => r.id));
}

/** 演示数据：未加载 50（重庆市），跳过垫江县的部分 */
function skipMessage(part: DemoPart, loaded: ReadonlySet<string>): string {
  const { code, name } = part.province;
  if (!loaded.has(`${code}0000`)) return `演示数据：未加载 ${code}（${name}），跳过${part.name}的部分`;
  const missing = orgsOfPart(part).filter((id) => !loaded.has(id));
  return `演示数据：组织机构树中没有 ${missing.join('、')}，跳过${part.name}的部分`;
}
