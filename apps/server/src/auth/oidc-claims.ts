import { isRole, type Role } from '@cascade/engine';

/** Which claims carry what: set by OIDC_ORG_CLAIM, OIDC_ROLE_CLAIM, OIDC_USERNAME_CLAIM, OIDC_NAME_CLAIM. */
export type OidcClaimNames = { org: string; role: string; username: string; name: string };

/** What an identity says about itself, read from the ID token and userinfo claims. */
export type ClaimedIdentity = {
  subject: string;
  username: string | undefined;
  displayName: string | undefined;
  orgCode: string | undefined;
  /** undefined: no role claim; null: a role claim that names no role here. */
  role: Role | null | undefined;
};

/** Roles as an identity platform may write them: our ids, or their names in Chinese. */
const ROLE_NAMES: Record<string, Role> = {
  管理员: 'admin',
  系统管理员: 'admin',
  方案起草: 'author',
  起草: 'author',
  方案分解: 'deriver',
  分解: 'deriver',
  任务报送: 'reporter',
  报送: 'reporter',
  报送员: 'reporter',
  督查核验: 'supervisor',
  督查: 'supervisor',
};

/** A role claim's value as a role: an id (`author`), a Chinese name (方案起草), or a list naming one role. */
export function roleOfClaim(value: unknown): Role | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const one = (v: unknown): Role | null => {
    if (typeof v !== 'string') return null;
    const text = v.trim();
    if (isRole(text.toLowerCase())) return text.toLowerCase() as Role;
    return ROLE_NAMES[text] ?? null;
  };
  if (!Array.isArray(value)) return one(value);
  const roles = new Set(value.map(one));
  if (roles.size !== 1) return null;
  return [...roles][0] ?? null;
}

/** A short text claim (a code, a name), trimmed; undefined when absent, empty or not text. */
function textClaim(value: unknown, max: number): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  return text && text.length <= max ? text : undefined;
}

/** The identity's subject and what its claims say about username, name, org and role. */
export function readClaims(claims: Record<string, unknown>, names: OidcClaimNames): ClaimedIdentity {
  return {
    subject: String(claims.sub),
    username: textClaim(claims[names.username], 64),
    displayName: textClaim(claims[names.name], 64),
    orgCode: textClaim(claims[names.org], 64),
    role: roleOfClaim(claims[names.role]),
  };
}
