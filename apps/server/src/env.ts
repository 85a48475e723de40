import { z } from 'zod';
import { issueMessage } from './http/validation.ts';

/** Every server setting, typed and defaulted in one place; parsed once at boot. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… for a PostgreSQL server; unset for the embedded PGlite. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * postgres://… of a streaming replica of DATABASE_URL: the ledger, dashboard and export reads go
   * there (a session's own reads after it wrote only once the replica has replayed its write); every
   * write goes to DATABASE_URL. Unset: everything on DATABASE_URL.
   */
  DATABASE_READ_URL: z.string().url().optional(),
  /**
   * How many server processes answer on PORT (node's cluster), PostgreSQL only: each has its own
   * connections and job runner, as several instances would. The embedded PGlite lives in one
   * process, so it is served by one.
   */
  SERVER_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** Where the embedded database keeps its files. */
  PGLITE_DIR: z.string().optional(),
  /** Province codes of the org tree to load on first start (`44,36`); the whole country when unset. */
  ORG_PROVINCES: z
    .string()
    .regex(/^\d{2}(,\d{2})*$/, '应为两位省级代码，以逗号分隔，如 44,36')
    .optional()
    .transform((v) => (v ? v.split(',') : [])),
  /** Built web app to serve; defaults to apps/web/dist. */
  WEB_DIST: z.string().optional(),
  /** Password of the demo accounts; generated into data/demo-password.txt when unset. */
  DEMO_PASSWORD: z.string().min(8).optional(),
  /** Skip the demo scenario on first start (a production install). */
  NO_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** A background job's claim lasts this long unrenewed: a crashed instance's job resumes after it. */
  JOB_LEASE_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  /** How often the deadline scan (traffic lights and reminders) runs, once across all instances; 0: never. */
  DEADLINE_SCAN_EVERY_SECONDS: z.coerce.number().min(0).max(86_400).default(3600),
  /** Mark cookies Secure (set when served over HTTPS). */
  COOKIE_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /**
   * Behind a reverse proxy that appends the client's address to X-Forwarded-For (nginx:
   * `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`): read the last address there for
   * sign-in throttling and the failed-sign-in log. Off by default, since anyone can send that header.
   */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Password sign-in at the sign-in page; `off` when everyone signs in through OIDC (统一身份认证). */
  PASSWORD_SIGNIN: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('on')
    .transform((v) => v === 'on' || v === 'true' || v === '1'),
  /** OpenID Connect single sign-on: the provider's issuer (its discovery document is read from there). */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().max(256).optional(),
  /** The client secret the provider issued: only ever from the environment, never in a file of the repository. */
  OIDC_CLIENT_SECRET: z.string().max(1024).optional(),
  /** The callback registered at the provider: https://<public host>/api/auth/oidc/callback. */
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_SCOPES: z.string().default('openid profile'),
  /** The claims that carry the org code (440000, 441322-justice), the role and the username. */
  OIDC_ORG_CLAIM: z.string().min(1).default('org_code'),
  OIDC_ROLE_CLAIM: z.string().min(1).default('role'),
  OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  OIDC_NAME_CLAIM: z.string().min(1).default('name'),
  /** The org code under which identities may sign in and be provisioned (its whole subtree). */
  OIDC_SUBTREE: z.string().max(64).optional(),
  /** Create an account on the first sign-in of an unknown identity (org and role from its claims). */
  OIDC_PROVISION: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

const OIDC_REQUIRED = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
  'OIDC_SUBTREE',
] as const;
const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The settings that only make sense together: OIDC all or nothing, and some way to sign in. */
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  const given = OIDC_REQUIRED.filter((key) => env[key] !== undefined);
  if (given.length > 0)
    for (const key of OIDC_REQUIRED)
      if (env[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `启用统一身份认证（${given.join('、')}）时必须设置` });
  if (env.DATABASE_READ_URL && !env.DATABASE_URL)
    ctx.addIssue({
      code: 'custom',
      path: ['DATABASE_READ_URL'],
      message: '只读副本须与 DATABASE_URL（PostgreSQL 主库）一同设置，内嵌数据库没有副本',
    });
  if (env.SERVER_PROCESSES > 1 && !env.DATABASE_URL)
    ctx.addIssue({
      code: 'custom',
      path: ['SERVER_PROCESSES'],
      message: '多个服务进程须连接 PostgreSQL（DATABASE_URL）：内嵌数据库只能由一个进程打开',
    });
  if (!env.PASSWORD_SIGNIN && env.OIDC_ISSUER === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['PASSWORD_SIGNIN'],
      message: '关闭密码登录时必须配置统一身份认证（OIDC_ISSUER 等），否则无人能够登录',
    });
  if (env.OIDC_ISSUER) {
    const issuer = new URL(env.OIDC_ISSUER);
    if (issuer.protocol !== 'https:' && !LOOPBACK.has(issuer.hostname))
      ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: '应为 https 地址（仅本机测试可用 http）' });
  }
  if (env.OIDC_REDIRECT_URI && !new URL(env.OIDC_REDIRECT_URI).pathname.endsWith(OIDC_CALLBACK_PATH))
    ctx.addIssue({
      code: 'custom',
      path: ['OIDC_REDIRECT_URI'],
      message: `应为本系统的回调地址，以 ${OIDC_CALLBACK_PATH} 结尾`,
    });
  if (env.OIDC_ISSUER && !env.OIDC_SCOPES.split(/\s+/).includes('openid'))
    ctx.addIssue({ code: 'custom', path: ['OIDC_SCOPES'], message: '必须包含 openid' });
});

export type ServerEnv = z.infer<typeof checkedEnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  // An empty variable (DEMO_PASSWORD=) means unset, as in most shells' habits.
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = checkedEnvSchema.safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${issueMessage(i.message, false)}`);
    throw new Error(`环境变量有误 (invalid environment):\n${lines.join('\n')}`);
  }
  return result.data;
}
