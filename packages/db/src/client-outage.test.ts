import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { findPostgresBinDir, POSTGRES_INSTALL_HINT, startThrowawayPostgres } from './testing/index.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hasPostgres = findPostgresBinDir() !== null;
if (!hasPostgres) console.warn(`[client outage] skipped: ${POSTGRES_INSTALL_HINT}`);

describe.skipIf(!hasPostgres)('PostgreSQL client through a server restart', () => {
  it('fails queries fast while the server is down and serves them again soon after it is back', async () => {
    const pg = await startThrowawayPostgres();
    const handle = await openDatabase({ url: pg.url });
    try {
      // Concurrent work fills the pool, so every connection slot goes through the outage.
      const busy = () => Promise.all(Array.from({ length: 12 }, () => handle.query('SELECT pg_sleep(0.02)')));
      await busy();
      await pg.pause();
      const started = Date.now();
      const down = await Promise.allSettled(Array.from({ length: 12 }, () => handle.query('SELECT 1')));
      expect(down.every((r) => r.status === 'rejected')).toBe(true);
      expect(Date.now() - started).toBeLessThan(6_000);
      // Clients keep asking through the outage, as a loaded server's would.
      let askingThroughOutage = true;
      const asking = Array.from({ length: 8 }, async () => {
        while (askingThroughOutage) {
          await handle.query('SELECT 1').catch(() => undefined);
          await sleep(20);
        }
      });
      await sleep(2_000);
      await pg.resume();
      askingThroughOutage = false;
      await Promise.race([Promise.all(asking), sleep(5_000)]);
      const back = Date.now();
      let recovered = false;
      while (!recovered && Date.now() - back < 10_000) {
        recovered = await Promise.race([
          busy().then(
            () => true,
            () => false,
          ),
          sleep(3_000).then(() => false),
        ]);
      }
      // Before the fix a refused reconnect left each slot stuck "connecting", and this waited forever.
      expect(recovered).toBe(true);
    } finally {
      // The server goes whatever the client's closing says.
      await handle.close().catch(() => {});
      await pg.stop();
    }
  });
});
