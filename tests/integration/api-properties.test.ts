import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, LedgerPage, PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { validateRule } from '@cascade/engine';
import { buildOpenApiDocument } from '@cascade/server/openapi';
import { type ApiSession, createTestWorld, type TestWorld } from '@cascade/server/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);
const document = buildOpenApiDocument();
const OPERATIONS = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.keys(item as object).map((method) => ({ method: method.toUpperCase(), path })),
);

/** Strings a careless or hostile client sends: SQL, HTML, control characters, huge, odd Unicode. */
const nasty = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...HOSTILE_STRINGS));
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const body = fc.oneof(
  jsonValue.map((v) => ({ type: 'application/json', text: JSON.stringify(v) })),
  fc
    .record({ expectedVersion: fc.oneof(fc.integer(), nasty), patch: jsonValue, text: nasty, summary: nasty })
    .map((v) => ({
      type: 'application/json',
      text: JSON.stringify(v),
    })),
  nasty.map((text) => ({ type: 'application/json', text })), // malformed JSON
  nasty.map((text) => ({ type: 'text/plain', text })),
  nasty.map((text) => ({ type: 'multipart/form-data; boundary=x', text: `--x\r\n${text}` })),
  fc.constant({ type: '', text: '' }),
);
const query = fc.dictionary(
  fc.constantFrom(
    'q',
    'limit',
    'offset',
    'year',
    'state',
    'light',
    'sort',
    'order',
    'planId',
    'orgId',
    'expectedVersion',
    'childOrgId',
    'x',
  ),
  nasty,
  { maxKeys: 4 },
);
const headers = fc.record(
  {
    'accept-language': fc.constantFrom('en', 'zh-CN', 'fr', '*', ';;', ''),
    'x-csrf-token': nasty,
    'content-length': fc.constantFrom('0', '-1', 'abc'),
    cookie: nasty.map((v) => `cascade_session=${v}`),
  },
  { requiredKeys: [] },
);

function fill(path: string, params: string[]): string {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, () => {
    const value = params[i++] ?? '';
    // Mostly encoded as a client would; sometimes raw, as an attacker would.
    if (i % 3 === 0) return value.replace(/[/?#\s]/g, '');
    try {
      return encodeURIComponent(value);
    } catch {
      return '%ED%A0%80'; // a lone surrogate, as the bytes a broken client would send
    }
  });
}

async function check(session: ApiSession | null, world: TestWorld, request: Request): Promise<void> {
  const res = session
    ? await session.request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body ? { body: await request.text() } : {}),
      })
    : await world.app.request(request);
  expect(res.status, `${request.method} ${request.url}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), `${request.method} ${request.url}`).toContain('application/problem+json');
    const problem = (await res.json()) as Problem;
    expect(problem.status).toBe(res.status);
    expect(problem.type).toMatch(/^\/problems\//);
    expect(problem.title.length).toBeGreaterThan(0);
  }
}

/**
 * Random and malformed path parameters, query strings, bodies and headers to every endpoint, as
 * a signed-in admin (so requests get past sign-in) and signed out: the answer is always 2xx or
 * 4xx, and every 4xx is a problem document.
 */
describe('API under random and malformed input', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    /** Ids that exist, so random bodies also reach the handlers behind the lookups. */
    const realIds: string[] = ['441322', '441300', '441322-justice'];
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: readFileSync(SEED, 'utf8'),
        fileName: 'hz.txt',
      });
      const detail = await author.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(imported.plan.id)}`);
      await author.send('POST', `/api/plans/${encodeURIComponent(imported.plan.id)}/publish`, {
        expectedVersion: detail.plan.version,
        summary: '',
      });
      const ledger = await author.send<LedgerPage>('GET', '/api/ledger?limit=3');
      realIds.push(imported.plan.id, ...detail.items.slice(0, 3).map((i) => i.id), ...ledger.rows.map((r) => r.id));
    });

    it('stores SQL and HTML in task text as plain data, and refuses a NUL character with a 400', async () => {
      const author = await world.as('hz-author');
      const [planId, itemId] = [realIds[3]!, realIds[4]!];
      const detail = await author.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(planId)}`);
      const item = detail.items.find((i) => i.id === itemId)!;
      const url = `/api/plans/${encodeURIComponent(planId)}/items/${encodeURIComponent(itemId)}`;
      const hostile = `'); DROP TABLE plans; -- <img src=x onerror=alert(1)>`;
      const saved = await author.send<PlanDetail['items'][number]>('PATCH', url, {
        expectedVersion: item.version,
        patch: { text: hostile },
      });
      expect(saved.text).toBe(hostile);
      const nul = await author.request(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expectedVersion: saved.version, patch: { text: 'a\u0000b' } }),
      });
      expect(nul.status).toBe(400);
      expect(((await nul.json()) as Problem).type).toMatch(/^\/problems\//);
    });

    it('saves item rules only when the engine accepts every one, and answers a 400 naming the field otherwise', async () => {
      const author = await world.as('hz-author');
      const [planId, itemId] = [realIds[3]!, realIds[5]!];
      const url = `/api/plans/${encodeURIComponent(planId)}/items/${encodeURIComponent(itemId)}`;
      const leaf = fc.record({
        fact: fc.oneof(fc.constantFrom('level', 'divisionType', 'hasVillages'), nasty),
        operator: fc.constantFrom('equal', 'notEqual', 'in', 'contains', 'greaterThan', 'equals', ''),
        value: jsonValue,
      });
      const rule = fc.record(
        {
          id: fc.oneof(fc.constantFrom('r1', 'r2'), nasty),
          kind: fc.constantFrom('applicability', 'localization', 'nope'),
          name: fc.string(),
          conditions: fc.oneof(
            fc.record({ all: fc.array(leaf, { maxLength: 3 }) }),
            fc.record({ any: fc.array(leaf, { maxLength: 3 }) }),
            jsonValue,
          ),
          event: fc.oneof(fc.constantFrom({ type: 'include' }, { type: 'exclude' }), jsonValue),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(fc.array(rule, { maxLength: 3 }), async (rules) => {
          const detail = await author.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(planId)}`);
          const item = detail.items.find((i) => i.id === itemId)!;
          const res = await author.request(url, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ expectedVersion: item.version, patch: { rules } }),
          });
          // A NUL or an unpaired surrogate cannot be stored in PostgreSQL whatever the engine says.
          // JSON.stringify writes exactly those two as \u escapes (after an even run of backslashes).
          const storable = !/(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f])/i.test(JSON.stringify(rules));
          const valid =
            rules.every((r) => validateRule(r).length === 0) && new Set(rules.map((r) => r.id)).size === rules.length;
          if (!storable) {
            expect(res.status).toBe(400);
            expect(((await res.json()) as Problem).errors?.[0]?.path).toMatch(/^json\.patch\.rules\.\d+/);
          } else if (valid) {
            expect(res.status).toBe(200);
            expect(((await res.json()) as PlanDetail['items'][number]).rules).toEqual(
              JSON.parse(JSON.stringify(rules)),
            );
          } else {
            expect(res.status).toBe(400);
            const problem = (await res.json()) as Problem;
            expect(problem.errors?.[0]?.path).toMatch(/^rules\[\d+\]/);
          }
        }),
        {
          numRuns: 30,
          // CI found this one: an unpaired surrogate the engine accepts and PostgreSQL does not.
          examples: [
            [[{ id: '\ud800', kind: 'applicability', name: '', conditions: { all: [] }, event: { type: 'include' } }]],
          ],
        },
      );
    });

    it.each(OPERATIONS)('$method $path', async ({ method, path }) => {
      const admin = await world.as('gd-admin');
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(nasty, fc.constantFrom(...realIds)), { minLength: 2, maxLength: 2 }),
          query,
          body,
          headers,
          fc.boolean(),
          async (params, q, b, h, signedIn) => {
            const search = new URLSearchParams(q).toString();
            const url = `http://localhost${fill(path, params)}${search ? `?${search}` : ''}`;
            const init: RequestInit = { method, headers: { ...h, ...(b.type ? { 'content-type': b.type } : {}) } };
            if (method !== 'GET' && method !== 'HEAD') init.body = b.text;
            delete (init.headers as Record<string, string>)['content-length'];
            let request: Request;
            try {
              request = new Request(url, init);
            } catch {
              return; // not even a valid HTTP request: no server ever sees it
            }
            await check(signedIn ? admin : null, world, request);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
