import { openMigratedDatabase } from '@cascade/db';
import {
  findPostgresBinDir,
  POSTGRES_INSTALL_HINT,
  startThrowawayPostgres,
  TEMPLATE_DATABASE,
} from '@cascade/db/testing';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

/**
 * One throwaway PostgreSQL server for the whole test run, with a migrated template database
 * that each suite clones (`forEachDatabase`). Without server binaries the PostgreSQL variant
 * is skipped with a one-line notice.
 */
export default async function setup(project: TestProject) {
  const skipReason =
    process.env.CASCADE_SKIP_POSTGRES === '1'
      ? 'CASCADE_SKIP_POSTGRES=1 is set'
      : findPostgresBinDir()
        ? null
        : POSTGRES_INSTALL_HINT;
  if (skipReason) {
    if (process.env.CASCADE_REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required here: ${skipReason}`);
    console.warn(`[tests] PostgreSQL variant skipped: ${skipReason}`);
    project.provide('postgresUrl', '');
    return;
  }
  const server = await startThrowawayPostgres();
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = await openMigratedDatabase({ url: server.url.replace(/\/postgres$/, `/${TEMPLATE_DATABASE}`) });
  await template.close();
  console.info(`[tests] PostgreSQL ${server.port} started for the PostgreSQL variant of the database tests`);
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
