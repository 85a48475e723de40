import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client.ts';
import { orgs } from '../schema/orgs.schema.ts';
import { planItems, plans } from '../schema/plans.schema.ts';
import { forEachDatabase } from '../testing/index.ts';
import { insertAssignments } from './assignments.repository.ts';
import { logEvent } from './events.repository.ts';
import { countInbox, listInbox, markInboxRead, markNotificationRead } from './notifications.repository.ts';
import { rowsOf } from './rollup.repository.ts';

const org = (id: string, path: string, depth: number, name = id) => ({
  id,
  path,
  depth,
  name,
  shortName: name,
  fullName: name,
  level: depth === 0 ? 'county' : 'township',
  kind: depth === 0 ? 'government' : 'department',
});

/** Moves events to a day of their own (the digest folds one day's events about one task). */
const dateEvents = async (db: Db, ids: number[], firstDay: string) => {
  for (const [i, id] of ids.entries())
    await db.execute(
      sql`UPDATE events SET at = ${firstDay}::timestamptz + make_interval(days => ${i}) WHERE id = ${id}`,
    );
};

const unit = { orgId: 'n-justice', userId: 'u-reporter' };
const URGES = 73;

describe('a unit inbox (消息)', () => {
  forEachDatabase((getDb) => {
    let eventIds: number[] = [];
    beforeAll(async () => {
      const { db } = getDb();
      await db.insert(orgs).values([org('n-county', '/n-county/', 0), org('n-justice', '/n-county/n-justice/', 1)]);
      await db.insert(plans).values({ id: 'n-plan', ownerOrgId: 'n-county', year: 2022, title: '计划' });
      await db.insert(planItems).values([
        { id: 'n-item', planId: 'n-plan', position: 0, kind: 'task', label: '1.', text: '公开' },
        { id: 'n-item2', planId: 'n-plan', position: 1, kind: 'task', label: '2.', text: '年报' },
      ]);
      const row = (id: string, itemId: string) => ({
        id,
        planId: 'n-plan',
        itemId,
        orgId: 'n-justice',
        orgPath: '/n-county/n-justice/',
        role: 'lead',
        state: 'assigned',
        year: 2022,
      });
      await insertAssignments(db, [row('n-a', 'n-item'), row('n-b', 'n-item2')]);
      eventIds = [];
      for (let i = 0; i < URGES; i++)
        eventIds.push(
          await logEvent(db, {
            actor: 'u-supervisor',
            type: 'assignment.urged',
            subjectType: 'assignment',
            subjectId: 'n-a',
            payload: { message: `第 ${i + 1} 次督办` },
          }),
        );
      // One urge a day: 73 entries.
      await dateEvents(db, eventIds, '2022-01-03T09:00:00+08:00');
      // Two of the oldest, far beyond the first page, were read.
      for (const id of eventIds.slice(0, 2)) await markNotificationRead(db, { ...unit, eventId: id });
    });

    it('counts every unread entry of the whole inbox, not only those of the first page', async () => {
      const { db } = getDb();
      const page = await listInbox(db, { ...unit, limit: 50 });
      expect(page).toHaveLength(50);
      expect(page.every((e) => !e.read)).toBe(true);
      expect(await countInbox(db, unit)).toEqual({ total: URGES, unread: URGES - 2, pending: URGES });
      // Read marks are each user's own.
      expect(await countInbox(db, { ...unit, userId: 'u-colleague' })).toEqual({
        total: URGES,
        unread: URGES,
        pending: URGES,
      });
    });

    it('pages through the whole inbox newest first, each entry once, down to the oldest', async () => {
      const { db } = getDb();
      const seen: number[] = [];
      for (let offset = 0; offset < URGES; offset += 20) {
        const page = await listInbox(db, { ...unit, limit: 20, offset });
        seen.push(...page.map((e) => e.eventId));
      }
      expect(seen).toEqual([...eventIds].reverse());
      const last = await listInbox(db, { ...unit, limit: 20, offset: 60 });
      expect(last.map((e) => e.read).slice(-2)).toEqual([true, true]);
    });

    it('folds three urges of one day about one task into one entry; another task stays apart', async () => {
      const { db } = getDb();
      const urge = (subjectId: string) =>
        logEvent(db, {
          actor: 'u-supervisor',
          type: 'assignment.urged',
          subjectType: 'assignment',
          subjectId,
          payload: { message: '请尽快报送' },
        });
      const today = [await urge('n-a'), await urge('n-a'), await urge('n-a'), await urge('n-b')];
      const [other, folded] = await listInbox(db, { ...unit, limit: 2 });
      expect(other).toMatchObject({ assignmentId: 'n-b', itemText: '年报', count: 1 });
      expect(folded).toMatchObject({
        eventId: today[2],
        eventIds: today.slice(0, 3).reverse(),
        count: 3,
        unitCount: 1,
        units: ['n-justice'],
        planId: 'n-plan',
        planTitle: '计划',
        read: false,
      });
      expect((await countInbox(db, unit)).total).toBe(URGES + 2);
      // 全部标为已读 counts entries, not events.
      expect(await markInboxRead(db, unit)).toBe(URGES - 2 + 2);
      expect((await countInbox(db, unit)).unread).toBe(0);
    });
  });
});

const TOWNSHIPS = 18;
const county = { orgId: 'd-county', userId: 'u-county' };
const townships = Array.from({ length: TOWNSHIPS }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `d-town${n}`, name: `第${n}镇`, path: `/d-county/d-town${n}/` };
});

/**
 * 逐级下达 to 18 townships: each township's plan holds the county task as its own item (derived,
 * named in its provenance), issued to the township itself; red on one day, each escalated to the
 * county with a 督办单. The county reads one entry naming the 18 units.
 */
describe('the digest of escalations of many subordinate units about one task', () => {
  forEachDatabase((getDb) => {
    const escalationIds: number[] = [];
    beforeAll(async () => {
      const { db } = getDb();
      await db
        .insert(orgs)
        .values([org('d-county', '/d-county/', 0, '县'), ...townships.map((t) => org(t.id, t.path, 1, t.name))]);
      await db.insert(plans).values([
        { id: 'd-plan', ownerOrgId: 'd-county', year: 2022, title: '县2022年政务公开工作要点分工方案' },
        ...townships.map((t) => ({
          id: `d-plan-${t.id}`,
          ownerOrgId: t.id,
          year: 2022,
          title: `${t.name}2022年政务公开工作要点分工方案`,
          parentPlanId: 'd-plan',
        })),
      ]);
      await db.insert(planItems).values([
        { id: 'd-plan#1.', planId: 'd-plan', position: 0, kind: 'task', label: '1.', text: '建设规章库专栏' },
        ...townships.map((t) => ({
          id: `d-plan-${t.id}#1.`,
          planId: `d-plan-${t.id}`,
          position: 0,
          kind: 'task',
          label: '1.',
          text: '建设规章库专栏（本镇）',
          provenance: { sourceItemId: 'd-plan#1.' },
        })),
      ]);
      await insertAssignments(
        db,
        townships.map((t) => ({
          id: `d-row-${t.id}`,
          planId: `d-plan-${t.id}`,
          itemId: `d-plan-${t.id}#1.`,
          orgId: t.id,
          orgPath: t.path,
          role: 'lead',
          state: 'assigned',
          year: 2022,
        })),
      );
      // Scanned in reverse order, so the newest event is the first township's.
      for (const t of [...townships].reverse())
        escalationIds.push(
          await logEvent(db, {
            actor: 'system:scan',
            type: 'assignment.escalated',
            subjectType: 'assignment',
            subjectId: `d-row-${t.id}`,
            payload: {
              step: 'notice',
              action: 'notice',
              due: '2022-03-31',
              redWorkingDays: 42,
              unitOrgId: t.id,
              supervisorOrgId: 'd-county',
            },
          }),
        );
    });

    it('holds one entry for the task in the county inbox, naming how many units and the first of them', async () => {
      const { db } = getDb();
      const inbox = await listInbox(db, { ...county, limit: 50 });
      expect(inbox).toHaveLength(1);
      expect(inbox[0]).toMatchObject({
        type: 'assignment.escalated',
        eventId: Math.max(...escalationIds),
        planId: 'd-plan',
        planTitle: '县2022年政务公开工作要点分工方案',
        itemText: '建设规章库专栏',
        count: TOWNSHIPS,
        unitCount: TOWNSHIPS,
        units: ['第01镇', '第02镇', '第03镇', '第04镇', '第05镇'],
        read: false,
        actedOn: false,
      });
      expect([...(inbox[0]?.eventIds ?? [])].sort((a, b) => a - b)).toEqual([...escalationIds].sort((a, b) => a - b));
      expect(await countInbox(db, county)).toEqual({ total: 1, unread: 1, pending: 1 });
    });

    it('marks the whole digest read from any one of its events: unread drops by one, all 18 events read', async () => {
      const { db } = getDb();
      expect(await markNotificationRead(db, { ...county, eventId: escalationIds[5] as number })).toBe(TOWNSHIPS);
      expect(await countInbox(db, county)).toEqual({ total: 1, unread: 0, pending: 1 });
      const [marks] = rowsOf<{ n: number }>(
        await db.execute(sql`SELECT count(*)::int AS n FROM notification_reads WHERE user_id = ${county.userId}`),
      );
      expect(Number(marks?.n)).toBe(TOWNSHIPS);
      expect((await listInbox(db, { ...county, limit: 1 }))[0]?.read).toBe(true);
      // A new escalation of the same kind that day joins the digest and makes it unread again.
      await logEvent(db, {
        actor: 'system:scan',
        type: 'assignment.escalated',
        subjectType: 'assignment',
        subjectId: 'd-row-d-town02',
        payload: { step: 'notice', action: 'notice', due: '2022-03-31', supervisorOrgId: 'd-county' },
      });
      const [entry] = await listInbox(db, { ...county, limit: 50 });
      expect(entry).toMatchObject({ read: false, count: TOWNSHIPS + 1, unitCount: TOWNSHIPS });
      expect(await countInbox(db, county)).toEqual({ total: 1, unread: 1, pending: 1 });
    });

    it('shows an urged row as acted on once it is reported, and the 待处理 list leaves it out', async () => {
      const { db } = getDb();
      const town = { orgId: 'd-town01', userId: 'u-town01' };
      await logEvent(db, {
        actor: 'u-county',
        type: 'assignment.urged',
        subjectType: 'assignment',
        subjectId: 'd-row-d-town01',
        payload: { message: '请报送' },
      });
      const urged = async () =>
        (await listInbox(db, { ...town, limit: 50 })).find((e) => e.type === 'assignment.urged');
      expect(await urged()).toMatchObject({ actedOn: false, planId: 'd-plan-d-town01' });
      // Its own 督办单 about the row waits too.
      expect((await listInbox(db, { ...town, limit: 50, filter: 'pending' })).map((e) => e.type)).toEqual([
        'assignment.urged',
        'assignment.escalated',
      ]);

      await db.execute(sql`UPDATE assignments SET state = 'reported' WHERE id = 'd-row-d-town01'`);
      expect(await urged()).toMatchObject({ actedOn: true });
      expect(await listInbox(db, { ...town, limit: 50, filter: 'pending' })).toEqual([]);
      expect(await countInbox(db, { ...town, filter: 'pending' })).toMatchObject({ total: 0, pending: 0 });
      // The county's digest still waits for the other 17 townships; once all report, it is acted on.
      expect((await listInbox(db, { ...county, limit: 1 }))[0]?.actedOn).toBe(false);
      await db.execute(sql`UPDATE assignments SET state = 'verified' WHERE id LIKE 'd-row-%'`);
      expect((await listInbox(db, { ...county, limit: 1 }))[0]?.actedOn).toBe(true);
      expect(await countInbox(db, { ...county, filter: 'pending' })).toEqual({ total: 0, unread: 1, pending: 0 });
    });
  });
});
