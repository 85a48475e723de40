import type { AssignmentDetail, LedgerPage, LedgerRowDto } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const PLAN = [
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：县司法局〕',
  '2.公开行政执法统计年报。〔牵头单位：县司法局〕',
].join('\n');
const enc = encodeURIComponent;

describe('ledger rows: the review comment (核验意见) shown beside a report', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let rows: LedgerRowDto[] = [];
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      // 博罗县 issues two tasks to its 司法局.
      const planId = await world.importAndPublish('bl-author', PLAN, '博罗县.txt');
      const reporter = await world.as('bl-reporter');
      const page = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}`);
      rows = page.rows as LedgerRowDto[];
      expect(rows).toHaveLength(2);
    });

    const report = async (row: LedgerRowDto, text: string) => {
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', text);
      form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
      const reporter = await world.as('bl-reporter');
      const res = await reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as LedgerRowDto;
    };
    const supervise = async (row: LedgerRowDto, action: 'verify' | 'return', body: Record<string, string>) =>
      (await world.as('bl-supervisor')).send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/${action}`, {
        expectedVersion: row.version,
        ...body,
      });
    const detailOf = async (row: LedgerRowDto) =>
      (await world.as('bl-supervisor')).send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);

    it('a report sent again after a return no longer shows the return reason as the current comment', async () => {
      const returned = await supervise(await report(rows[0]!, '已开设专栏'), 'return', { reason: '缺少栏目链接' });
      expect(returned.lastComment).toBe('缺少栏目链接');
      const again = await report(returned, '已补充栏目链接');
      expect(again).toMatchObject({ state: 'reported', lastComment: null });
      const detail = await detailOf(again);
      expect(detail.assignment.lastComment).toBeNull();
      // The reason is still in the timeline.
      const logged = detail.events.find((e) => e.type === 'assignment.return');
      expect((logged?.payload.event as { reason?: string } | undefined)?.reason).toBe('缺少栏目链接');

      // Verified without a comment: no comment, never the old reason.
      const verified = await supervise(again, 'verify', {});
      expect(verified).toMatchObject({ state: 'verified', lastComment: null });
      expect((await detailOf(verified)).assignment.lastComment).toBeNull();
    });

    it('a verification after a return shows the verifier’s own comment', async () => {
      const returned = await supervise(await report(rows[1]!, '已公开'), 'return', { reason: '年报未附数据' });
      const verified = await supervise(await report(returned, '已附数据'), 'verify', { comment: '材料齐全' });
      expect(verified).toMatchObject({ state: 'verified', lastComment: '材料齐全' });
      const reporter = await world.as('bl-reporter');
      const { rows: ledger } = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(rows[1]!.planId)}`);
      expect(ledger.find((r) => r.id === rows[1]!.id)?.lastComment).toBe('材料齐全');
    });

    it('lists a drilled-into unit with what is below it, never beyond the reader’s own subtree', async () => {
      const supervisor = await world.as('bl-supervisor');
      const total = async (underOrgId: string) =>
        (await supervisor.send<LedgerPage>('GET', `/api/ledger?underOrgId=${enc(underOrgId)}&limit=1`)).total;
      expect(await total(rows[0]!.orgId)).toBe(2); // 博罗县司法局 and nothing else
      expect(await total('441322')).toBe(2); // 博罗县: its departments included
      expect(await total('441300')).toBe(2); // 惠州市 is above the reader: still only 博罗县's rows
      expect(await total('441302')).toBe(0); // 惠城区: another branch
      const unknown = await supervisor.request('/api/ledger?underOrgId=nowhere');
      expect(unknown.status).toBe(404);
    });
  });
});

describe('reports: idempotency keys answer only their own request, and evidence lands only with its transition', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let rows: LedgerRowDto[] = [];
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const plan = [
        '一、总体要求',
        '（一）公开',
        ...Array.from({ length: 8 }, (_, i) => `${i + 1}.公开第${i + 1}项信息。〔牵头单位：县司法局〕`),
      ].join('\n');
      const planId = await world.importAndPublish('bl-author', plan, '博罗县.txt');
      const reporter = await world.as('bl-reporter');
      rows = (await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}&limit=100`)).rows;
      expect(rows).toHaveLength(8);
    });

    /** A pdf whose bytes (so whose hash) no other test uploads. */
    const pdf = (tag: string) => new File([new TextEncoder().encode(`%PDF-1.4 ${tag}`)], `${tag}.pdf`);
    const sha256 = async (file: File) =>
      Buffer.from(await crypto.subtle.digest('SHA-256', await file.arrayBuffer())).toString('hex');
    const postReport = async (
      row: { id: string; version: number },
      fields: { text?: string; key?: string; files?: File[] } = {},
    ) => {
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', fields.text ?? '已公开');
      if (fields.key) form.set('idempotencyKey', fields.key);
      // Evidence is required (佐证材料): a report without its own files carries the same default one.
      for (const f of fields.files ?? [pdf('default')]) form.append('files', f);
      const reporter = await world.as('bl-reporter');
      return reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
    };
    const detailOf = async (id: string) =>
      (await world.as('bl-supervisor')).send<AssignmentDetail>('GET', `/api/assignments/${enc(id)}`);
    const download = async (id: string, hash: string) =>
      (await world.as('bl-supervisor')).request(`/api/assignments/${enc(id)}/evidence/${hash}`);
    const count = async (sqlText: string, params: unknown[]) =>
      Number((await getDb().query<{ n: string }>(sqlText, params))[0]?.n);
    const evidenceRowsOf = (id: string) =>
      count('SELECT count(*)::text AS n FROM assignment_evidence WHERE assignment_id = $1', [id]);
    const storedFiles = (hash: string) =>
      count('SELECT count(*)::text AS n FROM evidence_files WHERE sha256 = $1', [hash]);

    it('refuses a key already used for another row, and leaves that row untouched', async () => {
      const [a, b] = [rows[0]!, rows[1]!];
      expect((await postReport(a, { key: 'key-for-a-only' })).status).toBe(200);
      const file = pdf('b-with-a-key');
      const res = await postReport(b, { key: 'key-for-a-only', files: [file] });
      expect(res.status).toBe(422);
      const problem = (await res.json()) as { type: string; detail: string; errors: { path: string }[] };
      expect(problem.type).toBe('/problems/idempotency-key-reused');
      expect(problem.detail).toContain('该幂等键已用于另一项操作');
      expect(problem.errors.map((e) => e.path)).toEqual(['idempotencyKey']);
      const detail = await detailOf(b.id);
      expect(detail.assignment).toMatchObject({ state: 'assigned', version: b.version, lastReport: null });
      expect(detail.events).toEqual([]);
      expect(await evidenceRowsOf(b.id)).toBe(0);
      expect(await storedFiles(await sha256(file))).toBe(0);
    });

    it('answers a true retry from the log: 200 with the row as it is, one event, one evidence row', async () => {
      const a = rows[2]!;
      const file = pdf('retried');
      const first = await postReport(a, { key: 'retry-key-1', text: '已公开并归档', files: [file] });
      expect(first.status, await first.clone().text()).toBe(200);
      const again = await postReport(a, { key: 'retry-key-1', text: '已公开并归档', files: [pdf('retried')] });
      expect(again.status, await again.clone().text()).toBe(200);
      const [one, two] = [(await first.json()) as LedgerRowDto, (await again.json()) as LedgerRowDto];
      expect(two).toMatchObject({ state: 'reported', version: one.version, lastReport: one.lastReport });
      const detail = await detailOf(a.id);
      expect(detail.events.map((e) => e.type)).toEqual(['assignment.report']);
      expect(await evidenceRowsOf(a.id)).toBe(1);
      expect((await download(a.id, await sha256(file))).status).toBe(200);
    });

    it('refuses the same key on the same row with another note or other files', async () => {
      const a = rows[3]!;
      expect((await postReport(a, { key: 'retry-key-2', text: '第一次' })).status).toBe(200);
      const otherNote = await postReport(a, { key: 'retry-key-2', text: '第二次' });
      expect(otherNote.status).toBe(422);
      expect(((await otherNote.json()) as { type: string }).type).toBe('/problems/idempotency-key-reused');
      const otherFiles = await postReport(a, { key: 'retry-key-2', text: '第一次', files: [pdf('sneaked-in')] });
      expect(otherFiles.status).toBe(422);
      const detail = await detailOf(a.id);
      expect(detail.events).toHaveLength(1);
      expect(detail.assignment.lastReport).toMatchObject({ text: '第一次', evidence: [{ name: 'default.pdf' }] });
      expect(await evidenceRowsOf(a.id)).toBe(1);
      expect(await storedFiles(await sha256(pdf('sneaked-in')))).toBe(0);
    });

    it('keeps no evidence of a report refused for a stale version', async () => {
      const a = rows[4]!;
      const file = pdf('stale-version');
      const res = await postReport({ id: a.id, version: a.version + 5 }, { files: [file] });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { type: string }).type).toBe('/problems/conflict');
      const detail = await detailOf(a.id);
      expect(detail.assignment).toMatchObject({ state: 'assigned', version: a.version, lastReport: null });
      expect((await download(a.id, await sha256(file))).status).toBe(404);
      expect(await evidenceRowsOf(a.id)).toBe(0);
      expect(await storedFiles(await sha256(file))).toBe(0);
    });

    it('keeps no evidence of a report the row’s state does not allow', async () => {
      const a = rows[5]!;
      const reported = (await (await postReport(a, { text: '已报送' })).json()) as LedgerRowDto;
      const file = pdf('not-allowed');
      const res = await postReport(reported, { files: [file] });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { type: string }).type).toBe('/problems/transition-not-allowed');
      const detail = await detailOf(a.id);
      expect(detail.assignment).toMatchObject({ state: 'reported', version: reported.version });
      expect(detail.assignment.lastReport).toMatchObject({ text: '已报送', evidence: [{ name: 'default.pdf' }] });
      expect((await download(a.id, await sha256(file))).status).toBe(404);
      expect(await evidenceRowsOf(a.id)).toBe(1);
      expect(await storedFiles(await sha256(file))).toBe(0);
    });

    it('answers a retried verification from the log, and refuses its key for a return', async () => {
      const reported = (await (await postReport(rows[7]!)).json()) as LedgerRowDto;
      const supervisor = await world.as('bl-supervisor');
      const verify = { expectedVersion: reported.version, comment: '材料齐全', idempotencyKey: 'verify-key-1' };
      const path = `/api/assignments/${enc(reported.id)}`;
      const first = await supervisor.send<LedgerRowDto>('POST', `${path}/verify`, verify);
      expect(await supervisor.send<LedgerRowDto>('POST', `${path}/verify`, verify)).toMatchObject({
        state: 'verified',
        version: first.version,
      });
      const returned = await supervisor.request(`${path}/return`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expectedVersion: reported.version, reason: '退回', idempotencyKey: 'verify-key-1' }),
      });
      expect(returned.status).toBe(422);
      expect(((await returned.json()) as { type: string }).type).toBe('/problems/idempotency-key-reused');
      expect((await detailOf(reported.id)).events.map((e) => e.type)).toEqual([
        'assignment.report',
        'assignment.verify',
      ]);
    });

    it('lets one of two concurrent reports win with its evidence; the other is a conflict that keeps nothing', async () => {
      const a = rows[6]!;
      const files = [pdf('race-one'), pdf('race-two')];
      const answers = await Promise.all(
        files.map((file, i) => postReport(a, { key: `race-key-${i}`, text: `第${i + 1}份`, files: [file] })),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = answers.findIndex((r) => r.status === 200);
      const [won, lost] = [files[winner]!, files[1 - winner]!];
      const detail = await detailOf(a.id);
      expect(detail.events.map((e) => e.type)).toEqual(['assignment.report']);
      expect(detail.assignment.lastReport).toMatchObject({ text: `第${winner + 1}份` });
      expect((await download(a.id, await sha256(won))).status).toBe(200);
      expect((await download(a.id, await sha256(lost))).status).toBe(404);
      expect(await evidenceRowsOf(a.id)).toBe(1);
      expect(await storedFiles(await sha256(lost))).toBe(0);
    });
  });
});

describe('ledger filter 已退回 (returned reports)', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    it('lists the rows whose report was returned, until they are reported again', async () => {
      const planId = await world.importAndPublish('bl-author', PLAN, '博罗县.txt');
      const supervisor = await world.as('bl-supervisor');
      const reporter = await world.as('bl-reporter');
      const returnedIds = async (returned: 'true' | 'false') =>
        (await supervisor.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}&returned=${returned}`)).rows.map(
          (r) => r.id,
        );
      const report = async (row: LedgerRowDto, text: string) => {
        const form = new FormData();
        form.set('expectedVersion', String(row.version));
        form.set('text', text);
        form.append('files', new File([new TextEncoder().encode('%PDF-1.4 截图')], '截图.pdf'));
        const res = await reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
        expect(res.status, await res.clone().text()).toBe(200);
        return (await res.json()) as LedgerRowDto;
      };
      const [target, other] = (await supervisor.send<LedgerPage>('GET', `/api/ledger?planId=${enc(planId)}`))
        .rows as LedgerRowDto[];
      await report(other!, '已公开'); // reported, not returned
      const reported = await report(target!, '已开设');
      const returned = await supervisor.send<LedgerRowDto>('POST', `/api/assignments/${enc(target!.id)}/return`, {
        expectedVersion: reported.version,
        reason: '请补充截图',
      });
      expect(await returnedIds('true')).toEqual([target!.id]);
      expect(await returnedIds('false')).toEqual([other!.id]);
      await report(returned, '已补充截图');
      expect(await returnedIds('true')).toEqual([]);
    });
  });
});
