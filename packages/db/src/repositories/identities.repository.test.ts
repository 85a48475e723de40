import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { createUser } from './accounts.repository.ts';
import {
  findAccountForLinking,
  findIdentityAccount,
  linkIdentity,
  listIdentities,
  logIdentityRefusal,
  provisionIdentityAccount,
  recordIdentitySignIn,
  saveOidcSignIn,
  takeOidcSignIn,
} from './identities.repository.ts';

const ISSUER = 'https://sso.gd.gov.cn';
const checks = { state: 's-1', nonce: 'n-1', codeVerifier: 'v-1' };

describe('identities at an OpenID Connect provider', () => {
  forEachDatabase((getDb) => {
    const eventsOf = (types: string[]) =>
      getDb().query<{ actor: string; type: string; subject_id: string; payload: Record<string, unknown> }>(
        'SELECT actor, type, subject_id, payload FROM events WHERE type = ANY($1::text[]) ORDER BY id',
        [types],
      );

    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
      await createUser(getDb().db, {
        username: 'bl-zhang',
        displayName: '张三',
        passwordHash: 'x',
        orgId: '441322',
        role: 'author',
        actor: 'system:seed',
      });
    });

    it('keeps a sign-in under way for one use only, and not past its time', async () => {
      const { db } = getDb();
      const token = await saveOidcSignIn(db, checks, 60_000);
      expect(await takeOidcSignIn(db, token)).toEqual(checks);
      expect(await takeOidcSignIn(db, token)).toBeUndefined();
      expect(await takeOidcSignIn(db, 'never-issued')).toBeUndefined();
      const stale = await saveOidcSignIn(db, checks, -1);
      expect(await takeOidcSignIn(db, stale)).toBeUndefined();
      // Only the hash is stored: the table does not hold the cookie's value.
      const rows = await getDb().query<{ id: string }>('SELECT id FROM oidc_sign_ins');
      expect(rows.every((r) => r.id !== token && /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
    });

    it('links an account to one subject per provider, and a subject to one account', async () => {
      const { db } = getDb();
      const link = { issuer: ISSUER, actor: 'system:oidc', address: '10.0.0.1' };
      expect(await findIdentityAccount(db, { issuer: ISSUER, subject: 'sub-zhang' })).toBeUndefined();
      expect(await findAccountForLinking(db, { username: 'bl-zhang', issuer: ISSUER })).toMatchObject({
        userId: 'user-bl-zhang',
        orgPath: '/440000/441300/441322/',
        linkedSubject: null,
        disabled: false,
      });
      expect(await linkIdentity(db, { ...link, subject: 'sub-zhang', userId: 'user-bl-zhang' })).toBe(true);
      expect(await linkIdentity(db, { ...link, subject: 'sub-other', userId: 'user-bl-zhang' })).toBe(false);
      expect(await findIdentityAccount(db, { issuer: ISSUER, subject: 'sub-zhang' })).toMatchObject({
        username: 'bl-zhang',
        orgId: '441322',
        role: 'author',
      });
      expect(await findAccountForLinking(db, { username: 'bl-zhang', issuer: ISSUER })).toMatchObject({
        linkedSubject: 'sub-zhang',
      });
      // Another provider is another identity.
      expect(
        await linkIdentity(db, { ...link, issuer: 'https://other.example', subject: 'x', userId: 'user-bl-zhang' }),
      ).toBe(true);

      const created = await provisionIdentityAccount(db, {
        ...link,
        subject: 'sub-li',
        user: { username: 'bl-li', displayName: '李四', passwordHash: '!', orgId: '441322-justice', role: 'reporter' },
      });
      expect(created.userId).toBe('user-bl-li');
      // The subject is taken: linking it to another account fails.
      expect(await linkIdentity(db, { ...link, subject: 'sub-li', userId: 'user-bl-zhang' })).toBe(false);
      const logged = await eventsOf(['user.created', 'user.identityLinked']);
      expect(logged.filter((e) => e.subject_id === 'user-bl-li').map((e) => [e.type, e.actor])).toEqual([
        ['user.created', 'system:oidc'],
        ['user.identityLinked', 'system:oidc'],
      ]);
      expect(logged.find((e) => e.type === 'user.identityLinked')?.payload).toMatchObject({
        username: 'bl-zhang',
        issuer: ISSUER,
        subject: 'sub-zhang',
        address: '10.0.0.1',
      });
    });

    it('records a sign-in in the history with its method, and a refusal with its reason', async () => {
      const { db } = getDb();
      await recordIdentitySignIn(db, {
        issuer: ISSUER,
        subject: 'sub-li',
        userId: 'user-bl-li',
        username: 'bl-li',
        address: '10.0.0.2',
      });
      const [identity] = await listIdentities(db, 'user-bl-li');
      expect(identity?.lastSignInAt).toBeInstanceOf(Date);
      await logIdentityRefusal(db, {
        reason: 'outside-subtree',
        issuer: ISSUER,
        subject: 'sub-gz',
        address: '10.0.0.3',
        claims: { orgCode: '440100' },
      });
      const logged = await eventsOf(['auth.login', 'auth.oidcRefused']);
      expect(logged.map((e) => [e.type, e.actor, e.subject_id, e.payload])).toEqual([
        ['auth.login', 'user-bl-li', 'bl-li', { address: '10.0.0.2', method: 'oidc' }],
        [
          'auth.oidcRefused',
          'anonymous',
          'oidc:sub-gz',
          {
            reason: 'outside-subtree',
            issuer: ISSUER,
            subject: 'sub-gz',
            address: '10.0.0.3',
            claims: { orgCode: '440100' },
          },
        ],
      ]);
    });
  });
});
