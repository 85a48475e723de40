import { seedOrgTree } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveOidcAccount } from './oidc-account.ts';

const ISSUER = 'https://sso.example.gov.cn';

describe('the account an identity signs in to', () => {
  forEachDatabase((getDb) => {
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
    });

    it('provisions one account when the same person’s first sign-in arrives twice at once', async () => {
      const signIn = () =>
        resolveOidcAccount(getDb().db, {
          issuer: ISSUER,
          identity: {
            subject: 'sub-li-si',
            username: 'bl-lisi',
            displayName: '李四',
            orgCode: '441322',
            role: 'reporter',
          },
          subtree: '441300',
          provision: true,
          address: '203.0.113.5',
        });
      const outcomes = await Promise.all([signIn(), signIn(), signIn()]);
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
      const ids = new Set(outcomes.map((o) => (o.ok ? o.userId : '')));
      expect(ids.size).toBe(1);
      const accounts = await getDb().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM users WHERE username = 'bl-lisi'",
      );
      expect(accounts).toEqual([{ n: 1 }]);
    });
  });
});
