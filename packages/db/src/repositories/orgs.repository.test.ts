import { describe, expect, it } from 'vitest';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { getOrg, getOrgAncestors, listChildren, listSubtree, orgStats, searchOrgs } from './orgs.repository.ts';

describe('org tree', () => {
  forEachDatabase((getDb) => {
    it('loads a province once: a second run inserts nothing', async () => {
      const first = await seedOrgTree(getDb(), { provinces: ['44'] });
      expect(first.skipped).toBe(false);
      expect(first.inserted).toBeGreaterThan(1_000);
      const again = await seedOrgTree(getDb(), { provinces: ['44'] });
      expect(again).toMatchObject({ skipped: true, inserted: 0 });
    });

    it('finds 博罗县 under 惠州市 under 广东省, with its townships and departments', async () => {
      const { db } = getDb();
      const [boluo] = await searchOrgs(db, '博罗');
      expect(boluo).toMatchObject({
        id: '441322',
        name: '博罗县',
        level: 'county',
        divisionType: '县',
        kind: 'government',
      });
      expect((await getOrgAncestors(db, '441322')).map((o) => o.name)).toEqual(['广东省', '惠州市']);
      const children = await listChildren(db, '441322');
      const names = children.map((c) => c.name);
      expect(names).toContain('罗阳街道');
      expect(names).toContain('石坝镇');
      expect(names).toContain('博罗县司法局');
      expect(names[0]).toBe('博罗县人民政府办公室');
      expect(children.find((c) => c.name === '博罗县司法局')).toMatchObject({
        kind: 'department',
        function: 'justice',
        shortName: '县司法局',
      });
    });

    it('knows which townships have villages and which only communities', async () => {
      const { db } = getDb();
      const luoyang = await getOrg(db, '441322001'); // 罗阳街道: a town centre with both
      expect(luoyang.hasCommunities).toBe(true);
      const shiba = await getOrg(db, '441322100'); // 石坝镇: rural
      expect(shiba).toMatchObject({ hasVillages: true, divisionType: '镇' });
      const streets = (await listSubtree(db, '441302', ['government'])).filter((o) => o.level === 'township');
      expect(streets.some((s) => s.divisionType === '街道' && s.hasCommunities && !s.hasVillages)).toBe(true);
      const boluo = await getOrg(db, '441322');
      expect(boluo.villageCount).toBeGreaterThan(300);
    });

    it('searches by code prefix and treats LIKE wildcards as text', async () => {
      const { db } = getDb();
      expect((await searchOrgs(db, '4413'))[0]?.name).toBe('惠州市');
      expect((await getOrg(db, '4413')).id).toBe('441300'); // short codes are accepted
      expect(await searchOrgs(db, '%')).toEqual([]);
      expect(await searchOrgs(db, '   ')).toEqual([]);
    });

    it('counts the province by level', async () => {
      const stats = await orgStats(getDb().db);
      expect(stats.provinces).toBe(1);
      expect(stats.cities).toBe(21); // 广东's 21 prefecture-level cities
      expect(stats.counties).toBeGreaterThan(120);
      expect(stats.townships).toBeGreaterThan(1_500);
      expect(stats.departments).toBeGreaterThan(30 * (1 + 21 + 120));
    });

    it('throws a clear error for an unknown org', async () => {
      await expect(getOrg(getDb().db, '999999')).rejects.toThrow('单位 999999 不存在');
    });
  });
});
