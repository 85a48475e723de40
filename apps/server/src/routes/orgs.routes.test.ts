import type { OrgChildren, OrgDetail, OrgDto, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiSession } from '../http/in-process-session.ts';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

/** A write as the web app sends it: the status, and the org or the problem in the body. */
async function write(session: ApiSession, method: string, path: string, body?: unknown) {
  const res = await session.request(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as OrgDto & Problem };
}

describe('HTTP API: org facts an admin edits (capabilities, 股室)', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    const eventsOf = (subjectId: string) =>
      getDb().query<{ actor: string; type: string; payload: Record<string, unknown> }>(
        "SELECT actor, type, payload FROM events WHERE subject_type = 'org' AND subject_id = $1 ORDER BY id",
        [subjectId],
      );

    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    it("lists a township's own offices with what each does, and every org's capabilities in effect", async () => {
      const reporter = await world.as('bl-reporter');
      const children = await reporter.send<OrgChildren>('GET', '/api/orgs/441322100/children');
      expect(children.subordinates).toEqual([]);
      const social = children.departments.find((o) => o.shortName === '社会事务办');
      expect(social).toMatchObject({ name: '石坝镇社会事务办公室', level: 'township', kind: 'department' });
      expect(social?.functionLabel).toMatch(/^卫生健康、民政、教育/);
      const { org } = await reporter.send<OrgDetail>('GET', '/api/orgs/441322100');
      expect(org.capabilities).toEqual({
        gazette: false,
        website: 'column',
        normativeDocuments: false,
        pressConferences: false,
      });
      expect(org.capabilityOverrides).toEqual({});
      const county = await reporter.send<OrgDetail>('GET', '/api/orgs/441322');
      expect(county.org.capabilities).toMatchObject({ gazette: true, website: 'own' });
    });

    it("lets 博罗县's admin change a township's capabilities, shown as in effect and as set, logged with the admin", async () => {
      const admin = await world.as('bl-admin');
      const changed = await write(admin, 'PATCH', '/api/orgs/441322100/capabilities', {
        pressConferences: true,
        website: 'own',
      });
      expect(changed.status).toBe(200);
      expect(changed.body.capabilities).toEqual({
        gazette: false,
        website: 'own',
        normativeDocuments: false,
        pressConferences: true,
      });
      expect(changed.body.capabilityOverrides).toEqual({ pressConferences: true, website: 'own' });
      const { org } = await admin.send<OrgDetail>('GET', '/api/orgs/441322100');
      expect(org.capabilityOverrides).toEqual({ pressConferences: true, website: 'own' });

      const back = await write(admin, 'PATCH', '/api/orgs/441322100/capabilities', { website: null });
      expect(back.body.capabilities.website).toBe('column');
      expect(back.body.capabilityOverrides).toEqual({ pressConferences: true });
      const logged = await eventsOf('441322100');
      expect(logged.map((e) => [e.type, e.actor])).toEqual([
        ['org.capabilities.changed', admin.account.id],
        ['org.capabilities.changed', admin.account.id],
      ]);
      expect(logged[1]?.payload).toEqual({
        changed: ['website'],
        before: { pressConferences: true, website: 'own' },
        after: { pressConferences: true },
      });
    });

    it("refuses another branch's admin and every other role, with the reason, and changes nothing", async () => {
      const before = await eventsOf('441322100');
      const otherAdmin = await write(await world.as('hy-admin'), 'PATCH', '/api/orgs/441322100/capabilities', {
        gazette: true,
      });
      expect(otherAdmin.status).toBe(403);
      expect(otherAdmin.body).toMatchObject({ type: '/problems/forbidden', detail: '只能修改本单位及下级单位的信息' });
      const supervisor = await write(await world.as('bl-supervisor'), 'PATCH', '/api/orgs/441322100/capabilities', {
        gazette: true,
      });
      expect(supervisor.status).toBe(403);
      expect(supervisor.body.detail).toBe('只有管理员可以修改单位信息（能力、股室）');
      // Above the admin's own org: 惠州市 is not 博罗县's to change.
      const above = await write(await world.as('bl-admin'), 'PATCH', '/api/orgs/441300/capabilities', {
        gazette: false,
      });
      expect(above.status).toBe(403);
      expect(await eventsOf('441322100')).toEqual(before);
      expect(await eventsOf('441300')).toEqual([]);
    });

    it('answers a capability it does not know, a wrong value or nothing to change with the field at fault', async () => {
      const admin = await world.as('bl-admin');
      for (const body of [{}, { gazette: 'yes' }, { website: 'portal' }, { gazette: true, budget: true }]) {
        const res = await write(admin, 'PATCH', '/api/orgs/441322100/capabilities', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.type).toBe('/problems/validation');
      }
      expect((await write(admin, 'PATCH', '/api/orgs/999999/capabilities', { gazette: true })).status).toBe(404);
    });

    it('lets the admin add, rename and remove the 股室 of a department; refuses a name twice and a 股室 under a government', async () => {
      const admin = await world.as('bl-admin');
      const added = await write(admin, 'POST', '/api/orgs/441322-justice/sections', { name: '法治调研督察股' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        id: '441322-justice-s1',
        parentId: '441322-justice',
        name: '法治调研督察股',
        level: 'county',
        kind: 'section',
        capabilities: { gazette: false, website: 'none', normativeDocuments: false, pressConferences: false },
      });
      const children = await admin.send<OrgChildren>('GET', '/api/orgs/441322-justice/children');
      expect(children.departments.map((o) => o.name)).toEqual(['法治调研督察股']);

      const twice = await write(admin, 'POST', '/api/orgs/441322-justice/sections', { name: ' 法治调研督察股 ' });
      expect(twice.status).toBe(422);
      expect(twice.body).toMatchObject({
        type: '/problems/org-edit-refused',
        detail: '博罗县司法局已有“法治调研督察股”',
      });
      const underGovernment = await write(admin, 'POST', '/api/orgs/441322/sections', { name: '办公室' });
      expect(underGovernment.status).toBe(422);
      expect(underGovernment.body.detail).toMatch(/不是县级以上政府的部门或办公室/);
      expect((await write(admin, 'POST', '/api/orgs/441322-justice/sections', { name: '' })).status).toBe(400);

      const renamed = await write(admin, 'PATCH', `/api/orgs/441322-justice/sections/${added.body.id}`, {
        name: '法治调研督查股',
      });
      expect(renamed).toMatchObject({ status: 200, body: { id: added.body.id, name: '法治调研督查股' } });
      // Reached only through its own department.
      expect(
        (await write(admin, 'PATCH', `/api/orgs/441322-finance/sections/${added.body.id}`, { name: 'x股' })).status,
      ).toBe(404);

      const otherBranch = await write(
        await world.as('hy-admin'),
        'DELETE',
        `/api/orgs/441322-justice/sections/${added.body.id}`,
      );
      expect(otherBranch.status).toBe(403);
      const removed = await write(admin, 'DELETE', `/api/orgs/441322-justice/sections/${added.body.id}`);
      expect(removed.status).toBe(204);
      expect((await admin.send<OrgChildren>('GET', '/api/orgs/441322-justice/children')).departments).toEqual([]);
      expect((await eventsOf(added.body.id)).map((e) => [e.type, e.actor])).toEqual([
        ['org.section.added', admin.account.id],
        ['org.section.renamed', admin.account.id],
        ['org.section.removed', admin.account.id],
      ]);
    });

    it('refuses to remove a 股室 while ledger rows name it, saying so', async () => {
      const admin = await world.as('bl-admin');
      const { body: section } = await write(admin, 'POST', '/api/orgs/441322-finance/sections', { name: '预算股' });
      await getDb().query(
        `INSERT INTO assignments (id, plan_id, item_id, org_id, org_path, role, year) VALUES ('a-budget', 'p', 'i', $1, $2, 'lead', 2022)`,
        [section.id, section.path],
      );
      const refused = await write(admin, 'DELETE', `/api/orgs/441322-finance/sections/${section.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        type: '/problems/org-in-use',
        detail: '预算股还有 1 条任务分工，不能删除；可改名或先移交',
      });
    });
  });
});
