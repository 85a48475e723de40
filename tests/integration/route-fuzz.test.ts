import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, LedgerPage, PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import {
  DOCX_PARTS,
  documentXml,
  docxBomb,
  docxZerosBomb,
  smallDocx,
  xlsxBomb,
  zipOf,
} from '@cascade/documents/testing';
import { buildOpenApiDocument } from '@cascade/server/openapi';
import { type ApiSession, createTestWorld, type TestWorld } from '@cascade/server/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { arbitraryOf, type JsonSchema, type SchemaContext } from '../support/schema-arbitrary.ts';

/**
 * Every route, fed requests shaped by its own OpenAPI schemas (so most get past validation into
 * the handler) with hostile strings mixed in, by several roles and signed out. Each answer must be
 * below 500, a problem document when it is a refusal, within CASE_BUDGET_MS, and the server must
 * still answer /api/health afterwards.
 *
 * CI runs FUZZ_RUNS (default 6) cases per route and database; `pnpm test:fuzz` runs 200.
 * FUZZ_STATS=1 prints every answer's status, to see how far the requests reach (most should pass validation).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const CASE_BUDGET_MS = 5_000;

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
};

const document = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
/** Signing out ends the shared sessions the other routes run with, so it runs last. */
const OPERATIONS = Object.entries(document.paths)
  .flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), route, operation })),
  )
  .sort((a, b) => Number(a.route === '/api/auth/logout') - Number(b.route === '/api/auth/logout'));

/** What a careless or hostile client puts in a field: SQL, HTML, control characters, odd Unicode, huge. */
const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...HOSTILE_STRINGS));

const ROLES = ['gd-admin', 'hz-author', 'hz-supervisor', 'bl-deriver', 'bl-reporter', null] as const;

/** Small files of every kind a form may carry, good and bad. */
const FILES: fc.Arbitrary<File> = fc.constantFrom(
  new File(['1.建设规章库专栏。'], '计划.txt', { type: 'text/plain' }),
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a])], '佐证.pdf', {
    type: 'application/pdf',
  }),
  new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])], 'truncated.docx'),
  new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], 'old.doc'),
  new File(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'], 'entities.xlsx'),
  new File([''], 'empty.txt'),
  new File(['MZ\u0090\u0000'], '../../evil.exe'),
);

/** Real ids by the path parameter that takes them, so most requests name something that exists. */
type IdsByParameter = Record<string, readonly string[]>;

function requestOf(
  route: string,
  method: string,
  operation: Operation,
  context: SchemaContext,
  idsByParameter: IdsByParameter,
) {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const queryParameters = parameters.filter((p) => p.in === 'query');
  const pathValues = fc.tuple(
    ...pathParameters.map((p) =>
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(idsByParameter[p.name] ?? context.realIds)) },
        { weight: 1, arbitrary: arbitraryOf(p.schema, context).map(String) },
      ),
    ),
  );
  const query = fc.record(Object.fromEntries(queryParameters.map((p) => [p.name, arbitraryOf(p.schema, context)])), {
    requiredKeys: queryParameters.filter((p) => p.required).map((p) => p.name),
  });
  return fc.record({ pathValues, query, body: bodyOf(operation, context) }).map(({ pathValues, query, body }) => {
    let i = 0;
    const filled = route.replace(/\{[^}]+\}/g, () => encodePart(String(pathValues[i++] ?? '')));
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value)]),
    ).toString();
    return { method, url: `${filled}${search ? `?${search}` : ''}`, body };
  });
}

function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as the bytes a broken client sends
  }
}

type Body = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'form'; fields: [string, string | File][] };

function bodyOf(operation: Operation, context: SchemaContext): fc.Arbitrary<Body> {
  const content = operation.requestBody?.content ?? {};
  const choices: fc.Arbitrary<Body>[] = [];
  const json = content['application/json'];
  if (json) choices.push(arbitraryOf(json.schema, context).map((value) => ({ kind: 'json' as const, value })));
  const form = content['multipart/form-data'];
  if (form) {
    const properties = Object.entries(resolve(form.schema, context)?.properties ?? {});
    type Field = [string, string | File];
    const field = ([name, schema]: [string, JsonSchema]): fc.Arbitrary<Field[]> =>
      schema.format === 'binary' || schema.items?.format === 'binary'
        ? fc.array(FILES, { minLength: 1, maxLength: 2 }).map((files) => files.map((f): Field => [name, f]))
        : arbitraryOf(schema, context).map((v): Field[] => [[name, typeof v === 'string' ? v : JSON.stringify(v)]]);
    choices.push(
      fc
        .tuple(...properties.map((p) => fc.option(field(p), { nil: [] })))
        .map((parts) => ({ kind: 'form' as const, fields: parts.flat() })),
    );
  }
  return choices.length ? fc.oneof(...choices) : fc.constant({ kind: 'none' });
}

function resolve(schema: JsonSchema | undefined, context: SchemaContext): JsonSchema | undefined {
  return schema?.$ref ? context.components[schema.$ref.replace(/^#\/components\/schemas\//, '')] : schema;
}

function initOf(method: string, body: Body): RequestInit {
  if (body.kind === 'json')
    return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body.value) };
  if (body.kind === 'form') {
    const form = new FormData();
    for (const [name, value] of body.fields) form.append(name, value);
    return { method, body: form };
  }
  return { method };
}

/** The answer within the budget, or a failure that says the route hung. */
async function withinBudget<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${CASE_BUDGET_MS} ms`)), CASE_BUDGET_MS);
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function expectProperAnswer(res: Response, what: string): Promise<void> {
  expect(res.status, what).toBeLessThan(500);
  if (res.status < 400) return;
  expect(res.headers.get('content-type'), what).toContain('application/problem+json');
  const problem = (await res.json()) as Problem;
  expect(problem.status, what).toBe(res.status);
  expect(problem.type, what).toMatch(/^\/problems\//);
  expect(problem.title.length, what).toBeGreaterThan(0);
}

/** Office files made to hurt: bombs, a cut-off zip, XML nested past any real document. */
function hostileOfficeFiles(): { name: string; bytes: Uint8Array<ArrayBuffer> }[] {
  const real = smallDocx(['惠州市2022年政务公开工作要点', '1.建设规章库专栏。']);
  return [
    { name: '80MB段落.docx', bytes: docxBomb(80) },
    { name: '300MB零.docx', bytes: docxZerosBomb(300) },
    { name: '80MB行.xlsx', bytes: xlsxBomb(80) },
    { name: '截断.docx', bytes: real.slice(0, Math.floor(real.length / 2)) },
    {
      name: '深层嵌套.docx',
      bytes: zipOf([
        ...DOCX_PARTS,
        documentXml([
          ['<w:tbl><w:tr><w:tc>', 20_000],
          ['</w:tc></w:tr></w:tbl>', 20_000],
        ]),
      ]),
    },
    { name: '改名的表格.docx', bytes: xlsxBomb(1) },
  ];
}

describe('every route under requests shaped by its OpenAPI schemas, with hostile values mixed in', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    const realIds: string[] = [];
    const idsByParameter: Record<string, string[]> = {};
    const sessions = new Map<string, ApiSession>();
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: readFileSync(SEED, 'utf8'),
        fileName: 'hz.txt',
      });
      const planPath = `/api/plans/${encodeURIComponent(imported.plan.id)}`;
      const detail = await author.send<PlanDetail>('GET', planPath);
      await author.send('POST', `${planPath}/publish`, { expectedVersion: detail.plan.version, summary: '印发' });
      const ledger = await author.send<LedgerPage>('GET', '/api/ledger?limit=5');
      const orgs = ['441322', '441300', '441322-justice', '440000', '441303'];
      Object.assign(idsByParameter, {
        planId: [imported.plan.id],
        itemId: detail.items.slice(0, 5).map((i) => i.id),
        assignmentId: ledger.rows.map((r) => r.id),
        orgId: orgs,
        id: orgs,
      });
      realIds.push(...Object.values(idsByParameter).flat());
      for (const role of ROLES) if (role) sessions.set(role, await world.as(role));
    });

    it('answers hostile office files to import and to evidence in time, and stays up', async () => {
      const author = await world.as('hz-author');
      const admin = await world.as('bl-admin');
      const reporter = await world.as('bl-reporter-county');
      const { rows } = await reporter.send<LedgerPage>('GET', '/api/ledger?limit=1');
      for (const { name, bytes } of hostileOfficeFiles()) {
        const importForm = new FormData();
        importForm.append('file', new File([bytes], name));
        const imported = await withinBudget(
          author.request('/api/plans/import', { method: 'POST', body: importForm }),
          name,
        );
        await expectProperAnswer(imported, `import ${name}`);
        expect(imported.status, name).toBeGreaterThanOrEqual(400);
        // Reading one for the import review goes through the same readers and limits.
        const previewForm = new FormData();
        previewForm.append('file', new File([bytes], name));
        const previewed = await withinBudget(
          author.request('/api/plans/import/preview', { method: 'POST', body: previewForm }),
          `preview ${name}`,
        );
        await expectProperAnswer(previewed, `preview ${name}`);
        expect(previewed.status, `preview ${name}`).toBeGreaterThanOrEqual(400);
        // An account sheet is read by the same office-file limits.
        const accountsForm = new FormData();
        accountsForm.append('file', new File([bytes], name));
        const accounts = await withinBudget(
          admin.request('/api/account-import/preview', { method: 'POST', body: accountsForm }),
          `account sheet ${name}`,
        );
        await expectProperAnswer(accounts, `account sheet ${name}`);
        expect(accounts.status, `account sheet ${name}`).toBeGreaterThanOrEqual(400);
        const row = rows[0];
        if (row) {
          const report = new FormData();
          report.append('expectedVersion', String(row.version));
          report.append('text', '已完成');
          report.append('files', new File([bytes], name));
          const reported = await withinBudget(
            reporter.request(`/api/assignments/${encodeURIComponent(row.id)}/report`, { method: 'POST', body: report }),
            `evidence ${name}`,
          );
          await expectProperAnswer(reported, `evidence ${name}`);
        }
        expect((await world.app.request('/api/health')).status, `health after ${name}`).toBe(200);
      }
    });

    it.each(OPERATIONS)('$method $route', async ({ method, route, operation }) => {
      const context: SchemaContext = { components: document.components?.schemas ?? {}, hostile, realIds };
      await fc.assert(
        fc.asyncProperty(
          requestOf(route, method, operation, context, idsByParameter),
          fc.constantFrom(...ROLES),
          async (request, role) => {
            const what = `${role ?? '未登录'} ${request.method} ${request.url.slice(0, 300)}`;
            const session = role ? sessions.get(role) : undefined;
            const init = initOf(request.method, request.body);
            const res = await withinBudget(
              session ? session.request(request.url, init) : Promise.resolve(world.app.request(request.url, init)),
              what,
            );
            await expectProperAnswer(res, what);
            if (process.env.FUZZ_STATS) console.log(`STAT ${request.method} ${route} ${role ?? '-'} ${res.status}`);
            const health = await withinBudget(
              Promise.resolve(world.app.request('/api/health')),
              `health after ${what}`,
            );
            expect(health.status, `health after ${what}`).toBe(200);
          },
        ),
        // A hang costs its budget at every shrinking step: report the first failing case as it is.
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  });
});
