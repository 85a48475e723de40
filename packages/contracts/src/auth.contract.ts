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
    /** The password was handed over (one-time): the session can only set a new one (POST /api/auth/password). */
    mustChangePassword: z.boolean(),
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
      mustChangePassword: false,
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

/** One failed sign-in: when (ISO 8601) and from which client address. */
export const failedLoginSchema = z
  .object({ at: z.string(), address: z.string() })
  .meta({ id: 'FailedLogin', example: { at: '2022-06-01T01:02:03.000Z', address: '203.0.113.7' } });
export type FailedLoginDto = z.infer<typeof failedLoginSchema>;

/** 上次登录以来的失败尝试: told once, in the answer to a sign-in. */
export const failedLoginsSinceSchema = z
  .object({
    /** How many since the previous sign-in (or within 90 days for a first one). */
    count: z.number().int(),
    /** The previous sign-in; null when this is the first. */
    since: z.string().nullable(),
    /** The newest few. */
    recent: z.array(failedLoginSchema),
  })
  .meta({ id: 'FailedLoginsSince' });

/** The signed-in account and the token to echo in X-CSRF-Token on every write. */
export const sessionSchema = z
  .object({ account: accountSchema, csrfToken: z.string(), failedLogins: failedLoginsSinceSchema.optional() })
  .meta({ id: 'Session' });
export type SessionDto = z.infer<typeof sessionSchema>;

/** GET /api/auth/session: the account when signed in, null (with 200) when not — a question, not a failure. */
export const currentSessionSchema = z
  .object({ account: accountSchema.nullable(), csrfToken: z.string() })
  .meta({ id: 'CurrentSession' });

export const orgFailedLoginsQuerySchema = z.object({
  /** The subtree's root; the admin's own org when left out. */
  orgId: z.string().min(1).max(64).optional(),
  days: z.coerce.number().int().min(1).max(90).default(30),
});

/** GET /api/auth/org-failed-logins: failed sign-ins on the accounts of an org subtree, by account and address. */
export const orgFailedLoginsSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string() }),
    days: z.number().int(),
    rows: z.array(
      z.object({
        username: z.string(),
        displayName: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        address: z.string(),
        count: z.number().int(),
        firstAt: z.string(),
        lastAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'OrgFailedLogins' });
export type OrgFailedLoginsDto = z.infer<typeof orgFailedLoginsSchema>;

export const signInMethodSchema = z.enum(['password', 'passwordCheck', 'oidc']).meta({
  id: 'SignInMethod',
  description: 'password 密码登录 · passwordCheck 设置新密码时核对当前密码 · oidc 统一身份认证',
});

/** GET /api/auth/sign-ins: the signed-in account's own sign-ins and failed attempts, newest first. */
export const signInHistorySchema = z
  .object({
    days: z.number().int(),
    signIns: z.number().int(),
    failures: z.number().int(),
    items: z.array(
      z.object({ at: z.string(), address: z.string(), signedIn: z.boolean(), method: signInMethodSchema }),
    ),
  })
  .meta({ id: 'SignInHistory' });
export type SignInHistoryDto = z.infer<typeof signInHistorySchema>;

/** One of the account's own live sessions, named by a handle (never by its token). */
export const ownSessionSchema = z
  .object({
    handle: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string(),
    address: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'OwnSession' });
export type OwnSessionDto = z.infer<typeof ownSessionSchema>;

export const ownSessionsSchema = z.object({ sessions: z.array(ownSessionSchema) }).meta({ id: 'OwnSessions' });

export const sessionHandlePathSchema = z.object({
  handle: z.string().regex(/^[0-9a-f]{16}$/, '会话编号应为 16 位十六进制'),
});

export const endedSessionsSchema = z.object({ ended: z.number().int() }).meta({ id: 'EndedSessions' });
