import type { LedgerPage, NotificationsDto } from '@cascade/contracts';
import { scanDeadlines } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const enc = encodeURIComponent;
const URGES = 57;

describe('the inbox (消息): unread badge, paging, one entry per task and day, 待处理', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let rowId = '';
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const planId = await world.importAndPublish(
        'bl-author',
        '一、总体要求\n（一）公开\n1.建设规章库专栏。〔牵头单位：县司法局〕',
        '博罗县.txt',
      );
      // 博罗县's supervisor urges 博罗县司法局 on more days than one page of the inbox holds.
      const supervisor = await world.as('bl-supervisor');
      const { rows } = await supervisor.send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${enc(planId)}&orgId=441322-justice`,
      );
      expect(rows).toHaveLength(1);
      rowId = rows[0]!.id;
      for (let i = 0; i < URGES; i++)
        await supervisor.send('POST', `/api/assignments/${enc(rowId)}/urge`, { message: `第 ${i + 1} 次督办` });
      // One urge a day, the first on 2022-01-03 (the inbox folds one day's urges about one task).
      await getDb().query(
        `UPDATE events SET at = '2022-01-03T09:00:00+08:00'::timestamptz + make_interval(days => n)
         FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM events WHERE type = 'assignment.urged') d
         WHERE events.id = d.id`,
      );
    });

    const inbox = async (query = '', username = 'bl-reporter') =>
      (await world.as(username)).send<NotificationsDto>('GET', `/api/notifications${query}`);

    it('counts every unread message in the badge, beyond the 50 listed', async () => {
      const first = await inbox();
      expect(first.items).toHaveLength(50);
      expect(first).toMatchObject({ unread: URGES, total: URGES, pending: URGES });
      // Reading one of the older messages, not on the first page, lowers the count by one.
      const older = await inbox('?offset=50');
      await (await world.as('bl-reporter')).send('POST', `/api/notifications/${older.items[0]!.eventId}/read`);
      expect((await inbox()).unread).toBe(URGES - 1);
    });

    it('pages through older messages to the first urge, each once', async () => {
      const first = await inbox('?limit=50');
      const rest = await inbox('?limit=50&offset=50');
      expect(rest.items).toHaveLength(URGES - 50);
      const ids = [...first.items, ...rest.items].map((n) => n.eventId);
      expect(new Set(ids).size).toBe(URGES);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(rest.items.at(-1)?.message).toBe('督办：第 1 次督办');
      expect(rest.items.at(-1)).toMatchObject({ planTitle: '博罗县', orgName: '博罗县司法局', count: 1 });
      expect(rest.total).toBe(URGES);
    });

    it('folds three urges of one day into one entry, read in one step, acted on once the row is reported', async () => {
      const supervisor = await world.as('bl-supervisor');
      for (const message of ['请报送', '请尽快报送', '今日内报送'])
        await supervisor.send('POST', `/api/assignments/${enc(rowId)}/urge`, { message });
      const { items, unread } = await inbox('?limit=1');
      expect(unread).toBe(URGES);
      expect(items[0]).toMatchObject({ count: 3, message: '督办：今日内报送；共3条', actedOn: false });
      expect(items[0]?.eventIds).toHaveLength(3);
      await (await world.as('bl-reporter')).send('POST', `/api/notifications/${items[0]!.eventIds[2]}/read`);
      expect((await inbox('?limit=1')).items[0]).toMatchObject({ read: true });
      expect((await inbox()).unread).toBe(URGES - 1);

      const form = new FormData();
      const { rows } = await supervisor.send<LedgerPage>('GET', `/api/ledger?orgId=441322-justice`);
      form.set('expectedVersion', String(rows.find((r) => r.id === rowId)!.version));
      form.set('text', '已建设');
      form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
      const res = await (await world.as('bl-reporter')).request(`/api/assignments/${enc(rowId)}/report`, {
        method: 'POST',
        body: form,
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const after = await inbox();
      expect(after.items.every((n) => n.actedOn)).toBe(true);
      expect(after.pending).toBe(0);
      expect(await inbox('?filter=pending')).toMatchObject({ items: [], total: 0, pending: 0 });
    });

    it('gives the county one 督办单 entry for a task red at every township, with the 文号', async () => {
      await world.importAndPublish(
        'bl-author',
        '一、总体要求\n（一）公开\n1.公开镇级权责清单。〔牵头单位：各乡镇人民政府；完成时限：2022年3月底前〕',
        '博罗县镇级.txt',
      );
      await scanDeadlines(getDb(), { today: '2022-06-01' });
      const county = await inbox('?filter=pending', 'bl-supervisor');
      const notices = county.items.filter((n) => n.type === 'assignment.escalated');
      // One 督办单 and one 约谈 entry for the task, not one per township.
      expect(notices).toHaveLength(2);
      const notice = notices.find((n) => n.message.startsWith('督办单'))!;
      expect(notice.unitCount).toBeGreaterThan(10);
      expect(notice.count).toBe(notice.unitCount);
      expect(notice.orgName).toMatch(new RegExp(`^[^、]+、[^、]+、[^、]+等${notice.unitCount}个单位$`));
      expect(notice.message).toMatch(new RegExp(`文号 博督〔2022〕\\d+号、.*等${notice.unitCount}份$`));
      expect(notice.docNumbers).toHaveLength(3);
      const english = await (await world.as('bl-supervisor')).request('/api/notifications?filter=pending', {
        headers: { 'accept-language': 'en' },
      });
      const en = ((await english.json()) as NotificationsDto).items.find((n) => n.eventId === notice.eventId)!;
      expect(en.orgName).toMatch(new RegExp(`and ${notice.unitCount - 3} more units$`));
      expect(en.message).toMatch(/^Supervision notice: .*; notice no\. 博督〔2022〕\d+号, /);
    });
  });
});
