import type { DatabaseHandle } from '@cascade/db';
import { createApp } from '../app.ts';
import { createDeps } from '../deps.ts';
import { OPENAPI_INFO } from '../http/api-docs.ts';

/**
 * The OpenAPI 3.1 document, built from the same route definitions the server runs. Building it
 * touches no database: routes are only registered, never called.
 */
export function buildOpenApiDocument() {
  return createApp(createDeps(unreachable() as DatabaseHandle)).getOpenAPI31Document(OPENAPI_INFO);
}

/** Stands in for the database: any property can be read (route factories keep `database.db`), any call fails. */
function unreachable(): unknown {
  const fail = () => {
    throw new Error('the OpenAPI document is built without a database');
  };
  return new Proxy(fail, { get: (_target, key) => (key === 'then' ? undefined : unreachable()) });
}
