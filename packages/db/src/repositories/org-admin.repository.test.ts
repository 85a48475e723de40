import { capabilitiesOf } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { createUser } from './accounts.repository.ts';
import {
  addSection,
  OrgEditRefusedError,
  OrgInUseError,
  removeSection,
  renameSection,
  setOrgCapabilities,
} from './org-admin.repository.ts';
import { getOrg, listChildren, listNeighbourhood } from './orgs.repository.ts';

describe('org facts an admin edits', () => {
  forEachDatabase((getDb) => {
    const eventsOf = (subjectId: string) =>
      getDb().query<{ actor: string; type: string; payload: Record<string, unknown> }>(
        "SELECT actor, type, payload FROM events WHERE subject_type = 'org' AND subject_id = $1 ORDER BY id",
        [subjectId],
      );

    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
    });

    it('stores the capabilities an admin sets, reads them back into the org, and logs who changed what', async () => {
      const { db } = getDb();
      const shiba = await getOrg(db, '441322100');
      expect(shiba.capabilities).toBeUndefined();
      expect(capabilitiesOf(shiba)).toEqual({
        gazette: false,
        website: 'column',
        normativeDocuments: false,
        pressConferences: false,
      });

      // 石坝镇 holds its own 新闻发布会 and has its own site.
      const changed = await setOrgCapabilities(db, {
        orgId: '441322100',
        change: { pressConferences: true, website: 'own' },
        actor: 'user-admin-1',
      });
      expect(changed.capabilities).toEqual({ pressConferences: true, website: 'own' });
      expect(capabilitiesOf(await getOrg(db, '441322100'))).toMatchObject({ pressConferences: true, website: 'own' });
      // What derivation reads (the neighbourhood of 博罗县) carries it too.
      const near = await listNeighbourhood(db, '441322');
      expect(near.find((o) => o.id === '441322100')?.capabilities).toEqual({ pressConferences: true, website: 'own' });

      // Back to the default: null; a change to what is already there writes nothing.
      const reset = await setOrgCapabilities(db, {
        orgId: '441322100',
        change: { website: null, pressConferences: true },
        actor: 'user-admin-2',
      });
      expect(reset.capabilities).toEqual({ pressConferences: true });
      await setOrgCapabilities(db, { orgId: '441322100', change: { pressConferences: true }, actor: 'user-admin-3' });

      expect(await eventsOf('441322100')).toEqual([
        {
          actor: 'user-admin-1',
          type: 'org.capabilities.changed',
          payload: {
            changed: ['website', 'pressConferences'],
            before: {},
            after: { pressConferences: true, website: 'own' },
          },
        },
        {
          actor: 'user-admin-2',
          type: 'org.capabilities.changed',
          payload: {
            changed: ['website'],
            before: { pressConferences: true, website: 'own' },
            after: { pressConferences: true },
          },
        },
      ]);
      await setOrgCapabilities(db, { orgId: '441322100', change: { pressConferences: null }, actor: 'user-admin-2' });
      const [stored] = await getDb().query<{ capabilities: unknown }>(
        "SELECT capabilities FROM orgs WHERE id = '441322100'",
      );
      expect(stored?.capabilities).toBeNull();
      await expect(setOrgCapabilities(db, { orgId: '999999', change: { gazette: true }, actor: 'x' })).rejects.toThrow(
        '单位 999999 不存在',
      );
    });

    it('adds, renames and removes 股室 under a department, never reusing a removed one’s id', async () => {
      const { db } = getDb();
      const add = (name: string) => addSection(db, { departmentId: '441322-justice', name, actor: 'user-admin-1' });
      const office = await add('办公室');
      const review = await add(' 行政复议与应诉股 ');
      expect(review).toMatchObject({
        id: '441322-justice-s2',
        parentId: '441322-justice',
        path: '/440000/441300/441322/441322-justice/441322-justice-s2/',
        name: '行政复议与应诉股',
        shortName: '行政复议与应诉股',
        fullName: '广东省惠州市博罗县司法局行政复议与应诉股',
        level: 'county',
        kind: 'section',
        regionCode: null,
      });
      expect(office.id).toBe('441322-justice-s1');
      expect((await listChildren(db, '441322-justice')).map((s) => s.name)).toEqual(['办公室', '行政复议与应诉股']);

      await expect(add('办公室')).rejects.toThrow(new OrgEditRefusedError('博罗县司法局已有“办公室”'));
      await expect(addSection(db, { departmentId: '441322', name: '办公室', actor: 'a' })).rejects.toThrow(
        /博罗县不是县级以上政府的部门或办公室/,
      );
      await expect(
        addSection(db, { departmentId: '441322100-socialAffairs', name: '民政组', actor: 'a' }),
      ).rejects.toBeInstanceOf(OrgEditRefusedError);

      const renamed = await renameSection(db, {
        departmentId: '441322-justice',
        sectionId: review.id,
        name: '行政复议股',
        actor: 'user-admin-2',
      });
      expect(renamed).toMatchObject({
        id: review.id,
        name: '行政复议股',
        fullName: '广东省惠州市博罗县司法局行政复议股',
      });
      await expect(
        renameSection(db, { departmentId: '441322-justice', sectionId: review.id, name: '办公室', actor: 'a' }),
      ).rejects.toBeInstanceOf(OrgEditRefusedError);
      // A section is reached only through its own department.
      await expect(
        renameSection(db, { departmentId: '441322-finance', sectionId: review.id, name: 'x', actor: 'a' }),
      ).rejects.toThrow(`单位 ${review.id} 不存在`);

      await removeSection(db, { departmentId: '441322-justice', sectionId: review.id, actor: 'user-admin-3' });
      expect((await listChildren(db, '441322-justice')).map((s) => s.id)).toEqual(['441322-justice-s1']);
      expect((await add('普法与依法治理股')).id).toBe('441322-justice-s3');
      expect((await eventsOf(review.id)).map((e) => [e.type, e.actor])).toEqual([
        ['org.section.added', 'user-admin-1'],
        ['org.section.renamed', 'user-admin-2'],
        ['org.section.removed', 'user-admin-3'],
      ]);
    });

    it('refuses to remove a 股室 that ledger rows or accounts still name, saying what holds it', async () => {
      const { db } = getDb();
      const section = await addSection(db, { departmentId: '441322-finance', name: '预算股', actor: 'a' });
      await createUser(db, {
        username: 'budget-clerk',
        displayName: '预算股 报送员',
        passwordHash: 'x',
        orgId: section.id,
        role: 'reporter',
        actor: 'a',
      });
      await getDb().query(
        `INSERT INTO assignments (id, plan_id, item_id, org_id, org_path, role, year) VALUES ('a-1', 'p', 'i', $1, $2, 'lead', 2022)`,
        [section.id, section.path],
      );
      const refused = removeSection(db, { departmentId: '441322-finance', sectionId: section.id, actor: 'a' });
      await expect(refused).rejects.toBeInstanceOf(OrgInUseError);
      await expect(refused).rejects.toThrow('预算股还有 1 条任务分工、1 个账号，不能删除；可改名或先移交');
      expect((await getOrg(db, section.id)).name).toBe('预算股');
    });
  });
});
