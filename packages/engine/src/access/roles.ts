/**
 * What an account may do is its role, over the subtree of the org it belongs to
 * (least privilege by org subtree):
 * - admin: everything in its subtree except reporting, which is each unit's own word;
 * - author (起草): the templates its own org issues;
 * - deriver (分解): the plans its own org derives from a superior's;
 * - reporter (报送): its own unit's assignments;
 * - supervisor (督办): verify, return and urge within its subtree, never its own unit's reports.
 */
export const ROLES = ['admin', 'author', 'deriver', 'reporter', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  author: '方案起草',
  deriver: '方案分解',
  reporter: '任务报送',
  supervisor: '督查核验',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The signed-in account as the policy sees it. */
export type Principal = { userId: string; orgId: string; orgPath: string; role: Role };
