import type { BulkActionResult, LedgerPage, LedgerRowDto, NotificationsDto, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const enc = encodeURIComponent;
const planOf = (county: string, n: number) =>
  [
    '一、总体要求',
    '（一）公开',
    ...Array.from({ length: n }, (_, i) => `${i + 1}.公开${county}第${i + 1}项信息。〔牵头单位：县司法局〕`),
  ].join('\n');

describe('bulk actions on the ledger: each row on its own', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let boluo: LedgerRowDto[] = [];
    let huiyang: LedgerRowDto[] = [];
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const boluoPlan = await world.importAndPublish('bl-author', planOf('博罗', 6), '博罗县.txt');
      const huiyangPlan = await world.importAndPublish('hy-author', planOf('惠阳', 1), '惠阳区.txt');
      const rowsOf = async (username: string, planId: string) =>
        (await (await world.as(username)).send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}&limit=100`))
          .rows as LedgerRowDto[];
      boluo = await rowsOf('bl-supervisor', boluoPlan);
      huiyang = await rowsOf('hy-supervisor', huiyangPlan);
      expect(boluo).toHaveLength(6);
    });

    const bulk = async (username: string, body: Record<string, unknown>) => {
      const res = await (await world.as(username)).request('/api/assignments/bulk-actions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as BulkActionResult & Problem };
    };
    const asRows = (rows: LedgerRowDto[]) => rows.map((r) => ({ id: r.id, expectedVersion: r.version }));

    it('urges every selected row in one request: one message each, and a row out of reach is refused alone', async () => {
      const inboxBefore = (await (await world.as('bl-reporter')).send<NotificationsDto>('GET', '/api/notifications'))
        .total;
      const { status, body } = await bulk('bl-supervisor', {
        action: 'urge',
        rows: asRows([...boluo.slice(0, 3), huiyang[0]!]),
        message: '请于本周五前报送',
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({ done: 3, failed: 1 });
      expect(body.results.at(-1)).toMatchObject({ id: huiyang[0]!.id, ok: false, problem: { status: 403 } });
      const inbox = await (await world.as('bl-reporter')).send<NotificationsDto>('GET', '/api/notifications');
      expect(inbox.total - inboxBefore).toBe(3);
      expect(inbox.items.filter((n) => n.message.includes('请于本周五前报送'))).toHaveLength(3);

      // The unit reads them all in one step; the badge's count goes to nought, for this user only.
      const reporter = await world.as('bl-reporter');
      const marked = await reporter.send<{ marked: number }>('POST', '/api/notifications/read-all');
      expect(marked.marked).toBe(inbox.unread);
      expect((await reporter.send<NotificationsDto>('GET', '/api/notifications')).unread).toBe(0);
      expect((await reporter.send<{ marked: number }>('POST', '/api/notifications/read-all')).marked).toBe(0);
      // Another person of the same 司法局 still has them unread.
      const colleague = await (await world.as('bl-justice-supervisor')).send<NotificationsDto>(
        'GET',
        '/api/notifications',
      );
      expect(colleague.unread).toBe(inbox.unread);
    });

    it('verifies the reported rows; one changed meanwhile is a conflict and the rest still go through', async () => {
      const reporter = await world.as('bl-reporter');
      const reported: LedgerRowDto[] = [];
      for (const row of boluo.slice(0, 4)) {
        const form = new FormData();
        form.set('expectedVersion', String(row.version));
        form.set('text', '已公开');
        form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
        const res = await reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
        reported.push((await res.json()) as LedgerRowDto);
      }
      const stale = { ...reported[1]!, version: reported[1]!.version - 1 };
      const { body } = await bulk('bl-supervisor', {
        action: 'verify',
        rows: asRows([reported[0]!, stale, reported[2]!]),
        comment: '材料齐全',
      });
      expect(body).toMatchObject({ done: 2, failed: 1 });
      expect(body.results.map((r) => [r.ok, r.state ?? r.problem?.type])).toEqual([
        [true, 'verified'],
        [false, '/problems/conflict'],
        [true, 'verified'],
      ]);
      // The one left is returned with a reason; a return without one is refused before any row.
      const refused = await bulk('bl-supervisor', { action: 'return', rows: asRows([reported[3]!]) });
      expect(refused.status).toBe(400);
      const returned = await bulk('bl-supervisor', {
        action: 'return',
        rows: asRows([reported[3]!]),
        reason: '请补充截图',
      });
      expect(returned.body.results).toEqual([
        expect.objectContaining({ id: reported[3]!.id, ok: true, state: 'assigned' }),
      ]);
    });

    it('refuses the whole request when the account may act on none of the rows', async () => {
      const reporter = await bulk('bl-reporter', { action: 'verify', rows: asRows(boluo.slice(4, 6)) });
      expect(reporter.status).toBe(403);
      const beside = await bulk('hy-supervisor', { action: 'urge', rows: asRows(boluo.slice(4, 6)), message: '越权' });
      expect(beside.status).toBe(403);
      const untouched = await (await world.as('bl-supervisor')).send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${enc(boluo[4]!.planId)}&limit=100`,
      );
      expect(untouched.rows.filter((r) => r.state === 'assigned').map((r) => r.id)).toEqual(
        expect.arrayContaining([boluo[4]!.id, boluo[5]!.id]),
      );
    });
  });
});
