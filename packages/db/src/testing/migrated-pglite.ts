import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase, openMigratedDatabase } from '../client.ts';

/** The migrations' content and PGlite's version: a new migration or PGlite makes a new image. */
function imageKey(): string {
  const hash = createHash('sha256').update(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(MIGRATIONS_FOLDER, file);
    if (!/\.(sql|json)$/.test(file)) continue;
    hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

let image: Blob | undefined;

/**
 * An in-memory PGlite with the schema in place, opened from a migrated image made once per set of
 * migrations (in the system's temp folder) — each test file is a process of its own, and an empty
 * PGlite's initdb and migrations cost it seconds; loading the image a fraction of that.
 */
export async function openMigratedPglite(): Promise<DatabaseHandle> {
  if (!image) {
    const file = path.join(tmpdir(), `cascade-pglite-${imageKey()}.tar`);
    try {
      image = new Blob([readFileSync(file)]);
    } catch {
      const fresh = await openMigratedDatabase({ dataDir: 'memory://' });
      const dumped = await fresh.dumpImage?.();
      if (!dumped) throw new Error('PGlite gave no image');
      // Written aside and renamed: a file running beside this one never reads half an image.
      const scratch = `${file}.${randomUUID()}`;
      writeFileSync(scratch, new Uint8Array(await dumped.arrayBuffer()));
      try {
        renameSync(scratch, file);
      } finally {
        rmSync(scratch, { force: true });
      }
      image = dumped;
      return fresh;
    }
  }
  return openDatabase({ dataDir: 'memory://', image });
}
