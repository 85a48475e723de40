import { beforeAll, describe, expect, it } from 'vitest';
import { scanDeadlines } from '../deadline-scan/scan-deadlines.ts';
import { insertAssignments } from '../repositories/assignments.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { NoticeInputError, NoticeStateError } from './notice-errors.ts';
import { getNotice, listNotices, noticesOfAssignment } from './notice-queries.ts';
import { issueNotices, stepNotice } from './supervision-notices.ts';

const PLAN = 'plan-2022-441322-notices';

const row = (id: string, dueOn: string, orgId = '441322-justice') => ({
  id,
  planId: PLAN,
  itemId: `${PLAN}#1`,
  orgId,
  orgPath: `/440000/441300/441322/${orgId}/`,
  role: id,
  state: 'assigned',
  dueOn,
  year: 2022,
});

describe('督办单 / 约谈 as documents with a flow', () => {
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
        row('n-justice-a', '2022-09-28'),
        row('n-justice-b', '2022-09-28'),
        row('n-health', '2022-09-28', '441322-health'),
      ]);
    });

    it('the scan issues one 督办单 per unit with the office’s next 文号, once, and a 约谈 later', async () => {
      const handle = getDb();
      const before = await scanDeadlines(handle, { today: '2022-10-09' });
      expect(before.escalations.notices).toEqual({ notice: 0, interview: 0 });
      const fifth = await scanDeadlines(handle, { today: '2022-10-10' });
      expect(fifth.escalations.notices).toEqual({ notice: 2, interview: 0 });
      expect((await scanDeadlines(handle, { today: '2022-10-11' })).escalations.notices).toEqual({
        notice: 0,
        interview: 0,
      });
      const { items, counts } = await listNotices(handle, {
        withinPath: '/440000/441300/441322/',
        side: 'issued',
        today: '2022-10-11',
        limit: 50,
      });
      expect(items.map((n) => n.docNumber).sort()).toEqual(['博督〔2022〕1号', '博督〔2022〕2号']);
      const justice = items.find((n) => n.unitOrgId === '441322-justice')!;
      expect(justice).toMatchObject({
        kind: 'notice',
        issuerOrgId: '441322',
        issuerName: '博罗县',
        issuedOn: '2022-10-10',
        answerDueOn: '2022-10-17',
        state: 'issued',
        taskCount: 2,
        overdue: false,
        firstTask: { label: '1.', text: '建设规章库' },
      });
      expect(counts.notice).toMatchObject({ issued: 2, total: 2, overdue: 0 });
      // The unit sees only its own; 司法局 is not 卫健局.
      const received = await listNotices(handle, {
        withinPath: '/440000/441300/441322/441322-justice/',
        side: 'received',
        today: '2022-10-11',
        limit: 50,
      });
      expect(received.items.map((n) => n.id)).toEqual([justice.id]);
      const detail = await getNotice(handle, justice.id, '2022-10-11');
      expect(detail.tasks.map((t) => [t.assignmentId, t.redWorkingDays, t.state, t.light])).toEqual([
        ['n-justice-a', 5, 'assigned', 'red'],
        ['n-justice-b', 5, 'assigned', 'red'],
      ]);
      expect(detail.requirement).toContain('2022年10月17日前');
      expect(detail.issuedBy).toBe('system:deadline-scan');
      const events = await handle.query<{ actor: string; payload: { docNumber: string } }>(
        `SELECT actor, payload FROM events WHERE type = 'notice.issued' AND subject_id = $1`,
        [justice.id],
      );
      expect(events).toEqual([
        { actor: 'system:deadline-scan', payload: expect.objectContaining({ docNumber: justice.docNumber }) },
      ]);
      expect((await noticesOfAssignment(handle, 'n-justice-b', '2022-10-11')).map((n) => n.id)).toEqual([justice.id]);

      const tenth = await scanDeadlines(handle, { today: '2022-10-17' });
      expect(tenth.escalations.notices).toEqual({ notice: 0, interview: 2 });
      const all = await listNotices(handle, {
        withinPath: '/440000/441300/441322/',
        side: 'issued',
        today: '2022-10-18',
        limit: 50,
      });
      expect(
        all.items
          .filter((n) => n.kind === 'interview')
          .map((n) => n.docNumber)
          .sort(),
      ).toEqual(['博督约〔2022〕1号', '博督约〔2022〕2号']);
      // Not signed by 10-17: the 督办单's answer is overdue.
      expect(all.counts.notice.overdue).toBe(2);
      expect(all.items.find((n) => n.id === justice.id)?.overdue).toBe(true);
    });

    it('gives distinct 文号 to notices issued at the same time', async () => {
      const handle = getDb();
      const issueOne = () =>
        handle.rawTransaction((tx) =>
          issueNotices(
            tx,
            [
              {
                kind: 'notice',
                issuerOrgId: '441300',
                unitOrgId: '441322',
                assignments: [{ id: 'n-health' }],
                issuedOn: '2023-01-05',
              },
            ],
            'u-hz',
          ),
        );
      const issued = (await Promise.all(Array.from({ length: 8 }, issueOne))).flat();
      expect(issued.map((n) => n.docNumber).sort((a, b) => a.length - b.length || a.localeCompare(b))).toEqual(
        Array.from({ length: 8 }, (_, i) => `惠督〔2023〕${i + 1}号`),
      );
    });

    it('is signed for and answered by the unit, then closed by the issuer; each step once and in order', async () => {
      const handle = getDb();
      const [notice] = await handle.rawTransaction((tx) =>
        issueNotices(
          tx,
          [
            {
              kind: 'notice',
              issuerOrgId: '441322',
              unitOrgId: '441322-justice',
              assignments: [{ id: 'n-justice-a' }],
              issuedOn: '2022-10-20',
              answerWorkingDays: 3,
            },
          ],
          'u-bl',
        ),
      );
      const id = notice!.id;
      const on = '2022-10-21';
      await expect(
        stepNotice(handle, {
          noticeId: id,
          action: 'answer',
          actor: 'u-sfj',
          today: on,
          answer: { plan: 'x', rectifyBy: '2022-11-30' },
        }),
      ).rejects.toThrow(NoticeStateError);
      await expect(stepNotice(handle, { noticeId: id, action: 'close', actor: 'u-bl', today: on })).rejects.toThrow(
        NoticeStateError,
      );
      await stepNotice(handle, { noticeId: id, action: 'sign', actor: 'u-sfj', today: on });
      await expect(stepNotice(handle, { noticeId: id, action: 'sign', actor: 'u-sfj', today: on })).rejects.toThrow(
        '该通知已签收，不能签收',
      );
      await expect(
        stepNotice(handle, {
          noticeId: id,
          action: 'answer',
          actor: 'u-sfj',
          today: on,
          answer: { plan: '补齐', rectifyBy: '2022-10-01' },
        }),
      ).rejects.toThrow(NoticeInputError);
      await stepNotice(handle, {
        noticeId: id,
        action: 'answer',
        actor: 'u-sfj',
        today: on,
        answer: { plan: '补齐规章库栏目', rectifyBy: '2022-11-30' },
      });
      await expect(stepNotice(handle, { noticeId: id, action: 'return', actor: 'u-bl', today: on })).rejects.toThrow(
        '请写明退回的理由',
      );
      await stepNotice(handle, { noticeId: id, action: 'return', actor: 'u-bl', today: on, note: '时限太晚' });
      await stepNotice(handle, {
        noticeId: id,
        action: 'answer',
        actor: 'u-sfj',
        today: on,
        answer: { plan: '补齐规章库栏目', rectifyBy: '2022-11-15' },
      });
      await stepNotice(handle, { noticeId: id, action: 'close', actor: 'u-bl', today: on, note: '已整改' });
      const detail = await getNotice(handle, id, on);
      expect(detail).toMatchObject({
        docNumber: expect.stringMatching(/^博督〔2022〕\d+号$/),
        answerDueOn: '2022-10-25',
        state: 'closed',
        answerText: '补齐规章库栏目',
        rectifyBy: '2022-11-15',
        returnReason: '时限太晚',
        closingNote: '已整改',
        signedBy: 'u-sfj',
        closedBy: 'u-bl',
      });
      const steps = await handle.query<{ type: string; actor: string }>(
        `SELECT type, actor FROM events WHERE subject_type = 'notice' AND subject_id = $1 ORDER BY id`,
        [id],
      );
      expect(steps).toEqual([
        { type: 'notice.issued', actor: 'u-bl' },
        { type: 'notice.signed', actor: 'u-sfj' },
        { type: 'notice.answered', actor: 'u-sfj' },
        { type: 'notice.returned', actor: 'u-bl' },
        { type: 'notice.answered', actor: 'u-sfj' },
        { type: 'notice.closed', actor: 'u-bl' },
      ]);
    });
  });
});
