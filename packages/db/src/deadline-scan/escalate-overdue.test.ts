import { beforeAll, describe, expect, it } from 'vitest';
import { insertAssignments } from '../repositories/assignments.repository.ts';
import { countEscalations, listEscalations } from '../repositories/escalations.repository.ts';
import { listInbox } from '../repositories/notifications.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { scanDeadlines } from './scan-deadlines.ts';

const PLAN = 'plan-2022-441322-esc';

const row = (id: string, dueOn: string, state = 'assigned') => ({
  id,
  planId: PLAN,
  itemId: `${PLAN}#1`,
  orgId: id.includes('health') ? '441322-health' : '441322-justice',
  orgPath: id.includes('health') ? '/440000/441300/441322/441322-health/' : '/440000/441300/441322/441322-justice/',
  role: id,
  state,
  dueOn,
  year: 2022,
});

describe('escalation after red (督办单, 约谈)', () => {
  forEachDatabase((getDb) => {
    beforeAll(async () => {
      const handle = getDb();
      await seedOrgTree(handle, { provinces: ['44'] });
      await handle.query(
        `INSERT INTO plans (id, owner_org_id, year, title, status, settings) VALUES ($1, '441322', 2022, '博罗县2022年政务公开工作要点', 'published', '{}')`,
        [PLAN],
      );
      await handle.query(
        `INSERT INTO plan_items (id, plan_id, position, kind, label, text) VALUES ($1, $2, 0, 'task', '1.', '建设规章库')`,
        [`${PLAN}#1`, PLAN],
      );
      await insertAssignments(handle.db, [
        row('justice-late', '2022-09-28'),
        row('health-later', '2022-10-17'),
        row('justice-done', '2022-09-28', 'verified'),
      ]);
    });

    it('raises each step once as its working days come, to the unit and to its supervisor', async () => {
      const handle = getDb();
      // 4 working days after 09-28 (国庆 in between): red and reminded, not yet a 督办单.
      const first = await scanDeadlines(handle, { today: '2022-10-09' });
      expect(first.changed.red).toBe(1);
      expect(first.escalations.raised).toEqual({ remind: 0, notice: 0, interview: 0 });

      const fifth = await scanDeadlines(handle, { today: '2022-10-10' });
      expect(fifth.escalations.raised).toEqual({ remind: 0, notice: 1, interview: 0 });
      const again = await scanDeadlines(handle, { today: '2022-10-10' });
      expect(again.escalations.raised).toEqual({ remind: 0, notice: 0, interview: 0 });

      // Skipping days does not skip steps: a scan after a pause raises every step now due, once.
      const later = await scanDeadlines(handle, { today: '2022-10-24' });
      expect(later.escalations.raised).toEqual({ remind: 0, notice: 1, interview: 1 });
      const logged = await handle.query<{ subject_id: string; step: string }>(
        `SELECT subject_id, payload->>'step' AS step FROM events WHERE type = 'assignment.escalated' ORDER BY subject_id, id`,
      );
      expect(logged).toEqual([
        { subject_id: 'health-later', step: 'notice' },
        { subject_id: 'justice-late', step: 'notice' },
        { subject_id: 'justice-late', step: 'interview' },
      ]);

      const unitInbox = await listInbox(handle.db, { orgId: '441322-justice', userId: 'u-sfj', limit: 50 });
      expect(unitInbox.filter((e) => e.type === 'assignment.escalated').map((e) => e.payload.action)).toEqual([
        'interview',
        'notice',
      ]);
      // The county reads one 督办单 entry naming both units of the task, and one 约谈 entry.
      const supervisorInbox = await listInbox(handle.db, { orgId: '441322', userId: 'u-bl', limit: 50 });
      expect(supervisorInbox.map((e) => [e.payload.action, e.unitCount, e.count])).toEqual([
        ['interview', 1, 1],
        ['notice', 2, 2],
      ]);
    });

    it('lists the 督办/约谈 list of a subtree at each unit’s highest step', async () => {
      const { db } = getDb();
      const county = await listEscalations(db, { withinPath: '/440000/441300/441322/', openOnly: true, limit: 100 });
      expect(county.map((e) => [e.assignmentId, e.action, e.orgName])).toEqual([
        ['justice-late', 'interview', '博罗县司法局'],
        ['health-later', 'notice', '博罗县卫生健康局'],
      ]);
      const interviews = await listEscalations(db, {
        withinPath: '/440000/441300/441322/',
        action: 'interview',
        openOnly: true,
        limit: 100,
      });
      expect(interviews.map((e) => e.assignmentId)).toEqual(['justice-late']);
      const elsewhere = await listEscalations(db, { withinPath: '/440000/441300/441303/', openOnly: true, limit: 100 });
      expect(elsewhere).toEqual([]);
      // The counts cover the whole subtree, not just the page the list was cut to.
      const page = await listEscalations(db, { withinPath: '/440000/441300/441322/', openOnly: true, limit: 1 });
      expect(page).toHaveLength(1);
      expect(await countEscalations(db, { withinPath: '/440000/441300/441322/', openOnly: true })).toEqual({
        remind: 0,
        notice: 1,
        interview: 1,
      });
    });

    it('follows the template’s own profile, and names a bad one instead of failing the scan', async () => {
      const handle = getDb();
      await handle.query(`UPDATE plans SET settings = $2::jsonb WHERE id = $1`, [
        PLAN,
        JSON.stringify({ escalation: { steps: [{ key: 'early', action: 'remind', afterRedWorkingDays: 1 }] } }),
      ]);
      const custom = await scanDeadlines(handle, { today: '2022-10-25' });
      expect(custom.escalations.raised).toEqual({ remind: 2, notice: 0, interview: 0 });
      await handle.query(`UPDATE plans SET settings = $2::jsonb WHERE id = $1`, [
        PLAN,
        JSON.stringify({ escalation: { steps: [{ action: 'shout', afterRedWorkingDays: 1 }] } }),
      ]);
      const bad = await scanDeadlines(handle, { today: '2022-10-26' });
      expect(bad.escalations.badProfiles).toEqual([
        { planId: PLAN, problems: [expect.stringContaining('escalation.steps[0].action')] },
      ]);
    });
  });
});
