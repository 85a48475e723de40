import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  AssignmentDetail,
  Coverage,
  ImportResult,
  LedgerPage,
  LedgerRowDto,
  PlanDetail,
  PlanSummary,
  Problem,
  UpstreamDto,
} from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { createTestWorld, type TestWorld } from '@cascade/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';

const seed = (name: string) =>
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/seed', name), 'utf8');

const PDF = new TextEncoder().encode('%PDF-1.4\n公开截图\n%%EOF');

/**
 * The three journeys through the API, as the web app walks them: 惠州市 imports and publishes its
 * 2022 plan; 博罗县 derives it, edits one item, checks coverage and publishes; 博罗县司法局
 * reports with evidence; 博罗县's supervisor returns one report and verifies another.
 */
describe('API journeys: import → publish → derive → publish → report → verify', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let cityPlan: PlanSummary;
    let countyPlan: PlanSummary;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    it('a city author imports huizhou-city-2022.txt as a draft and publishes it', async () => {
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: seed('huizhou-city-2022.txt'),
        fileName: 'huizhou-city-2022.txt',
      });
      expect(imported.items).toBe(53);
      expect(imported.plan).toMatchObject({ ownerOrgId: '441300', year: 2022, status: 'draft', taskCount: 53 });
      const published = await author.send<{ version: number; assignmentsIssued: number }>(
        'POST',
        `/api/plans/${imported.plan.id}/publish`,
        { expectedVersion: imported.plan.version, summary: '印发' },
      );
      expect(published.version).toBe(1);
      expect(published.assignmentsIssued).toBeGreaterThan(100);
      cityPlan = imported.plan;
    });

    it('a county deriver finds it in the inbox, derives, edits one item, checks coverage and publishes', async () => {
      const deriver = await world.as('bl-deriver');
      const inbox = await deriver.send<{ plans: (PlanSummary & { derivedPlanId: string | null })[] }>(
        'GET',
        '/api/derivation/inbox',
      );
      expect(inbox.plans.map((p) => p.id)).toEqual([cityPlan.id]);
      countyPlan = await deriver.send<PlanSummary>('POST', `/api/plans/${cityPlan.id}/derive`, {
        childOrgId: '441322',
      });
      expect(countyPlan).toMatchObject({ ownerOrgId: '441322', parentPlanId: cityPlan.id, status: 'draft' });

      const detail = await deriver.send<PlanDetail>('GET', `/api/plans/${countyPlan.id}`);
      const task = detail.items.find((i) => i.kind === 'task' && i.deadline?.due);
      expect(task?.trace?.length).toBeGreaterThan(0);
      const edited = await deriver.send<PlanDetail['items'][number]>(
        'PATCH',
        `/api/plans/${countyPlan.id}/items/${encodeURIComponent(task!.id)}`,
        { expectedVersion: task!.version, reason: '县里提前完成', patch: { deadlineText: '2022年10月底前' } },
      );
      expect(edited).toMatchObject({ derivationStatus: 'overridden', deadline: { due: '2022-10-31' } });

      // The same edit from a stale copy is refused with the version it should have read.
      const stale = await deriver.request(`/api/plans/${countyPlan.id}/items/${encodeURIComponent(task!.id)}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expectedVersion: task!.version, patch: { text: '另一份修改' } }),
      });
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as Problem).currentVersion).toBe(edited.version);

      const coverage = await deriver.send<Coverage>('GET', `/api/plans/${countyPlan.id}/coverage`);
      expect(coverage.counts.modified).toBe(1);
      expect(coverage.counts.missing).toBe(0);
      expect(coverage.canPublish).toBe(true);
      const current = await deriver.send<PlanDetail>('GET', `/api/plans/${countyPlan.id}`);
      const published = await deriver.send<{ assignmentsIssued: number }>(
        'POST',
        `/api/plans/${countyPlan.id}/publish`,
        {
          expectedVersion: current.plan.version,
          summary: '县级分解稿',
        },
      );
      expect(published.assignmentsIssued).toBeGreaterThan(10);
    });

    it('a unit reports with evidence; the supervisor returns one report and verifies another', async () => {
      const reporter = await world.as('bl-reporter');
      const ledger = await reporter.send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${encodeURIComponent(countyPlan.id)}&limit=50`,
      );
      expect(ledger.total).toBeGreaterThanOrEqual(2);
      expect(new Set(ledger.rows.map((r) => r.orgName))).toEqual(new Set(['博罗县司法局']));
      const [first, second] = ledger.rows as [LedgerRowDto, LedgerRowDto];

      const report = async (row: LedgerRowDto) => {
        const form = new FormData();
        form.set('expectedVersion', String(row.version));
        form.set('text', '已在政府网站专栏公开');
        form.append('files', new File([PDF], '公开截图.pdf', { type: 'application/pdf' }));
        const res = await reporter.request(`/api/assignments/${encodeURIComponent(row.id)}/report`, {
          method: 'POST',
          body: form,
        });
        expect(res.status, await res.clone().text()).toBe(200);
        return (await res.json()) as LedgerRowDto;
      };
      const reportedFirst = await report(first);
      const reportedSecond = await report(second);
      expect(reportedFirst).toMatchObject({ state: 'reported', lastReport: { evidence: [{ name: '公开截图.pdf' }] } });

      const supervisor = await world.as('bl-supervisor');
      const returned = await supervisor.send<LedgerRowDto>(
        'POST',
        `/api/assignments/${encodeURIComponent(first.id)}/return`,
        {
          expectedVersion: reportedFirst.version,
          reason: '缺少栏目链接',
        },
      );
      expect(returned).toMatchObject({ state: 'assigned', lastComment: '缺少栏目链接' });
      const verified = await supervisor.send<LedgerRowDto>(
        'POST',
        `/api/assignments/${encodeURIComponent(second.id)}/verify`,
        {
          expectedVersion: reportedSecond.version,
        },
      );
      expect(verified.state).toBe('verified');

      // The unit sees why its report came back, in its inbox and on the timeline.
      const inbox = await reporter.send<{ items: { type: string; message: string }[] }>('GET', '/api/notifications');
      expect(inbox.items[0]).toMatchObject({
        type: 'assignment.return',
        message: expect.stringContaining('缺少栏目链接'),
      });
      const detail = await reporter.send<AssignmentDetail>('GET', `/api/assignments/${encodeURIComponent(first.id)}`);
      expect(detail.events.map((e) => e.type)).toEqual(['assignment.report', 'assignment.return']);
      expect(detail.actions).toEqual(['report']);

      // The evidence is served to those who may see the row, and to nobody else.
      const hash = reportedSecond.lastReport?.evidence[0]?.hash;
      const url = `/api/assignments/${encodeURIComponent(second.id)}/evidence/${hash}`;
      expect((await supervisor.request(url)).status).toBe(200);
      expect(new Uint8Array(await (await reporter.request(url)).arrayBuffer())).toEqual(PDF);
      expect((await (await world.as('hy-supervisor')).request(url)).status).toBe(403);

      // And the roll-up of 博罗县 counts what happened.
      const rollup = await supervisor.send<{ counts: { byState: Record<string, number> } }>(
        'GET',
        '/api/rollup/441322?year=2022',
      );
      expect(rollup.counts.byState.verified).toBe(1);
    });

    it('never lets a unit verify its own report', async () => {
      const reporter = await world.as('bl-reporter');
      const { rows } = await reporter.send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${encodeURIComponent(countyPlan.id)}&state=assigned&limit=1`,
      );
      const row = rows[0] as LedgerRowDto;
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', '本单位已完成');
      form.append('files', new File([PDF], 'a.pdf'));
      const res = await reporter.request(`/api/assignments/${encodeURIComponent(row.id)}/report`, {
        method: 'POST',
        body: form,
      });
      const reported = (await res.json()) as LedgerRowDto;
      const verify = (username: string) =>
        world.as(username).then((s) =>
          s.request(`/api/assignments/${encodeURIComponent(row.id)}/verify`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ expectedVersion: reported.version }),
          }),
        );
      const own = await verify('bl-justice-supervisor');
      expect(own.status).toBe(403);
      expect(((await own.json()) as Problem).detail).toContain('本单位');
      const other = await verify('hy-supervisor');
      expect(other.status).toBe(403);
      const above = await verify('bl-supervisor');
      expect(above.status).toBe(200);
      expect(((await above.json()) as LedgerRowDto).state).toBe('verified');
    });

    it('brings the city’s second version into the county plan: untouched fields follow, a conflict is chosen, then 签收', async () => {
      const author = await world.as('hz-author');
      const deriver = await world.as('bl-deriver');
      const city = await author.send<PlanDetail>('GET', `/api/plans/${cityPlan.id}`);
      const county = await deriver.send<PlanDetail>('GET', `/api/plans/${countyPlan.id}`);
      const overridden = county.items.find((i) => i.derivationStatus === 'overridden')!;
      const untouched = county.items.find((i) => i.kind === 'task' && i.derivationStatus !== 'overridden')!;
      const source = (item: PlanDetail['items'][number]) =>
        city.items.find((c) => c.id === item.provenance?.sourceItemId)!;
      // The city moves the deadline the county had changed, and rewords a task the county had not.
      await author.send('PATCH', `/api/plans/${cityPlan.id}/items/${encodeURIComponent(source(overridden).id)}`, {
        expectedVersion: source(overridden).version,
        patch: { deadlineText: '2022年9月底前' },
      });
      await author.send('PATCH', `/api/plans/${cityPlan.id}/items/${encodeURIComponent(source(untouched).id)}`, {
        expectedVersion: source(untouched).version,
        patch: { text: `${source(untouched).text}（第二版补充）` },
      });
      const current = await author.send<PlanDetail>('GET', `/api/plans/${cityPlan.id}`);
      await author.send('POST', `/api/plans/${cityPlan.id}/publish`, {
        expectedVersion: current.plan.version,
        summary: '第二版',
      });

      const upstream = await deriver.send<UpstreamDto>('GET', `/api/plans/${countyPlan.id}/upstream`);
      expect(upstream).toMatchObject({ fromVersion: 1, toVersion: 2, conflicts: 1 });
      const conflict = upstream.items.find((i) => i.fields.some((f) => f.state === 'conflict'))!;
      expect(conflict.fields.find((f) => f.field === 'deadline')).toMatchObject({
        state: 'conflict',
        ours: { due: '2022-10-31' },
        theirs: { due: '2022-09-30' },
      });
      expect(upstream.items.some((i) => i.fields.some((f) => f.field === 'text' && f.state === 'take'))).toBe(true);

      const unresolved = await deriver.request(`/api/plans/${countyPlan.id}/upstream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ toVersion: 2, resolutions: [] }),
      });
      expect(unresolved.status).toBe(422);
      expect(((await unresolved.json()) as Problem).detail).toContain('冲突');

      await deriver.send('POST', `/api/plans/${countyPlan.id}/upstream`, {
        toVersion: 2,
        resolutions: [{ key: conflict.key, field: 'deadline', choice: 'ours' }],
      });
      const after = await deriver.send<PlanDetail>('GET', `/api/plans/${countyPlan.id}`);
      expect(after.items.find((i) => i.id === overridden.id)?.deadline?.due).toBe('2022-10-31');
      expect(after.items.find((i) => i.id === untouched.id)?.text).toContain('（第二版补充）');
      expect((await deriver.send<UpstreamDto>('GET', `/api/plans/${countyPlan.id}/upstream`)).items).toEqual([]);
      expect((await deriver.send<Coverage>('GET', `/api/plans/${countyPlan.id}/coverage`)).canPublish).toBe(true);
    });
  });
});
