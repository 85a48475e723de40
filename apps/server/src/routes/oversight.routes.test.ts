import type { LedgerPage, NotificationsDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const enc = encodeURIComponent;
const URGES = 57;

describe('the inbox (消息): unread badge and paging', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const planId = await world.importAndPublish(
        'bl-author',
        '一、总体要求\n（一）公开\n1.建设规章库专栏。〔牵头单位：县司法局〕',
        '博罗县.txt',
      );
      // 博罗县's supervisor urges 博罗县司法局 more often than one page of the inbox holds.
      const supervisor = await world.as('bl-supervisor');
      const { rows } = await supervisor.send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${enc(planId)}&orgId=441322-justice`,
      );
      expect(rows).toHaveLength(1);
      for (let i = 0; i < URGES; i++)
        await supervisor.send('POST', `/api/assignments/${enc(rows[0]!.id)}/urge`, { message: `第 ${i + 1} 次督办` });
    });

    const inbox = async (query = '') =>
      (await world.as('bl-reporter')).send<NotificationsDto>('GET', `/api/notifications${query}`);

    it('counts every unread message in the badge, beyond the 50 listed', async () => {
      const first = await inbox();
      expect(first.items).toHaveLength(50);
      expect(first).toMatchObject({ unread: URGES, total: URGES });
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
      expect(rest.total).toBe(URGES);
    });
  });
});
