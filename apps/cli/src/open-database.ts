import { type DatabaseHandle, openMigratedDatabase } from '@cascade/db';

/**
 * The CLI's database: PostgreSQL when DATABASE_URL is set, else the embedded PGlite under
 * PGLITE_DIR (default ./data/pglite) — the same one `pnpm start` serves.
 */
export async function openCliDatabase(): Promise<DatabaseHandle> {
  return openMigratedDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR });
}

/** Opens the database, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openCliDatabase();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
