/** Deadlock detected, serialization failure: PostgreSQL rolled the statement back; it may run again. */
const RETRYABLE = new Set(['40P01', '40001']);

/**
 * The error code a database failure carries (SQLSTATE such as 40P01, or a socket code such as
 * ECONNREFUSED), however deep the drivers wrapped it (drizzle wraps postgres.js's error as `cause`).
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * Runs `work` again when PostgreSQL chose it as a deadlock victim: the statement was rolled back
 * whole, so a second try (which reads again) is safe and is what a user would do. Only for work
 * that is one statement or one transaction.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = sqlStateOf(error);
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
      // A little jitter, so the two victims of one deadlock do not meet again at once.
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
