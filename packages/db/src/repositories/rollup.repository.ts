import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

/** Ids of an org and all its ancestors, from its path "/440000/441300/441322/". */
export function pathIds(orgPath: string): string[] {
  return orgPath.split('/').filter(Boolean);
}

type Bucket = { state: string; light: string };

/**
 * One statement that takes an assignment out of one (state, light) bucket and into another in
 * the roll-up of its org and every ancestor. The rows are upserted in (org, state, light) order
 * whoever writes: two transitions under the same ancestors then wait for each other instead of
 * deadlocking, as they did when the decrement and the increment were separate statements that
 * locked the same rows in opposite orders. `gate` names a CTE that must have a row (the
 * assignment's own update) for anything to be counted.
 */
export function rollupMove(
  orgPath: string,
  year: number,
  from: Bucket | null,
  to: Bucket | null,
  gate?: string,
): SQL | undefined {
  const deltas = new Map<string, { id: string; bucket: Bucket; delta: number }>();
  const add = (id: string, bucket: Bucket, delta: number) => {
    const key = `${id}\t${bucket.state}\t${bucket.light}`;
    const entry = deltas.get(key) ?? { id, bucket, delta: 0 };
    entry.delta += delta;
    deltas.set(key, entry);
  };
  for (const id of pathIds(orgPath)) {
    if (from) add(id, from, -1);
    if (to) add(id, to, 1);
  }
  const rows = [...deltas.values()].filter((d) => d.delta !== 0);
  if (!rows.length) return undefined;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}, ${r.bucket.state}, ${r.bucket.light}, ${r.delta}::int)`),
    sql`, `,
  );
  return sql`INSERT INTO rollup_counts (org_id, year, state, light, count)
    SELECT v.org_id, ${year}::int, v.state, v.light, v.delta
    FROM (VALUES ${values}) AS v(org_id, state, light, delta)${gate ? sql.raw(`, ${gate}`) : sql``}
    ORDER BY v.org_id, v.state, v.light
    ON CONFLICT (org_id, year, state, light) DO UPDATE SET count = rollup_counts.count + excluded.count`;
}

/** `rollupMove` on its own, inside the caller's transaction so counts and states never disagree. */
export async function moveInRollup(db: Db, orgPath: string, year: number, from: Bucket | null, to: Bucket | null) {
  const statement = rollupMove(orgPath, year, from, to);
  if (statement) await db.execute(statement);
}

/** Counts new rows into every ancestor's roll-up with one statement (not one per row). */
export async function addToRollup(
  db: Db,
  year: number,
  rows: readonly { orgPath: string; state: string; light: string }[],
) {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const id of pathIds(row.orgPath)) {
      const key = `${id}\t${row.state}\t${row.light}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const values = [...counts].map(([key, count]) => {
    const [id, state, light] = key.split('\t');
    return sql`(${id}, ${year}, ${state}, ${light}, ${count})`;
  });
  for (let i = 0; i < values.length; i += 1000) {
    await db.execute(sql`INSERT INTO rollup_counts (org_id, year, state, light, count)
      VALUES ${sql.join(values.slice(i, i + 1000), sql`, `)}
      ON CONFLICT (org_id, year, state, light) DO UPDATE SET count = rollup_counts.count + excluded.count`);
  }
}

export type RollupRow = { state: string; light: string; count: number };

/** Counts by state and light for an org's whole subtree in one year: one indexed read. */
export async function readRollup(db: Db, orgId: string, year: number): Promise<RollupRow[]> {
  const result = await db.execute<{ state: string; light: string; count: number }>(sql`
    SELECT state, light, count FROM rollup_counts
    WHERE org_id = ${orgId} AND year = ${year} AND count <> 0 ORDER BY state, light`);
  return rowsOf<RollupRow>(result).map((r) => ({ state: r.state, light: r.light, count: Number(r.count) }));
}

/**
 * Counts by state and light summed over several subtrees in one read: the whole country is the
 * sum of its province roots (there is no national org above them). The roots must not lie one
 * under another, or the lower one's rows are counted twice.
 */
export async function readRollupOfRoots(db: Db, rootIds: readonly string[], year: number): Promise<RollupRow[]> {
  if (!rootIds.length) return [];
  const result = await db.execute<{ state: string; light: string; count: number }>(sql`
    SELECT state, light, sum(count)::int AS count FROM rollup_counts
    WHERE year = ${year} AND org_id IN (${sql.join(
      rootIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY state, light HAVING sum(count) <> 0 ORDER BY state, light`);
  return rowsOf<RollupRow>(result).map((r) => ({ state: r.state, light: r.light, count: Number(r.count) }));
}

/** The same counts computed from the assignments themselves: the consistency check's reference. */
export async function countRollupFromScratch(db: Db, orgId: string, year: number): Promise<RollupRow[]> {
  const result = await db.execute<{ state: string; light: string; count: number }>(sql`
    SELECT state, light, count(*)::int AS count FROM assignments
    WHERE year = ${year} AND org_path LIKE ${`%/${orgId}/%`}
    GROUP BY state, light ORDER BY state, light`);
  return rowsOf<RollupRow>(result).map((r) => ({ state: r.state, light: r.light, count: Number(r.count) }));
}

/** Rebuilds every roll-up row of a year from the assignments (after a bulk load, or to repair). */
export async function rebuildRollup(db: Db, year: number): Promise<void> {
  await db.transaction(async (tx) => {
    // One recount at a time, and no transition's count in between: two recounts at once (the
    // deadline scan on one instance, a cascade's end on another) deleted each other's rows and
    // then inserted the same keys; a transition committed mid-recount was counted twice. This
    // mode conflicts with itself and with the row writes of transitions, which wait the moment.
    await tx.execute(sql`LOCK TABLE rollup_counts IN SHARE ROW EXCLUSIVE MODE`);
    await tx.execute(sql`DELETE FROM rollup_counts WHERE year = ${year}`);
    await tx.execute(sql`
      INSERT INTO rollup_counts (org_id, year, state, light, count)
      SELECT ancestor, ${year}, state, light, count(*)::int
      FROM assignments, unnest(string_to_array(trim(both '/' from org_path), '/')) AS ancestor
      WHERE year = ${year}
      GROUP BY ancestor, state, light`);
  });
}

/** drizzle returns rows as an array on postgres.js and as `{ rows }` on PGlite. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Roll-up rows of several orgs at once (an org and its children, for drill-down). */
export async function readRollups(db: Db, orgIds: readonly string[], year: number): Promise<Map<string, RollupRow[]>> {
  const byOrg = new Map<string, RollupRow[]>(orgIds.map((id) => [id, []]));
  if (!orgIds.length) return byOrg;
  const result = await db.execute(sql`
    SELECT org_id, state, light, count FROM rollup_counts
    WHERE year = ${year} AND count <> 0 AND org_id IN (${sql.join(
      orgIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  for (const r of rowsOf<{ org_id: string; state: string; light: string; count: number }>(result))
    byOrg.get(r.org_id)?.push({ state: r.state, light: r.light, count: Number(r.count) });
  return byOrg;
}
