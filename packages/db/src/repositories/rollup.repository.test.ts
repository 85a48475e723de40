import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../testing/index.ts';
import { insertAssignments, type NewAssignment } from './assignments.repository.ts';
import { countRollupFromScratch, readRollup, readRollupOfRoots, rebuildRollup } from './rollup.repository.ts';

const year = 2031;
const row = (id: string, orgPath: string, light: string): NewAssignment => {
  const orgId = orgPath.split('/').filter(Boolean).at(-1) as string;
  return { id, planId: 'plan-x', itemId: `item-${id}`, orgId, orgPath, role: 'lead', state: 'assigned', year, light };
};

describe('the roll-up of several roots (the whole country)', () => {
  forEachDatabase((getDb) => {
    it('sums each root subtree in one read, as the roots read one by one', async () => {
      const { db } = getDb();
      await insertAssignments(db, [
        row('gd-1', '/440000/441300/441322/', 'green'),
        row('gd-2', '/440000/441300/', 'red'),
        row('bj-1', '/110000/110101/', 'green'),
        row('bj-2', '/110000/110101/110101001/', 'green'),
        row('sh-1', '/310000/310101/', 'yellow'),
      ]);
      await rebuildRollup(db, year);
      const country = await readRollupOfRoots(db, ['440000', '110000', '310000'], year);
      expect(country).toEqual([
        { state: 'assigned', light: 'green', count: 3 },
        { state: 'assigned', light: 'red', count: 1 },
        { state: 'assigned', light: 'yellow', count: 1 },
      ]);
      const two = await readRollupOfRoots(db, ['440000', '110000'], year);
      const sumOf = async (ids: string[]) => {
        const rows = (await Promise.all(ids.map((id) => countRollupFromScratch(db, id, year)))).flat();
        return rows.reduce((n, r) => n + r.count, 0);
      };
      expect(two.reduce((n, r) => n + r.count, 0)).toBe(await sumOf(['440000', '110000']));
      expect(await readRollupOfRoots(db, ['440000'], year)).toEqual(await readRollup(db, '440000', year));
      expect(await readRollupOfRoots(db, [], year)).toEqual([]);
    });
  });
});
