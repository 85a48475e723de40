import type {
  AccountEventsDto,
  AccountListDto,
  ManagedAccountDto,
  OneTimePasswordDto,
  Problem,
  SessionDto,
} from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, signIn } from '../http/in-process-session.ts';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const ADDRESS = '203.0.113.20';
const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

/** A request as the admin's browser sends it through a trusted proxy (its address in X-Forwarded-For). */
async function call<T = unknown>(session: ApiSession, method: string, path: string, body?: unknown) {
  const init: RequestInit = body === undefined ? { method } : { method, ...json(body) };
  init.headers = { ...(init.headers as Record<string, string>), 'x-forwarded-for': ADDRESS };
  const res = await session.request(path, init);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

describe('account administration within the admin’s subtree', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let admin: ApiSession;
    beforeAll(async () => {
      world = await createTestWorld(getDb(), { trustProxy: true });
      admin = await world.as('bl-admin');
    });

    it('creates a county author with a one-time password, who must set a new one before anything else', async () => {
      const created = await call<OneTimePasswordDto>(admin, 'POST', '/api/accounts', {
        username: 'bl-new-author',
        displayName: '王小明',
        orgId: '441322',
        role: 'author',
        phone: '0752-6123456',
      });
      expect(created.status).toBe(201);
      expect(created.body.account).toMatchObject({
        username: 'bl-new-author',
        displayName: '王小明',
        orgName: '博罗县',
        role: 'author',
        phone: '0752-6123456',
        disabled: false,
        mustChangePassword: true,
      });
      const oneTime = created.body.oneTimePassword;
      expect(oneTime.length).toBeGreaterThanOrEqual(20);
      const taken = await call<Problem>(admin, 'POST', '/api/accounts', {
        username: 'bl-new-author',
        displayName: '重名',
        orgId: '441322',
        role: 'reporter',
      });
      expect(taken.status).toBe(409);
      expect(taken.body.type).toBe('/problems/username-taken');

      const author = await signIn(world.app, 'bl-new-author', oneTime);
      expect(author.account.mustChangePassword).toBe(true);
      const blocked = await author.request('/api/plans');
      expect(blocked.status).toBe(403);
      expect(((await blocked.json()) as Problem).type).toBe('/problems/password-change-required');
      const session = (await (await author.request('/api/auth/session')).json()) as SessionDto;
      expect(session.account.mustChangePassword).toBe(true);

      const change = (currentPassword: string, newPassword: string) =>
        call<Problem & SessionDto>(author, 'POST', '/api/auth/password', { currentPassword, newPassword });
      const wrong = await change('not-it', 'Lantern-orchard-73');
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors?.[0]?.path).toBe('currentPassword');
      const weak = await change(oneTime, 'password123');
      expect(weak.status).toBe(422);
      expect(weak.body.errors?.[0]).toMatchObject({
        path: 'newPassword',
        message: expect.stringContaining('常用密码'),
      });
      const own = await change(oneTime, 'bl-new-author2022');
      expect(own.body.errors?.[0]?.message).toContain('用户名');
      const done = await change(oneTime, 'Lantern-orchard-73');
      expect(done.status).toBe(200);
      expect(done.body.account.mustChangePassword).toBe(false);
      expect((await author.request('/api/plans')).status).toBe(200);
      expect((await signIn(world.app, 'bl-new-author', 'Lantern-orchard-73')).account.mustChangePassword).toBe(false);
    });

    it('lists the subtree’s accounts only, filtered and paged; nothing above or beside', async () => {
      const all = await call<AccountListDto>(admin, 'GET', '/api/accounts?limit=200');
      expect(all.status).toBe(200);
      expect(all.body.org.name).toBe('博罗县');
      const names = all.body.items.map((a) => a.username);
      expect(names).toEqual(expect.arrayContaining(['bl-admin', 'bl-deriver', 'bl-reporter', 'bl-new-author']));
      for (const account of all.body.items) expect(account.orgPath.startsWith('/440000/441300/441322/')).toBe(true);
      expect(names).not.toContain('hz-author');
      expect(names).not.toContain('hy-author');

      const reporters = await call<AccountListDto>(admin, 'GET', '/api/accounts?role=reporter');
      expect(reporters.body.items.every((a) => a.role === 'reporter')).toBe(true);
      expect(reporters.body.total).toBeGreaterThanOrEqual(3);
      const justice = await call<AccountListDto>(admin, 'GET', '/api/accounts?orgId=441322-justice');
      expect(justice.body.items.map((a) => a.username)).toEqual(['bl-justice-supervisor', 'bl-reporter']);
      const page = await call<AccountListDto>(admin, 'GET', '/api/accounts?limit=2&offset=2');
      expect(page.body.items).toEqual(all.body.items.slice(2, 4));
      expect(page.body.total).toBe(all.body.total);
      const found = await call<AccountListDto>(admin, 'GET', '/api/accounts?q=%E7%8E%8B%E5%B0%8F');
      expect(found.body.items.map((a) => a.username)).toEqual(['bl-new-author']);

      for (const orgId of ['441300', '441323', '441303']) {
        const refused = await call<Problem>(admin, 'GET', `/api/accounts?orgId=${orgId}`);
        expect(refused.status, orgId).toBe(403);
        expect(refused.body.detail).toBe('只能管理本单位及下级单位的账号');
      }
      const author = await world.as('bl-author');
      expect((await call(author, 'GET', '/api/accounts')).status).toBe(403);
    });

    it('never reaches an account of 惠东县 or 惠州市: not read, changed, disabled or reset', async () => {
      const province = await world.as('gd-admin');
      const huidong = await call<OneTimePasswordDto>(province, 'POST', '/api/accounts', {
        username: 'hd-author',
        displayName: '惠东县 方案起草',
        orgId: '441323',
        role: 'author',
      });
      expect(huidong.status).toBe(201);
      const refusedCreate = await call<Problem>(admin, 'POST', '/api/accounts', {
        username: 'bl-sneaky',
        displayName: '越权',
        orgId: '441323',
        role: 'admin',
      });
      expect(refusedCreate.status).toBe(403);
      for (const username of ['hd-author', 'hz-author']) {
        const path = `/api/accounts/${username}`;
        expect((await call(admin, 'GET', path)).status, username).toBe(403);
        expect((await call(admin, 'PATCH', path, { displayName: '改名' })).status, username).toBe(403);
        expect((await call(admin, 'POST', `${path}/disable`)).status, username).toBe(403);
        expect((await call(admin, 'POST', `${path}/enable`)).status, username).toBe(403);
        expect((await call(admin, 'POST', `${path}/reset-password`)).status, username).toBe(403);
      }
      // Nor can an account of its own be moved out to another branch.
      const moved = await call<Problem>(admin, 'PATCH', '/api/accounts/bl-new-author', { orgId: '441323' });
      expect(moved.status).toBe(403);
      expect((await call(admin, 'GET', '/api/accounts/nobody-here')).status).toBe(404);
      const hz = await call<ManagedAccountDto>(province, 'GET', '/api/accounts/hz-author');
      expect(hz.body.displayName).toBe('惠州市 方案起草');
    });

    it('edits, disables (sessions end), enables and resets; never disables, demotes or moves itself', async () => {
      const edited = await call<ManagedAccountDto>(admin, 'PATCH', '/api/accounts/bl-new-author', {
        displayName: '王小明（司法局）',
        orgId: '441322-justice',
        role: 'reporter',
        phone: '',
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ orgName: '博罗县司法局', role: 'reporter', phone: null });

      const holder = await signIn(world.app, 'bl-new-author', 'Lantern-orchard-73');
      expect(holder.account.role).toBe('reporter');
      const disabled = await call<ManagedAccountDto>(admin, 'POST', '/api/accounts/bl-new-author/disable');
      expect(disabled.body.disabled).toBe(true);
      expect((await holder.request('/api/plans')).status).toBe(401);
      await expect(signIn(world.app, 'bl-new-author', 'Lantern-orchard-73')).rejects.toThrow(/401/);
      const inactive = await call<AccountListDto>(admin, 'GET', '/api/accounts?disabled=true');
      expect(inactive.body.items.map((a) => a.username)).toEqual(['bl-new-author']);
      expect((await call<ManagedAccountDto>(admin, 'POST', '/api/accounts/bl-new-author/enable')).body.disabled).toBe(
        false,
      );

      const reset = await call<OneTimePasswordDto>(admin, 'POST', '/api/accounts/bl-new-author/reset-password');
      expect(reset.status).toBe(200);
      expect(reset.body.account.mustChangePassword).toBe(true);
      await expect(signIn(world.app, 'bl-new-author', 'Lantern-orchard-73')).rejects.toThrow(/401/);
      expect((await signIn(world.app, 'bl-new-author', reset.body.oneTimePassword)).account.mustChangePassword).toBe(
        true,
      );

      for (const [method, path, body, message] of [
        ['POST', '/api/accounts/bl-admin/disable', undefined, '不能停用自己的账号'],
        ['PATCH', '/api/accounts/bl-admin', { role: 'author' }, '不能修改自己的角色'],
        ['PATCH', '/api/accounts/bl-admin', { orgId: '441322-justice' }, '不能修改自己所属的单位'],
        ['POST', '/api/accounts/bl-admin/reset-password', undefined, '不能重置自己的密码'],
      ] as const) {
        const refused = await call<Problem>(admin, method, path, body);
        expect(refused.status, path).toBe(422);
        expect(refused.body.type).toBe('/problems/account-change-refused');
        expect(refused.body.detail).toContain(message);
      }
      // Its own name and phone are its own to correct.
      expect((await call(admin, 'PATCH', '/api/accounts/bl-admin', { phone: '0752-1' })).status).toBe(200);
    });

    it('records every action with actor, target and address; admins above see it, admins beside do not', async () => {
      const own = await call<AccountEventsDto>(admin, 'GET', '/api/account-events?limit=200');
      expect(own.status).toBe(200);
      const mine = own.body.items.filter((e) => e.username === 'bl-new-author');
      expect(mine.map((e) => e.type).reverse()).toEqual([
        'user.created',
        'user.passwordChanged',
        'user.updated',
        'user.disabled',
        'user.enabled',
        'user.passwordReset',
      ]);
      const created = mine.at(-1)!;
      expect(created).toMatchObject({ actor: { id: 'user-bl-admin', name: '博罗县 管理员' }, address: ADDRESS });
      expect(mine.find((e) => e.type === 'user.passwordChanged')?.actor.id).toBe('user-bl-new-author');
      const updated = mine.find((e) => e.type === 'user.updated')!;
      expect(updated.changes).toMatchObject({
        orgId: { from: '441322', to: '441322-justice' },
        role: { from: 'author', to: 'reporter' },
      });
      expect(own.body.items.some((e) => e.username === 'hd-author')).toBe(false);

      const province = await world.as('gd-admin');
      const above = await call<AccountEventsDto>(province, 'GET', '/api/account-events?orgId=441322&limit=200');
      expect(above.body.items.map((e) => e.id)).toEqual(own.body.items.map((e) => e.id));
      const beside = await world.as('hy-admin');
      expect((await call(beside, 'GET', '/api/account-events?orgId=441322')).status).toBe(403);
      const besideOwn = await call<AccountEventsDto>(beside, 'GET', '/api/account-events');
      expect(besideOwn.body.items.some((e) => e.username === 'bl-new-author')).toBe(false);
      expect((await call(admin, 'GET', '/api/account-events?orgId=441300')).status).toBe(403);
    });

    it('offers only orgs of its own subtree to place an account in', async () => {
      const { body } = await call<{ orgs: { id: string; name: string }[] }>(
        admin,
        'GET',
        `/api/account-orgs?q=${encodeURIComponent('司法局')}`,
      );
      expect(body.orgs.map((o) => o.name)).toEqual(['博罗县司法局']);
      const county = await call<{ orgs: { id: string }[] }>(admin, 'GET', '/api/account-orgs?q=441322');
      expect(county.body.orgs[0]?.id).toBe('441322');
    });
  });
});
