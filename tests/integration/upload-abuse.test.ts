import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssignmentDetail, ImportResult, LedgerPage, LedgerRowDto, PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { type ApiSession, createTestWorld, type TestWorld } from '@cascade/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';

const SEED = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/seed/huizhou-city-2022.txt'),
  'utf8',
);
const enc = encodeURIComponent;
const PDF = (extra = '') => new TextEncoder().encode(`%PDF-1.4 ${extra}`);

/**
 * Evidence uploads through the API as a hostile client sends them: too big, disguised, with
 * path tricks in the name — each refused with a problem or stored under a safe name; and files
 * served only to who may see the assignment, as downloads the browser never renders or sniffs.
 */
describe('evidence upload abuse', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let reporter: ApiSession;
    let rows: LedgerRowDto[];

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', { text: SEED, fileName: 'hz.txt' });
      const plan = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
      await author.send('POST', `/api/plans/${enc(plan.plan.id)}/publish`, {
        expectedVersion: plan.plan.version,
        summary: '',
      });
      reporter = await world.as('bl-reporter-county');
      rows = (await reporter.send<LedgerPage>('GET', '/api/ledger?state=assigned&limit=10')).rows;
      expect(rows.length).toBeGreaterThanOrEqual(4);
    }, 120_000);

    async function report(row: LedgerRowDto, files: File[]) {
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', '已公开');
      for (const f of files) form.append('files', f);
      return reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
    }

    async function expectProblem(res: Response, status: number, type: string) {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as Problem;
      expect(problem.type).toBe(`/problems/${type}`);
      expect(`${problem.title} ${problem.detail ?? ''}`).toMatch(/[\u4e00-\u9fff]/);
      return problem;
    }

    it('refuses a file over 20 MB with a 413 problem naming it, and keeps the row as it was', async () => {
      const big = new Uint8Array(20 * 1024 * 1024 + 1);
      big.set(PDF());
      const problem = await expectProblem(
        await report(rows[0]!, [new File([big], '扫描件.pdf')]),
        413,
        'payload-too-large',
      );
      expect(problem.detail).toContain('扫描件.pdf');
      const after = await reporter.send<AssignmentDetail>('GET', `/api/assignments/${enc(rows[0]!.id)}`);
      expect(after.assignment).toMatchObject({ state: 'assigned', version: rows[0]!.version });
    });

    it('refuses disguised files (an executable, HTML or a zip renamed .pdf/.png/.txt) with a 415 problem', async () => {
      const disguised: [string, Uint8Array<ArrayBuffer>][] = [
        ['setup.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])],
        ['page.png', new TextEncoder().encode('<html><script>alert(1)</script></html>')],
        ['notes.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])],
        ['report.pdf.html', PDF()],
        ['shell.php', PDF()],
      ];
      for (const [name, bytes] of disguised) {
        const problem = await expectProblem(
          await report(rows[0]!, [new File([bytes], name)]),
          415,
          'unsupported-media-type',
        );
        expect(problem.detail, name).toContain(name);
      }
    });

    it('stores path tricks, NUL bytes and very long names under a safe plain name', async () => {
      const long = `${'很长的文件名'.repeat(60)}.pdf`;
      const names = [
        '../../etc/passwd.pdf',
        'a/b.pdf',
        '..\\..\\windows\\win.ini.txt',
        'x\u0000y.pdf',
        long,
        '.hidden.pdf',
      ];
      const res = await report(
        rows[1]!,
        names.map((n, i) => new File([i === 2 ? new TextEncoder().encode('文本') : PDF(String(i))], n)),
      );
      expect(res.status).toBe(200);
      const { assignment } = await reporter.send<AssignmentDetail>('GET', `/api/assignments/${enc(rows[1]!.id)}`);
      const evidence = assignment.lastReport?.evidence ?? [];
      const stored = evidence.map((e) => e.name);
      expect(stored.slice(0, 5)).toEqual(['passwd.pdf', 'b.pdf', 'win.ini.txt', 'xy.pdf', long.slice(-120)]);
      expect(stored[5]).toBe('hidden.pdf');
      for (const name of stored) {
        expect(name).not.toMatch(/[\\/]|^\./);
        expect([...name].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
        expect(name.length).toBeLessThanOrEqual(120);
      }
      // Evidence lives in the database (evidence_files, by content hash): no name ever becomes a path.
      const [{ n }] = (await getDb().query<{ n: string }>(
        "SELECT count(*)::text AS n FROM assignment_evidence WHERE file_name LIKE '%/%' OR file_name LIKE '%..%'",
      )) as [{ n: string }];
      expect(n).toBe('0');

      const file = evidence[0]!;
      const download = await reporter.request(`/api/assignments/${enc(rows[1]!.id)}/evidence/${file.hash}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="evidence"; filename*=UTF-8''passwd.pdf`,
      );
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-security-policy')).toContain('sandbox');
      expect(new TextDecoder().decode(await download.arrayBuffer())).toBe('%PDF-1.4 0');
    });

    it('serves evidence only to users who may see the assignment: another branch gets a 403, a wrong hash a 404', async () => {
      const { assignment } = await reporter.send<AssignmentDetail>('GET', `/api/assignments/${enc(rows[1]!.id)}`);
      const hash = assignment.lastReport?.evidence[0]?.hash;
      const url = `/api/assignments/${enc(rows[1]!.id)}/evidence/${hash}`;
      for (const outsider of ['hy-supervisor', 'hy-reporter', 'hy-admin', 'bl-reporter']) {
        const session = await world.as(outsider);
        await expectProblem(await session.request(url), 403, 'forbidden');
      }
      for (const insider of ['hz-supervisor', 'gd-admin']) {
        expect((await (await world.as(insider)).request(url)).status, insider).toBe(200);
      }
      // The same file through another assignment it was never reported with: not found.
      const other = `/api/assignments/${enc(rows[2]!.id)}/evidence/${hash}`;
      await expectProblem(await reporter.request(other), 404, 'evidence-not-found');
      const anonymous = await world.app.request(url);
      expect(anonymous.status).toBe(401);
    });

    it('refuses more than ten files and a body over 100 MB before reading it', async () => {
      const eleven = Array.from({ length: 11 }, (_, i) => new File([PDF(String(i))], `${i}.pdf`));
      await expectProblem(await report(rows[3]!, eleven), 400, 'validation');
      const res = await reporter.request(`/api/assignments/${enc(rows[3]!.id)}/report`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(101 * 1024 * 1024) },
        body: '--x--',
      });
      await expectProblem(res, 413, 'payload-too-large');
    });
  });
});
