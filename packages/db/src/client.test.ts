import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { events } from './schema/index.ts';
import { forEachDatabase } from './testing/index.ts';

describe('database client', () => {
  forEachDatabase((getDb) => {
    it('prices index lookups for a solid-state disk, so a county joins its own rows and not a province’s', async () => {
      const [cost] = await getDb().query<{ random_page_cost: string }>('SHOW random_page_cost');
      expect(cost?.random_page_cost).toBe('1.1');
    });

    it('bulk-loads rows with COPY, keeping tabs, newlines, backslashes and JSON intact', async () => {
      const { copyInto, db } = getDb();
      const tricky = 'line one\nline\ttwo \\ 〔2022〕8号';
      const n = await copyInto(
        'events',
        ['actor', 'type', 'subject_type', 'subject_id', 'payload'],
        [
          ['system:test', 'copied', 'org', '441322', { note: tricky }],
          ['system:test', 'copied', 'org', '441302', {}],
        ],
      );
      expect(n).toBe(2);
      const rows = await db.select().from(events).where(sql`${events.subjectId} = '441322'`);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.payload).toEqual({ note: tricky });
    });

    it('rolls back a raw transaction as a whole, COPY included', async () => {
      const handle = getDb();
      const before = await handle.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
      await expect(
        handle.rawTransaction(async (tx) => {
          await tx.copyInto(
            'events',
            ['actor', 'type', 'subject_type', 'subject_id'],
            [['system:test', 'x', 'org', '1']],
          );
          throw new Error('crash mid-load');
        }),
      ).rejects.toThrow('crash mid-load');
      expect(await handle.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).toEqual(before);
    });

    it('rejects a second event with the same idempotency key', async () => {
      const { db } = getDb();
      const row = { actor: 'u1', type: 'reported', subjectType: 'assignment', subjectId: 'a1', idempotencyKey: 'k-1' };
      await db.insert(events).values(row);
      await expect(db.insert(events).values(row)).rejects.toThrow();
    });
  });
});
