import { z } from 'zod';

/** Every server setting, typed and defaulted in one place; parsed once at boot. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… for a PostgreSQL server; unset for the embedded PGlite. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database keeps its files. */
  PGLITE_DIR: z.string().optional(),
  /** Built web app to serve; defaults to apps/web/dist. */
  WEB_DIST: z.string().optional(),
});

export type ServerEnv = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量有误 (invalid environment):\n${lines.join('\n')}`);
  }
  return result.data;
}
