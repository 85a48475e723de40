import { z } from 'zod';
import { issueMessage } from './http/validation.ts';

/** Every server setting, typed and defaulted in one place; parsed once at boot. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… for a PostgreSQL server; unset for the embedded PGlite. */
  DATABASE_URL: z.string().url().optional(),
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
});

export type ServerEnv = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  // An empty variable (DEMO_PASSWORD=) means unset, as in most shells' habits.
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${issueMessage(i.message, false)}`);
    throw new Error(`环境变量有误 (invalid environment):\n${lines.join('\n')}`);
  }
  return result.data;
}
