import { describe, expect, it } from 'vitest';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { getOrg, getOrgAncestors, listChildren, listSubtree, orgStats, searchOrgs } from './orgs.repository.ts';

describe('org tree', () => {
  forEachDatabase((getDb) => {
    it('loads a province once: a second run inserts nothing', async () => {
      const indexes = () =>
        getDb().query<{ indexdef: string }>(
          "SELECT indexdef FROM pg_indexes WHERE tablename = 'orgs' ORDER BY indexname",
        );
      const before = await indexes();
      const first = await seedOrgTree(getDb(), { provinces: ['44'] });
      // The load drops the secondary indexes and builds them again over the loaded rows: all there, as migrated.
      expect(await indexes()).toEqual(before);
      expect(before.length).toBeGreaterThanOrEqual(5);
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

    it('gives each township its own 党政办 and 办（中心）, named as its documents name them, and no 部门', async () => {
      const { db } = getDb();
      const shiba = await listChildren(db, '441322100'); // 石坝镇: a town with villages
      expect(shiba.map((o) => o.shortName)).toEqual([
        '党政办',
        '社会事务办',
        '经济发展办',
        '农业农村办',
        '规划建设办',
        '综治中心',
        '应急办',
        '便民服务中心',
      ]);
      expect(shiba[1]).toMatchObject({
        id: '441322100-socialAffairs',
        name: '石坝镇社会事务办公室',
        fullName: '广东省惠州市博罗县石坝镇社会事务办公室',
        level: 'township',
        kind: 'department',
        function: 'socialAffairs',
        path: '/440000/441300/441322/441322100/441322100-socialAffairs/',
      });
      // A street of communities only: its office for the economy is a 经济服务办, and no 农业农村办.
      const street = (await listSubtree(db, '441302', ['government'])).find(
        (o) => o.divisionType === '街道' && !o.hasVillages,
      );
      const offices = await listChildren(db, street?.id ?? '');
      expect(offices.map((o) => o.shortName)).toContain('经济服务办');
      expect(offices.map((o) => o.shortName)).not.toContain('农业农村办');
      expect(offices.every((o) => o.kind !== 'government' && o.level === 'township')).toBe(true);
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
      // A township's offices are counted apart from the departments of the governments above it.
      expect(stats.townshipOffices).toBeGreaterThanOrEqual(7 * stats.townships);
      expect(stats.townshipOffices).toBeLessThanOrEqual(8 * stats.townships);
      expect(stats.sections).toBe(0);
    });

    it('throws a clear error for an unknown org', async () => {
      await expect(getOrg(getDb().db, '999999')).rejects.toThrow('单位 999999 不存在');
    });
  });
});
