import { beforeAll, describe, expect, it } from 'vitest';
import { orgs } from '../schema/orgs.schema.ts';
import { planItems, plans } from '../schema/plans.schema.ts';
import { forEachDatabase } from '../testing/index.ts';
import { insertAssignments } from './assignments.repository.ts';
import { logEvent } from './events.repository.ts';
import { countInbox, listInbox, markNotificationRead } from './notifications.repository.ts';

const unit = { orgId: 'n-justice', userId: 'u-reporter' };
const URGES = 73;

describe('a unit inbox (消息)', () => {
  forEachDatabase((getDb) => {
    let eventIds: number[] = [];
    beforeAll(async () => {
      const { db } = getDb();
      const org = (id: string, path: string, depth: number) => ({
        id,
        path,
        depth,
        name: id,
        shortName: id,
        fullName: id,
        level: 'county',
        kind: 'department',
      });
      await db.insert(orgs).values([org('n-county', '/n-county/', 0), org('n-justice', '/n-county/n-justice/', 1)]);
      await db.insert(plans).values({ id: 'n-plan', ownerOrgId: 'n-county', year: 2022, title: '计划' });
      await db
        .insert(planItems)
        .values({ id: 'n-item', planId: 'n-plan', position: 0, kind: 'task', label: '1.', text: '公开' });
      await insertAssignments(db, [
        {
          id: 'n-a',
          planId: 'n-plan',
          itemId: 'n-item',
          orgId: 'n-justice',
          orgPath: '/n-county/n-justice/',
          role: 'lead',
          state: 'assigned',
          year: 2022,
        },
      ]);
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
      // Two of the oldest, far beyond the first page, were read.
      for (const id of eventIds.slice(0, 2)) await markNotificationRead(db, unit.userId, id);
    });

    it('counts every unread entry of the whole inbox, not only those of the first page', async () => {
      const { db } = getDb();
      const page = await listInbox(db, { ...unit, limit: 50 });
      expect(page).toHaveLength(50);
      expect(page.every((e) => !e.read)).toBe(true);
      expect(await countInbox(db, unit)).toEqual({ total: URGES, unread: URGES - 2 });
      // Read marks are each user's own.
      expect(await countInbox(db, { ...unit, userId: 'u-colleague' })).toEqual({ total: URGES, unread: URGES });
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
  });
});
