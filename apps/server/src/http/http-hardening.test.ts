import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportResult, PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '1.建设规章库专栏。（牵头单位：市司法局；完成时限：2022年底前）',
].join('\n');
const enc = encodeURIComponent;
const MiB = 1024 * 1024;

/** A request body that is made only as it is read, counting what was pulled from it. */
function lazyBody(totalBytes: number) {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

describe('HTTP hardening: limits, headers and the words of a refusal', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    it('refuses a 95 MB sign-in body by its Content-Length, naming the limit, before reading it', async () => {
      const { stream, pulled } = lazyBody(95 * MiB);
      const res = await world.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(95 * MiB) },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      const problem = (await res.json()) as Problem & { limitBytes: number };
      expect(problem).toMatchObject({ type: '/problems/payload-too-large', limitBytes: 16 * 1024 });
      expect(problem.detail).toMatch(/16 KB/);
      expect(pulled.bytes).toBeLessThan(MiB);
    });

    it('stops reading a chunked body without a length once it passes the route limit', async () => {
      const author = await world.as('hz-author');
      const { stream, pulled } = lazyBody(95 * MiB);
      const res = await author.request('/api/plans/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(((await res.json()) as Problem).detail).toMatch(/11 MB/);
      expect(pulled.bytes).toBeLessThan(20 * MiB);
    });

    it('answers a wrong content type with the 415 problem, in the reader’s language', async () => {
      const author = await world.as('hz-author');
      const send = (language: string) =>
        author.request('/api/plans/import', {
          method: 'POST',
          headers: { 'content-type': 'text/xml', 'accept-language': language },
          body: '<plan/>',
        });
      const zh = await send('zh-CN');
      expect(zh.status).toBe(415);
      const chinese = (await zh.json()) as Problem;
      expect(chinese).toMatchObject({ type: '/problems/unsupported-media-type', title: '不支持的文件类型' });
      expect(chinese.detail).toMatch(/application\/json/);
      expect(chinese.detail).toMatch(/[\u4e00-\u9fff]/);
      const login = await world.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'accept-language': 'en' },
        body: 'user=x',
      });
      expect(login.status).toBe(415);
      expect(((await login.json()) as Problem).detail).toMatch(/^Unsupported Content-Type/);
    });

    it('says malformed JSON is malformed in Chinese by default and in English when asked', async () => {
      const send = (language: string) =>
        world.app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': language },
          body: '{"username": "hz-author",',
        });
      const zh = (await (await send('zh-CN')).json()) as Problem;
      expect(zh).toMatchObject({ status: 400, detail: '请求体不是有效的 JSON', errors: [{ path: 'json' }] });
      const en = (await (await send('en-GB')).json()) as Problem;
      expect(en).toMatchObject({
        status: 400,
        title: 'The request is malformed',
        detail: 'The request body is not valid JSON',
      });
    });

    it('keeps the session and its CSRF token out of every cache', async () => {
      const login = await world.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'nobody', password: 'x' }),
      });
      expect(login.headers.get('cache-control')).toBe('no-store');
      const author = await world.as('hz-author');
      const session = await author.request('/api/auth/session');
      expect(session.status).toBe(200);
      expect(session.headers.get('cache-control')).toBe('no-store');
      expect((await author.request('/api/plans')).headers.get('cache-control')).toBe('no-store');
    });

    it('sends a Content-Security-Policy with every page: the web app and the API docs', async () => {
      const webDist = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
      writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
      const app = createApp({ ...world.deps, webDist });
      for (const page of ['/', '/plans/some-plan', '/api/docs']) {
        const res = await app.request(page);
        expect(res.status, page).toBe(200);
        const policy = res.headers.get('content-security-policy') ?? '';
        expect(policy, page).toMatch(/script-src 'self'/);
        expect(policy, page).toMatch(/frame-ancestors 'none'/);
        expect(policy, page).toMatch(/object-src 'none'/);
      }
    });

    it('refuses a ledger filter on a state no workflow has, as it refuses an unknown light', async () => {
      const supervisor = await world.as('hz-supervisor');
      for (const query of ['state=bogus', 'state=assigned,nonsense', 'light=purple']) {
        const res = await supervisor.request(`/api/ledger?${query}`);
        expect(res.status, query).toBe(400);
        const problem = (await res.json()) as Problem;
        expect(problem.errors?.[0]?.path, query).toMatch(/^query\.(state|light)/);
      }
      expect((await supervisor.request('/api/ledger?state=bogus')).status).toBe(400);
      expect((await supervisor.request('/api/ledger?state=assigned,review1,closed')).status).toBe(200);
    });

    it('refuses a deadline that is no date — month 13, day 45, a five-digit year — and keeps the item', async () => {
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', { text: PLAN, year: 2022 });
      const planPath = `/api/plans/${enc(imported.plan.id)}`;
      const { items } = await author.send<PlanDetail>('GET', planPath);
      const task = items.find((i) => i.kind === 'task');
      if (!task) throw new Error('the plan has no task');
      for (const deadlineText of ['2027年13月45日前', '99999年12月31日前', '2022年2月30日']) {
        const res = await author.request(`${planPath}/items/${enc(task.id)}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ expectedVersion: task.version, patch: { deadlineText } }),
        });
        expect(res.status, deadlineText).toBe(400);
        const problem = (await res.json()) as Problem;
        expect(problem.errors?.[0]?.path).toBe('json.patch.deadlineText');
        expect(problem.detail).toMatch(/不是有效日期/);
      }
      const added = await author.request(`${planPath}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ afterItemId: task.id, kind: 'task', text: '新增任务', deadlineText: '2022年13月底前' }),
      });
      expect(added.status).toBe(400);
      expect(((await added.json()) as Problem).errors?.[0]?.path).toBe('json.deadlineText');
      const after = await author.send<PlanDetail>('GET', planPath);
      expect(after.items.find((i) => i.id === task.id)).toMatchObject({
        version: task.version,
        deadline: task.deadline,
      });
      expect(after.items).toHaveLength(items.length);
    });
  });
});
