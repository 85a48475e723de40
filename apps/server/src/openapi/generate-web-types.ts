import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from './openapi-document.ts';

export const WEB_TYPES_FILE = fileURLToPath(new URL('../../../web/src/api/schema.gen.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`pnpm api:types\`: do not edit.
 * The web app's client is typed by these paths, so it cannot drift from the API.
 */
`;

/** The web app's API types as text: what `pnpm api:types` writes and the test compares. */
export async function renderWebTypes(): Promise<string> {
  const document = buildOpenApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)));
  return `${HEADER}${astToString(ast)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderWebTypes();
  const current = (() => {
    try {
      return readFileSync(WEB_TYPES_FILE, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current === text) console.log('API types are up to date');
  else {
    writeFileSync(WEB_TYPES_FILE, text);
    console.log(`wrote ${WEB_TYPES_FILE}`);
  }
}
