import { z } from 'zod';

export const roleSchema = z.enum(['admin', 'author', 'deriver', 'reporter', 'supervisor']).meta({
  id: 'Role',
  description: 'admin 管理员 · author 方案起草 · deriver 方案分解 · reporter 任务报送 · supervisor 督查核验',
});

export const accountSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgPath: z.string(),
    role: roleSchema,
  })
  .meta({
    id: 'Account',
    example: {
      id: 'user-bl-reporter',
      username: 'bl-reporter',
      displayName: '博罗县司法局 报送员',
      orgId: '441322-justice',
      orgName: '博罗县司法局',
      orgPath: '/440000/441300/441322/441322-justice/',
      role: 'reporter',
    },
  });
export type AccountDto = z.infer<typeof accountSchema>;

/** POST /api/auth/login */
export const loginRequestSchema = z
  .object({
    username: z.string().trim().min(1, '请输入用户名').max(64),
    password: z.string().min(1, '请输入密码').max(256),
  })
  .meta({ id: 'LoginRequest', example: { username: 'hz-author', password: '演示密码' } });

/** The signed-in account and the token to echo in X-CSRF-Token on every write. */
export const sessionSchema = z.object({ account: accountSchema, csrfToken: z.string() }).meta({ id: 'Session' });
export type SessionDto = z.infer<typeof sessionSchema>;

/** GET /api/auth/session: the account when signed in, null (with 200) when not — a question, not a failure. */
export const currentSessionSchema = z
  .object({ account: accountSchema.nullable(), csrfToken: z.string() })
  .meta({ id: 'CurrentSession' });
