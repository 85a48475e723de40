import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { listAccounts } from './account-admin.repository.ts';
import { createImportedAccounts, type ImportedAccount } from './account-import.repository.ts';
import { createUser } from './accounts.repository.ts';
import { sqlStateOf } from './retry-on-deadlock.ts';

const account = (username: string, orgId = '441322'): ImportedAccount => ({
  username,
  displayName: username,
  passwordHash: 'not-a-real-hash',
  orgId,
  role: 'reporter',
  phone: null,
});

describe('creating the accounts of a bulk import', () => {
  forEachDatabase((getDb) => {
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
      await createUser(getDb().db, { ...account('bl-taken'), actor: 'system:seed' });
    });

    it('creates none when one of them fails (a username taken in the meantime)', async () => {
      const { db } = getDb();
      const batch = [account('bl-a1'), account('bl-a2', '441322-justice'), account('bl-taken')];
      const failure = await createImportedAccounts(db, {
        accounts: batch,
        actor: 'user-bl-admin',
        actorOrgId: '441322',
        fileName: '账号.xlsx',
      }).catch((error: unknown) => error);
      expect(sqlStateOf(failure)).toBe('23505');
      expect((await listAccounts(db, { q: 'bl-a' })).map((a) => a.username)).toEqual([]);
      const events = await getDb().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM events WHERE type IN ('user.created', 'user.bulkCreated') AND actor = 'user-bl-admin'",
      );
      expect(events[0]?.n).toBe(0);
    });

    it('creates all in one step, each to set its own password, each logged with actor and address, and the batch once', async () => {
      const { db } = getDb();
      await createImportedAccounts(db, {
        accounts: [account('bl-b1'), account('bl-b2', '441322-justice')],
        actor: 'user-bl-admin',
        actorOrgId: '441322',
        address: '203.0.113.9',
        fileName: '账号.xlsx',
      });
      const created = await listAccounts(db, { q: 'bl-b' });
      expect(created.map((a) => [a.username, a.orgId, a.mustChangePassword])).toEqual([
        ['bl-b1', '441322', true],
        ['bl-b2', '441322-justice', true],
      ]);
      const events = await getDb().query<{ type: string; subject_id: string; payload: Record<string, unknown> }>(
        "SELECT type, subject_id, payload FROM events WHERE actor = 'user-bl-admin' ORDER BY id",
      );
      expect(events.map((e) => [e.type, e.subject_id, e.payload.address, e.payload.orgPath])).toEqual([
        ['user.created', 'user-bl-b1', '203.0.113.9', '/440000/441300/441322/'],
        ['user.created', 'user-bl-b2', '203.0.113.9', '/440000/441300/441322/441322-justice/'],
        ['user.bulkCreated', '441322', '203.0.113.9', undefined],
      ]);
      expect(events[2]?.payload).toMatchObject({ count: 2, fileName: '账号.xlsx' });
    });
  });
});
