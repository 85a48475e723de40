import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client.ts';
import { openMigratedPglite } from './migrated-pglite.ts';

/** Name of the migrated database on the test server that each test file clones. */
export const TEMPLATE_DATABASE = 'cascade_template';

export type DatabaseKind = DatabaseHandle['kind'];

/** Creates a fresh migrated database on the test PostgreSQL server; null when there is none. */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const serverUrl = inject('postgresUrl');
  if (!serverUrl) return null;
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = serverUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * Runs the same suite on every database we have: an in-memory PGlite and, when the test
 * run started a server, a fresh PostgreSQL database cloned from the migrated template.
 * `getDb()` returns the handle inside tests; the database lives for the whole suite.
 */
export function forEachDatabase(body: (getDb: () => DatabaseHandle, kind: DatabaseKind) => void): void {
  const kinds: DatabaseKind[] = ['pglite'];
  if (inject('postgresUrl')) kinds.push('postgres');
  for (const kind of kinds) {
    describe(`on ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}`, () => {
      let handle: DatabaseHandle | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (kind === 'pglite') {
          handle = await openMigratedPglite();
        } else {
          const created = await createPostgresTestDatabase();
          if (!created) throw new Error('PostgreSQL test server vanished');
          drop = created.drop;
          handle = await openDatabase({ url: created.url });
        }
      });
      afterAll(async () => {
        await handle?.close();
        await drop?.();
      });
      body(() => {
        if (!handle) throw new Error('database not open yet: call getDb() inside a test or hook');
        return handle;
      }, kind);
    });
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the run's throwaway PostgreSQL server, or '' when it has none. */
    postgresUrl: string;
  }
}
