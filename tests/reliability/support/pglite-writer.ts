import { openMigratedDatabase } from '@cascade/db';

/**
 * Writes to an embedded PGlite database until killed: transaction n inserts ten events for
 * subject `n` and, once committed, prints `ack n`. The reliability suite kills it with -9 and
 * checks that every acknowledged transaction is there, whole, and nothing else half of one.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: pglite-writer <dataDir>');
const handle = await openMigratedDatabase({ dataDir });
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  await handle.rawTransaction(async (tx) => {
    for (let k = 0; k < 10; k++)
      await tx.query(
        "INSERT INTO events (actor, type, subject_type, subject_id, payload) VALUES ('system:writer', 'pglite.write', 'test', $1, $2)",
        [String(n), JSON.stringify({ k, text: '内嵌数据库写入'.repeat(20) })],
      );
  });
  process.stdout.write(`ack ${n}\n`);
}
