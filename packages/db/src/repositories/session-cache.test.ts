import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client.ts';
import { sessions } from '../schema/sessions.schema.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { createPostgresTestDatabase, forEachDatabase } from '../testing/index.ts';
import { createSession, createUser, deleteSession, type SessionTimes } from './accounts.repository.ts';
import { changesSessions, type SessionCache, sessionCacheFor } from './session-cache.ts';

const TIMES: SessionTimes = { idleMs: 2 * 3_600_000, absoluteMs: 12 * 3_600_000 };

async function signedIn(handle: DatabaseHandle, username: string, orgId = '441322') {
  await createUser(handle.db, {
    username,
    displayName: username,
    passwordHash: 'x',
    orgId,
    role: 'reporter',
    actor: 'system:seed',
  });
  return (await createSession(handle.db, `user-${username}`, TIMES)).token;
}

/** Finds the session until the cache holds it (it holds nothing before it listens). */
async function held(cache: SessionCache, token: string) {
  await vi.waitFor(async () => {
    expect(await cache.find(token, TIMES)).toBeDefined();
    expect(cache.held()).toBeGreaterThan(0);
  });
}

describe('signed-in sessions held in memory', () => {
  it('takes for a change what writes sessions, accounts or units', () => {
    expect(changesSessions('delete from "sessions" where "sessions"."id" = $1')).toBe(true);
    expect(changesSessions("UPDATE sessions SET expires_at = now() - interval '1 minute'")).toBe(true);
    expect(changesSessions('update "users" set "disabled_at" = $1 where "users"."id" = $2')).toBe(true);
    expect(changesSessions('insert into "users" ("id") values ($1) on conflict ("id") do update set "role" = $2')).toBe(
      true,
    );
    expect(changesSessions('UPDATE orgs SET name = $1 WHERE id = $2')).toBe(true);
    expect(changesSessions('TRUNCATE TABLE sessions, users CASCADE')).toBe(true);
    expect(changesSessions('insert into "sessions" ("id") values ($1)')).toBe(false);
    expect(changesSessions('select "users"."id" from "sessions" inner join "users" on true')).toBe(false);
    expect(changesSessions('update "assignments" set "state" = $1')).toBe(false);
  });

  forEachDatabase((getDb) => {
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
    });

    it('does not take the lookup’s own renewal of an idle session for a change', () => {
      const renewal = getDb().db.update(sessions).set({ expiresAt: new Date() }).where(eq(sessions.id, 'x'));
      expect(changesSessions(renewal.toSQL().sql)).toBe(false);
    });

    it('serves a session from memory until this process ends it, disables its account or renames its unit', async () => {
      const cache = sessionCacheFor(getDb());
      expect(sessionCacheFor(getDb())).toBe(cache);
      const first = await signedIn(getDb(), 'cache-one');
      await held(cache, first);
      expect((await cache.find(first, TIMES))?.account.username).toBe('cache-one');

      await deleteSession(getDb().db, first); // 退出登录
      expect(cache.held()).toBe(0);
      expect(await cache.find(first, TIMES)).toBeUndefined();

      const second = await signedIn(getDb(), 'cache-two');
      await held(cache, second);
      await getDb().query("UPDATE users SET disabled_at = now() WHERE username = 'cache-two'");
      expect(await cache.find(second, TIMES)).toBeUndefined();

      const third = await signedIn(getDb(), 'cache-three', '441302');
      await held(cache, third);
      await getDb().query("UPDATE orgs SET name = '惠城区（改名）' WHERE id = '441302'");
      expect((await cache.find(third, TIMES))?.account.orgName).toBe('惠城区（改名）');
    });
  });

  describe.runIf(inject('postgresUrl'))('on PostgreSQL, with a change made by another process', () => {
    let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
    const handles: DatabaseHandle[] = [];
    afterAll(async () => {
      await Promise.all(handles.map((h) => h.close()));
      await created?.drop();
    });

    it('forgets the session once the other process’s write commits', async () => {
      created = await createPostgresTestDatabase();
      const url = created?.url as string;
      const mine = await openDatabase({ url });
      const theirs = await openDatabase({ url });
      handles.push(mine, theirs);
      await seedOrgTree(mine, { provinces: ['44'] });
      const token = await signedIn(mine, 'cache-far');
      const cache = sessionCacheFor(mine);
      await held(cache, token);
      // Not a statement of this process: only the trigger's notification can tell it.
      await theirs.query("UPDATE users SET role = 'author' WHERE username = 'cache-far'");
      await vi.waitFor(() => expect(cache.held()).toBe(0), { timeout: 5_000 });
      expect((await cache.find(token, TIMES))?.account.role).toBe('author');
    });
  });
});
