import type { AssignmentDetail, LedgerPage, LedgerRowDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const PLAN = [
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：县司法局〕',
  '2.公开行政执法统计年报。〔牵头单位：县司法局〕',
].join('\n');
const enc = encodeURIComponent;

describe('ledger rows: the review comment (核验意见) shown beside a report', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let rows: LedgerRowDto[] = [];
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      // 博罗县 issues two tasks to its 司法局.
      const planId = await world.importAndPublish('bl-author', PLAN, '博罗县.txt');
      const reporter = await world.as('bl-reporter');
      const page = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}`);
      rows = page.rows as LedgerRowDto[];
      expect(rows).toHaveLength(2);
    });

    const report = async (row: LedgerRowDto, text: string) => {
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', text);
      form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
      const reporter = await world.as('bl-reporter');
      const res = await reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as LedgerRowDto;
    };
    const supervise = async (row: LedgerRowDto, action: 'verify' | 'return', body: Record<string, string>) =>
      (await world.as('bl-supervisor')).send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/${action}`, {
        expectedVersion: row.version,
        ...body,
      });
    const detailOf = async (row: LedgerRowDto) =>
      (await world.as('bl-supervisor')).send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);

    it('a report sent again after a return no longer shows the return reason as the current comment', async () => {
      const returned = await supervise(await report(rows[0]!, '已开设专栏'), 'return', { reason: '缺少栏目链接' });
      expect(returned.lastComment).toBe('缺少栏目链接');
      const again = await report(returned, '已补充栏目链接');
      expect(again).toMatchObject({ state: 'reported', lastComment: null });
      const detail = await detailOf(again);
      expect(detail.assignment.lastComment).toBeNull();
      // The reason is still in the timeline.
      const logged = detail.events.find((e) => e.type === 'assignment.return');
      expect((logged?.payload.event as { reason?: string } | undefined)?.reason).toBe('缺少栏目链接');

      // Verified without a comment: no comment, never the old reason.
      const verified = await supervise(again, 'verify', {});
      expect(verified).toMatchObject({ state: 'verified', lastComment: null });
      expect((await detailOf(verified)).assignment.lastComment).toBeNull();
    });

    it('a verification after a return shows the verifier’s own comment', async () => {
      const returned = await supervise(await report(rows[1]!, '已公开'), 'return', { reason: '年报未附数据' });
      const verified = await supervise(await report(returned, '已附数据'), 'verify', { comment: '材料齐全' });
      expect(verified).toMatchObject({ state: 'verified', lastComment: '材料齐全' });
      const reporter = await world.as('bl-reporter');
      const { rows: ledger } = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(rows[1]!.planId)}`);
      expect(ledger.find((r) => r.id === rows[1]!.id)?.lastComment).toBe('材料齐全');
    });

    it('lists a drilled-into unit with what is below it, never beyond the reader’s own subtree', async () => {
      const supervisor = await world.as('bl-supervisor');
      const total = async (underOrgId: string) =>
        (await supervisor.send<LedgerPage>('GET', `/api/ledger?underOrgId=${enc(underOrgId)}&limit=1`)).total;
      expect(await total(rows[0]!.orgId)).toBe(2); // 博罗县司法局 and nothing else
      expect(await total('441322')).toBe(2); // 博罗县: its departments included
      expect(await total('441300')).toBe(2); // 惠州市 is above the reader: still only 博罗县's rows
      expect(await total('441302')).toBe(0); // 惠城区: another branch
      const unknown = await supervisor.request('/api/ledger?underOrgId=nowhere');
      expect(unknown.status).toBe(404);
    });
  });
});
