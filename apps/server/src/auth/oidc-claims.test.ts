import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { readClaims, roleOfClaim } from './oidc-claims.ts';
import { oidcSettingsOf } from './oidc-client.ts';

const NAMES = { org: 'org_code', role: 'role', username: 'preferred_username', name: 'name' };

describe('claims of an identity', () => {
  it('reads a role as our id, its Chinese name, or a list naming one role', () => {
    expect(roleOfClaim('author')).toBe('author');
    expect(roleOfClaim(' Supervisor ')).toBe('supervisor');
    expect(roleOfClaim('方案起草')).toBe('author');
    expect(roleOfClaim('督查核验')).toBe('supervisor');
    expect(roleOfClaim(['报送员'])).toBe('reporter');
    expect(roleOfClaim(['reporter', '任务报送'])).toBe('reporter');
    expect(roleOfClaim(undefined)).toBeUndefined();
    expect(roleOfClaim('')).toBeUndefined();
    expect(roleOfClaim('boss')).toBeNull();
    expect(roleOfClaim(['author', 'admin'])).toBeNull();
    expect(roleOfClaim(['author', 'boss'])).toBeNull();
    expect(roleOfClaim(7)).toBeNull();
  });

  it('reads the configured claims, and nothing from a claim of the wrong kind or size', () => {
    expect(
      readClaims(
        { sub: 'abc', preferred_username: ' bl-li ', name: '李明', org_code: 441322, role: '方案分解' },
        NAMES,
      ),
    ).toEqual({ subject: 'abc', username: 'bl-li', displayName: '李明', orgCode: '441322', role: 'deriver' });
    expect(
      readClaims({ sub: 'abc', dept: '441322-justice', roles: ['reporter'] }, { ...NAMES, org: 'dept', role: 'roles' }),
    ).toMatchObject({ orgCode: '441322-justice', role: 'reporter', username: undefined });
    expect(readClaims({ sub: 'abc', org_code: { id: 1 }, name: 'x'.repeat(65) }, NAMES)).toMatchObject({
      orgCode: undefined,
      displayName: undefined,
    });
  });
});

describe('single sign-on settings', () => {
  const complete = {
    OIDC_ISSUER: 'https://sso.gd.gov.cn/oidc',
    OIDC_CLIENT_ID: 'zwgk',
    OIDC_CLIENT_SECRET: 's3cret',
    OIDC_REDIRECT_URI: 'https://zwgk.huizhou.gov.cn/api/auth/oidc/callback',
    OIDC_SUBTREE: '441300',
  };

  it('is off unless configured, and then has its defaults', () => {
    expect(oidcSettingsOf(parseEnv({}))).toBeUndefined();
    expect(parseEnv({}).PASSWORD_SIGNIN).toBe(true);
    const settings = oidcSettingsOf(parseEnv(complete));
    expect(settings).toMatchObject({
      clientId: 'zwgk',
      subtree: '441300',
      provision: false,
      scopes: 'openid profile',
      claims: { org: 'org_code', role: 'role', username: 'preferred_username', name: 'name' },
    });
    expect(settings?.issuer.href).toBe('https://sso.gd.gov.cn/oidc');
  });

  it('refuses half a configuration, password sign-in off without SSO, plain http and a wrong callback', () => {
    const { OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = complete;
    expect(() => parseEnv(withoutSecret)).toThrow(/OIDC_CLIENT_SECRET: 启用统一身份认证/);
    expect(() => parseEnv({ PASSWORD_SIGNIN: 'off' })).toThrow(/PASSWORD_SIGNIN: 关闭密码登录时必须配置统一身份认证/);
    expect(parseEnv({ ...complete, PASSWORD_SIGNIN: 'off' }).PASSWORD_SIGNIN).toBe(false);
    expect(() => parseEnv({ ...complete, OIDC_ISSUER: 'http://sso.gd.gov.cn' })).toThrow(/OIDC_ISSUER: 应为 https/);
    expect(parseEnv({ ...complete, OIDC_ISSUER: 'http://127.0.0.1:4000' }).OIDC_ISSUER).toBe('http://127.0.0.1:4000');
    expect(() => parseEnv({ ...complete, OIDC_REDIRECT_URI: 'https://zwgk.huizhou.gov.cn/' })).toThrow(
      /OIDC_REDIRECT_URI: 应为本系统的回调地址/,
    );
    expect(() => parseEnv({ ...complete, OIDC_SCOPES: 'profile' })).toThrow(/OIDC_SCOPES: 必须包含 openid/);
  });
});
