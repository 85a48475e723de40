import { openDatabase } from '@cascade/db';
import { createApp } from '@cascade/server/app';
import { createDeps } from '@cascade/server/deps';
import { serve } from '@hono/node-server';

/** The API server for the transitions benchmark, in its own process as in production. */
const database = await openDatabase({ url: process.env.DATABASE_URL });
const server = serve({ fetch: createApp(createDeps(database)).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void database.close().then(() => process.exit(0));
});
