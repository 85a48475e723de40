import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResult, PlanDetail, PublishPreview } from '@cascade/contracts';
import { assignments, events } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const enc = encodeURIComponent;
const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '1.建设规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府；完成时限：2022年9月底前〕',
  '2.公开财政预决算。〔牵头单位：市财政局；完成时限：2022年12月底前〕',
  '3.公开重点项目信息。〔牵头单位：市财政局；完成时限：2022年12月底前〕',
].join('\n');
const seed = (name: string) =>
  readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../../../../tests/fixtures/import/seed/${name}`),
    'utf8',
  );
const COUNTY_DOCUMENT = seed('dianjiang-county-2022.txt');

describe('publishing with its consequences shown (GET /api/plans/{id}/publish-preview)', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    const rowsOf = async (planId: string) =>
      (await world.deps.database.db.select().from(assignments)).filter((r) => r.planId === planId);
    const detail = async (planId: string) =>
      (await world.as('hz-author')).send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);

    it('lists the three changes since version 1, and the ledger effect is what the publish then does', async () => {
      const author = await world.as('hz-author');
      const planId = await world.importAndPublish('hz-author', CITY_PLAN);
      const before = await rowsOf(planId);
      const [first, second, third] = (await detail(planId)).items.filter((i) => i.kind === 'task');
      // Edit 1.'s deadline, add a task, remove 2.
      await author.send('PATCH', `/api/plans/${enc(planId)}/items/${enc(first!.id)}`, {
        expectedVersion: first!.version,
        patch: { deadlineText: '2022年10月底前' },
      });
      await author.send('POST', `/api/plans/${enc(planId)}/items`, {
        afterItemId: third!.id,
        kind: 'task',
        text: '公开政务服务事项清单',
        units: { lead: ['市政务服务数据管理局'], responsible: [], cooperate: [] },
        deadlineText: '2022年11月底前',
      });
      await author.send(
        'DELETE',
        `/api/plans/${enc(planId)}/items/${enc(second!.id)}?expectedVersion=${second!.version}`,
      );

      const preview = await author.send<PublishPreview>('GET', `/api/plans/${enc(planId)}/publish-preview`);
      expect(preview).toMatchObject({ version: 2, sinceVersion: 1, warnings: [] });
      expect(preview.changes.counts).toEqual({ added: 1, removed: 1, changed: 1 });
      expect(preview.changes.tasks.map((t) => [t.kind, t.text.slice(0, 6)])).toEqual([
        ['changed', '建设规章库专栏'.slice(0, 6)],
        ['added', '公开政务服务事项清单'.slice(0, 6)],
        ['removed', '公开财政预决算'.slice(0, 6)],
      ]);
      expect(preview.changes.tasks[0]?.fields).toEqual([
        { field: 'deadline', before: '2022年9月底前', after: '2022年10月底前' },
      ]);
      // 1. names 市司法局 and the county governments: each of its rows moves to the new date.
      const firstRows = before.filter((r) => r.itemId === first!.id).length;
      expect(firstRows).toBeGreaterThan(1);
      expect(preview.ledger).toEqual({
        issued: 1,
        redated: firstRows,
        closed: before.filter((r) => r.itemId === second!.id).length,
        unchanged: before.filter((r) => r.itemId === third!.id).length,
      });

      const { plan } = await detail(planId);
      const published = await author.send<{ assignmentsIssued: number; rescheduled: number; withdrawn: number }>(
        'POST',
        `/api/plans/${enc(planId)}/publish`,
        { expectedVersion: plan.version, summary: '调整' },
      );
      expect(published).toMatchObject({
        assignmentsIssued: preview.ledger.issued,
        rescheduled: preview.ledger.redated,
        withdrawn: preview.ledger.closed,
      });
      // The ledger itself, before and after: the same numbers.
      const after = await rowsOf(planId);
      const was = new Map(before.map((r) => [r.id, r]));
      expect(after.filter((r) => !was.has(r.id))).toHaveLength(preview.ledger.issued);
      expect(after.filter((r) => was.has(r.id) && was.get(r.id)?.dueOn !== r.dueOn)).toHaveLength(
        preview.ledger.redated,
      );
      expect(after.filter((r) => r.state === 'closed' && was.get(r.id)?.state !== 'closed')).toHaveLength(
        preview.ledger.closed,
      );
      // Nothing left to publish: the next preview is empty and the ledger stays as it is.
      const again = await author.send<PublishPreview>('GET', `/api/plans/${enc(planId)}/publish-preview`);
      expect(again.changes.counts).toEqual({ added: 0, removed: 0, changed: 0 });
      expect(again.ledger).toMatchObject({ issued: 0, redated: 0, closed: 0 });
    });

    it('warns that a county document imported as 广东省’s plan names units that are not 广东省’s and reads no deadlines', async () => {
      const author = await world.as('gd-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: COUNTY_DOCUMENT,
        fileName: '垫江县.txt',
        year: 2022,
      });
      const planId = imported.plan.id;
      const preview = await author.send<PublishPreview>('GET', `/api/plans/${enc(planId)}/publish-preview`);
      expect(preview.sinceVersion).toBe(0);
      expect(preview.changes.counts.added).toBe(imported.items);
      const codes = preview.warnings.map((w) => w.code);
      expect(codes).toContain('noDeadline');
      expect(codes).toContain('anotherPlace');
      const another = preview.warnings.find((w) => w.code === 'anotherPlace');
      expect(another?.issuer).toBe('垫江县人民政府办公室');
      expect(another?.units).toEqual(expect.arrayContaining(['县政府办公室', '县司法局']));
      expect(another?.message).toContain('不是广东省的单位');
      expect(another?.labels.length).toBeGreaterThan(imported.items / 2);

      // Published anyway, the acknowledged warnings are on the record.
      const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
      await author.send('POST', `/api/plans/${enc(planId)}/publish`, {
        expectedVersion: plan.version,
        summary: '印发',
        acknowledgedWarnings: codes,
      });
      const published = (await world.deps.database.db.select().from(events)).find(
        (e) => e.type === 'plan.published' && e.subjectId === planId,
      );
      expect(published?.payload).toMatchObject({ version: 1, acknowledgedWarnings: codes });
    });

    it('finds nothing to warn about in 惠州市’s own document, nor in 博罗县’s plan derived from it', async () => {
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: seed('huizhou-city-2022.txt'),
        fileName: '惠州市.txt',
        year: 2022,
      });
      const city = await author.send<PublishPreview>('GET', `/api/plans/${enc(imported.plan.id)}/publish-preview`);
      expect(city.warnings).toEqual([]);
      const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${enc(imported.plan.id)}`);
      await author.send('POST', `/api/plans/${enc(plan.id)}/publish`, {
        expectedVersion: plan.version,
        summary: '印发',
      });
      const deriver = await world.as('bl-deriver');
      const derived = await deriver.send<{ id: string }>('POST', `/api/plans/${enc(plan.id)}/derive`, {
        childOrgId: '441322',
      });
      const county = await deriver.send<PublishPreview>('GET', `/api/plans/${enc(derived.id)}/publish-preview`);
      expect(county.warnings.map((w) => w.message)).toEqual([]);
    });

    it('is for whoever may publish the plan: a reporter below is refused', async () => {
      const planId = await world.importAndPublish('hz-author', CITY_PLAN);
      const res = await (await world.as('bl-reporter')).request(`/api/plans/${enc(planId)}/publish-preview`);
      expect(res.status).toBe(403);
    });
  });
});
