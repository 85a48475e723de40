import { readFileSync } from 'node:fs';
import { CASCADE_COLUMNS, type DatabaseHandle } from '@cascade/db';
import { type PlanDraft, type PlanJson, planDraftFromJson } from '@cascade/engine';

/**
 * What the cascade benchmarks share: the raw COPY baseline (the rows the cascade wrote, read back
 * and written again with nothing but COPY) and the latency arithmetic.
 */

const fixture = new URL('../fixtures/import/huizhou-city-2022.expected.json', import.meta.url);

/** 惠州市's 53-measure plan of 2022 (the import fixture): the plan every cascade benchmark cascades. */
export function huizhouPlan2022(): PlanDraft {
  return planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);
}

const TABLES = Object.entries(CASCADE_COLUMNS).map(([name, columns]) => ({ name, columns: [...columns] }));

type TableDump = { name: string; columns: string[]; rows: unknown[][] };

/**
 * Which plans' rows: all of them, or those of the plans owned by orgs under a path (one province's
 * at a time, so a national run holds one province's rows in memory, not the country's).
 */
function scopeOf(ownerPath: string | undefined): { plans: string; ofPlans: string; params: unknown[] } {
  if (!ownerPath) return { plans: 'TRUE', ofPlans: 'TRUE', params: [] };
  const owned = 'SELECT p.id FROM plans p JOIN orgs o ON o.id = p.owner_org_id WHERE o.path LIKE $1';
  return { plans: `id IN (${owned})`, ofPlans: `plan_id IN (${owned})`, params: [`${ownerPath}%`] };
}

async function dumpCascadeRows(handle: DatabaseHandle, ownerPath: string | undefined): Promise<TableDump[]> {
  const scope = scopeOf(ownerPath);
  const dumps: TableDump[] = [];
  for (const t of TABLES) {
    const filter = t.name === 'plans' ? scope.plans : scope.ofPlans;
    const rows = await handle.query<Record<string, unknown>>(
      `SELECT ${t.columns.join(', ')} FROM ${t.name} WHERE ${filter}`,
      scope.params,
    );
    dumps.push({
      ...t,
      rows: rows.map((r) =>
        t.columns.map((c) => (r[c] instanceof Date ? (r[c] as Date).toISOString().slice(0, 10) : r[c])),
      ),
    });
  }
  return dumps;
}

async function deleteCascadeRows(handle: DatabaseHandle, ownerPath: string | undefined): Promise<void> {
  const scope = scopeOf(ownerPath);
  // Children before parents: the plans' rows go last, so the subqueries still find them.
  for (const table of ['assignments', 'plan_items', 'plan_versions'])
    await handle.query(`DELETE FROM ${table} WHERE ${scope.ofPlans}`, scope.params);
  await handle.query(`DELETE FROM plans WHERE ${scope.plans}`, scope.params);
}

/**
 * Reads the rows the cascade wrote (all, or those of the plans owned under `ownerPath`), deletes
 * them, then times writing exactly those rows back with raw COPY. Only the COPY is timed.
 */
export async function rawCopyMs(handle: DatabaseHandle, ownerPath?: string): Promise<{ ms: number; rows: number }> {
  const dumps = await dumpCascadeRows(handle, ownerPath);
  await deleteCascadeRows(handle, ownerPath);
  const start = performance.now();
  let rows = 0;
  for (const d of dumps) rows += await handle.copyInto(d.name, d.columns, d.rows);
  return { ms: performance.now() - start, rows };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Runs `work` one call after another `runs` times: each call's milliseconds, sorted. With a
 * `budgetMs`, stops early (after at least 10 calls) once the calls have taken that long: a naive
 * baseline over millions of rows would otherwise hold a national run for many minutes.
 */
export async function timeRuns(
  runs: number,
  work: (index: number) => Promise<unknown>,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<number[]> {
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < runs && (i < 10 || spent < budgetMs); i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
    spent += times[times.length - 1] as number;
  }
  return times.sort((a, b) => a - b);
}

/** Milliseconds as the tables print them: two decimals. */
export const roundMs = (ms: number) => Math.round(ms * 100) / 100;

export const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
