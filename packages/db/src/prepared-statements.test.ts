import { eq, inArray, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isPrepared } from './prepared-statements.ts';
import { orgs } from './schema/index.ts';
import { forEachDatabase } from './testing/index.ts';

/** The statements the transaction's connection holds prepared, by their text. */
const preparedOn = async (tx: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }) => {
  const result = (await tx.execute(sql`SELECT statement FROM pg_prepared_statements`)) as unknown as {
    statement: string;
  }[];
  return [...result].map((r) => r.statement);
};

describe('which statements are prepared', () => {
  it('prepares a lookup by value, not a pattern match, a bulk write or a statement without parameters', () => {
    expect(isPrepared('select "id" from "orgs" where "orgs"."id" = $1', 1)).toBe(true);
    expect(isPrepared('SELECT * FROM assignments a WHERE a.org_path LIKE $1 AND a.year = $2', 2)).toBe(false);
    expect(isPrepared('SELECT * FROM orgs WHERE name ilike $1', 1)).toBe(false);
    expect(isPrepared('SELECT * FROM orgs WHERE path ~ $1', 1)).toBe(false);
    expect(isPrepared('INSERT INTO events VALUES ($1, …, $101)', 101)).toBe(false);
    expect(isPrepared('SELECT 1', 0)).toBe(false);
  });
});

describe('prepared statements on PostgreSQL', () => {
  forEachDatabase((getDb, kind) => {
    it('answers the same rows as before, in and out of transactions and savepoints', async () => {
      const { db } = getDb();
      const outside = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, 'no-such-org'));
      const nested = await db.transaction((tx) =>
        tx.transaction((inner) => inner.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, 'no-such-org'))),
      );
      expect(outside).toEqual([]);
      expect(nested).toEqual([]);
    });

    // PGlite has no connection pool and no round trips: the wrapper is PostgreSQL's only.
    if (kind !== 'postgres') return;

    it('prepares a parameterized query once per connection and reuses it', async () => {
      const { db } = getDb();
      const statements = await db.transaction(async (tx) => {
        for (const id of ['441300', '441322', '441302'])
          await tx.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, id));
        return preparedOn(tx);
      });
      const lookups = statements.filter((s) => s.includes('from "orgs" where "orgs"."id" = $1'));
      expect(lookups).toHaveLength(1);
    });

    it('leaves a subtree match unprepared: a county is never served the plan made for a province', async () => {
      const { db } = getDb();
      const statements = await db.transaction(async (tx) => {
        for (const path of ['44/', '44/4413/', '44/4413/441322/'])
          await tx
            .select({ id: orgs.id })
            .from(orgs)
            .where(like(orgs.path, `${path}%`));
        return preparedOn(tx);
      });
      expect(statements.filter((s) => s.includes('like'))).toEqual([]);
    });

    it('leaves a statement of many parameters unprepared (a bulk write whose text changes with its size)', async () => {
      const { db } = getDb();
      const ids = Array.from({ length: 200 }, (_, i) => `no-such-org-${i}`);
      const statements = await db.transaction(async (tx) => {
        expect(await tx.select({ id: orgs.id }).from(orgs).where(inArray(orgs.id, ids))).toEqual([]);
        return preparedOn(tx);
      });
      expect(statements.filter((s) => s.includes('$200'))).toEqual([]);
    });
  });
});
