import type { LedgerPage, NoticeDetail } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { readDocx } from '@cascade/documents';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const enc = encodeURIComponent;
type NoticeList = {
  counts: Record<'notice' | 'interview', Record<string, number>>;
  items: (NoticeDetail & { actions: string[] })[];
};

describe('督办单 / 约谈 over HTTP: issued by the scan or by hand, printed, signed, answered, closed', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let rowId = '';
    beforeAll(async () => {
      world = await createTestWorld(getDb(), { today: () => '2022-10-10' });
      const planId = await world.importAndPublish(
        'bl-author',
        '一、总体要求\n（一）公开\n1.建设规章库专栏，2022年9月28日前完成。〔牵头单位：县司法局〕\n2.更新政策解读。〔牵头单位：县司法局〕',
        '博罗县.txt',
      );
      const supervisor = await world.as('bl-supervisor');
      const { rows } = await supervisor.send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${enc(planId)}&orgId=441322-justice`,
      );
      rowId = rows.find((r) => r.dueOn === '2022-09-28')!.id;
      await scanDeadlines(getDb(), { today: '2022-10-10' });
    });

    it('lists the scan’s 督办单 for the issuer and the unit, each with what it may do', async () => {
      const supervisor = await world.as('bl-supervisor');
      const issued = await supervisor.send<NoticeList>('GET', '/api/supervision-notices?side=issued&year=2022');
      expect(issued.items).toHaveLength(1);
      expect(issued.items[0]).toMatchObject({
        docNumber: '博督〔2022〕1号',
        kindLabel: '督办单',
        unitName: '博罗县司法局',
        state: 'issued',
        stateLabel: '待签收',
        answerDueOn: '2022-10-17',
        actions: [],
      });
      expect(issued.counts.notice).toMatchObject({ issued: 1, total: 1, overdue: 0 });
      const unit = await world.as('bl-reporter');
      const received = await unit.send<NoticeList>('GET', '/api/supervision-notices');
      expect(received.items.map((n) => [n.docNumber, n.actions])).toEqual([['博督〔2022〕1号', ['sign']]]);
      // Another branch's supervisor reads none of it.
      const other = await world.as('hy-supervisor');
      expect((await other.request(`/api/supervision-notices/${issued.items[0]!.id}`)).status).toBe(403);
      expect((await other.request('/api/supervision-notices?orgId=441322&side=issued')).status).toBe(403);
    });

    it('prints the notice as a .docx with its 文号', async () => {
      const unit = await world.as('bl-reporter');
      const [notice] = (await unit.send<NoticeList>('GET', '/api/supervision-notices')).items;
      const res = await unit.request(`/api/supervision-notices/${notice!.id}/export.docx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      expect(res.headers.get('content-disposition')).toContain(enc('督办通知书（博督〔2022〕1号）'));
      const text = await readDocx(new Uint8Array(await res.arrayBuffer()));
      expect(text).toContain('博督〔2022〕1号');
      expect(text).toContain('博罗县司法局：');
      expect(text).toContain('建设规章库专栏');
    });

    it('lets only the unit sign and answer, and only the issuer close', async () => {
      const unit = await world.as('bl-reporter');
      const supervisor = await world.as('bl-supervisor');
      const [notice] = (await unit.send<NoticeList>('GET', '/api/supervision-notices')).items;
      const path = `/api/supervision-notices/${notice!.id}`;
      const post = (s: typeof unit, action: string, body?: unknown) =>
        s.request(`${path}/${action}`, {
          method: 'POST',
          ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
        });
      expect((await post(supervisor, 'sign')).status).toBe(403);
      expect((await post(unit, 'close')).status).toBe(403);
      expect((await post(unit, 'answer', { plan: '补齐', rectifyBy: '2022-11-30' })).status).toBe(409);
      const signed = await unit.send<NoticeDetail>('POST', `${path}/sign`);
      expect(signed).toMatchObject({ state: 'signed', signedBy: '博罗县司法局 报送员', actions: ['answer'] });
      expect((await post(unit, 'sign')).status).toBe(409);
      expect((await post(unit, 'answer', { plan: '补齐', rectifyBy: '2022-10-01' })).status).toBe(422);
      const answered = await unit.send<NoticeDetail>('POST', `${path}/answer`, {
        plan: '补齐规章库专栏',
        rectifyBy: '2022-11-30',
      });
      expect(answered).toMatchObject({ state: 'answered', answerText: '补齐规章库专栏', rectifyBy: '2022-11-30' });
      expect((await post(supervisor, 'answer', { plan: 'x', rectifyBy: '2022-11-30' })).status).toBe(403);
      const supervisorView = await supervisor.send<NoticeDetail & { actions: string[] }>('GET', path);
      expect(supervisorView.actions).toEqual(['return', 'close']);
      const closed = await supervisor.send<NoticeDetail>('POST', `${path}/close`);
      expect(closed).toMatchObject({ state: 'closed', closedBy: '博罗县 督查核验' });
      const issued = await supervisor.send<NoticeList>('GET', '/api/supervision-notices?side=issued');
      expect(issued.counts.notice).toMatchObject({ closed: 1, total: 1 });
    });

    it('issues one by hand from the ledger row, with the next 文号; never to one’s own unit', async () => {
      const supervisor = await world.as('bl-supervisor');
      const made = await supervisor.send<NoticeDetail>('POST', '/api/supervision-notices', {
        kind: 'interview',
        assignmentIds: [rowId],
        answerWorkingDays: 3,
      });
      expect(made).toMatchObject({ docNumber: '博督约〔2022〕1号', kind: 'interview', answerDueOn: '2022-10-13' });
      expect(made.tasks.map((t) => t.assignmentId)).toEqual([rowId]);
      const again = await supervisor.send<NoticeDetail>('POST', '/api/supervision-notices', { assignmentIds: [rowId] });
      expect(again.docNumber).toBe('博督〔2022〕2号');
      const forRow = await supervisor.send<{ items: { docNumber: string }[] }>(
        'GET',
        `/api/assignments/${enc(rowId)}/supervision-notices`,
      );
      expect(forRow.items.map((n) => n.docNumber).sort()).toEqual([
        '博督〔2022〕1号',
        '博督〔2022〕2号',
        '博督约〔2022〕1号',
      ]);
      const justiceSupervisor = await world.as('bl-justice-supervisor');
      const self = await justiceSupervisor.request('/api/supervision-notices', {
        method: 'POST',
        body: JSON.stringify({ assignmentIds: [rowId] }),
        headers: { 'content-type': 'application/json' },
      });
      expect(self.status).toBe(403);
    });
  });
});
