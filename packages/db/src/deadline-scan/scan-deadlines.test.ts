import { statesIn } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import { insertAssignments } from '../repositories/assignments.repository.ts';
import { countRollupFromScratch, readRollup } from '../repositories/rollup.repository.ts';
import { forEachDatabase } from '../testing/index.ts';
import { scanDeadlines } from './scan-deadlines.ts';

const row = (id: string, dueOn: string | null, state = 'assigned') => ({
  id,
  planId: 'plan-2022-441322',
  itemId: `item-${id}`,
  orgId: '441322-justice',
  orgPath: '/440000/441300/441322/441322-justice/',
  role: 'responsible',
  state,
  dueOn,
  year: 2022,
});

/** The library's paused state (暂缓), whatever it is called. */
const PAUSED = statesIn('suspended')[0] as string;

describe('deadline scan', () => {
  forEachDatabase((getDb) => {
    it('lights open work by working days left, reminds once per change, and keeps the roll-up true', async () => {
      const handle = getDb();
      await insertAssignments(handle.db, [
        row('a-green', '2023-03-31'),
        row('a-yellow', '2022-12-31'),
        row('a-red', '2022-08-31'),
        row('a-done', '2022-08-31', 'verified'),
        row('a-open', null),
        row('a-paused', '2022-08-31', PAUSED),
      ]);
      const first = await scanDeadlines(handle, { today: '2022-12-26' });
      expect(first.changed).toMatchObject({ green: 2, yellow: 1, red: 1 });
      expect(first.reminders).toBe(2);
      const lights = await handle.query<{ id: string; light: string; version: number }>(
        'SELECT id, light, version FROM assignments ORDER BY id',
      );
      expect(Object.fromEntries(lights.map((l) => [l.id, l.light]))).toEqual({
        'a-done': 'green',
        'a-green': 'green',
        'a-open': 'none',
        // 暂缓: overdue by its date, but paused work does not count down.
        'a-paused': 'none',
        'a-red': 'red',
        'a-yellow': 'yellow',
      });
      expect(lights.every((l) => l.version === 1)).toBe(true); // the scan never takes a user's version

      const again = await scanDeadlines(handle, { today: '2022-12-26' });
      expect(again.reminders).toBe(0);
      const events = await handle.query<{ subject_id: string }>(
        "SELECT subject_id FROM events WHERE type = 'assignment.reminder' ORDER BY subject_id",
      );
      expect(events.map((e) => e.subject_id)).toEqual(['a-red', 'a-yellow']);
      expect(await readRollup(handle.db, '441322', 2022)).toEqual(
        await countRollupFromScratch(handle.db, '441322', 2022),
      );
    });
  });
});
