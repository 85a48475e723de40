import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  AssignmentDetail,
  ImportResult,
  LedgerPage,
  LedgerRowDto,
  PlanDetail,
  PlanSummary,
} from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { createTestWorld, type TestWorld } from '@cascade/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/import/seed/huizhou-city-2022.txt',
);
const PDF = new TextEncoder().encode('%PDF-1.4\n公开截图\n%%EOF');
const enc = encodeURIComponent;

/**
 * A task on the 三审三校 variant (初审 → 复审 → 终审 before 核验) goes through every step from the
 * ledger: each approval passes one step, a return at any step sends it back with the reason.
 */
describe('review steps (三审三校) through the API', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let row: LedgerRowDto;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: readFileSync(SEED, 'utf8'),
        fileName: 'hz.txt',
      });
      await author.send('POST', `/api/plans/${enc(imported.plan.id)}/publish`, {
        expectedVersion: imported.plan.version,
        summary: '',
      });
      const deriver = await world.as('bl-deriver');
      const county = await deriver.send<PlanSummary>('POST', `/api/plans/${enc(imported.plan.id)}/derive`, {
        childOrgId: '441322',
      });
      const detail = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(county.id)}`);
      // Every task of the county plan follows 三审三校, so whichever row 司法局 gets has the steps.
      for (const item of detail.items.filter((i) => i.kind === 'task'))
        await deriver.send('PATCH', `/api/plans/${enc(county.id)}/items/${enc(item.id)}`, {
          expectedVersion: item.version,
          patch: { workflowVariant: 'three-reviews' },
        });
      const current = await deriver.send<PlanDetail>('GET', `/api/plans/${enc(county.id)}`);
      await deriver.send('POST', `/api/plans/${enc(county.id)}/publish`, {
        expectedVersion: current.plan.version,
        summary: '',
      });
      const reporter = await world.as('bl-reporter');
      const ledger = await reporter.send<LedgerPage>('GET', `/api/ledger?planId=${enc(county.id)}&limit=1`);
      row = ledger.rows[0]!;
    });

    const report = async () => {
      const reporter = await world.as('bl-reporter');
      const form = new FormData();
      form.set('expectedVersion', String(row.version));
      form.set('text', '已公开');
      form.append('files', new File([PDF], '截图.pdf', { type: 'application/pdf' }));
      const res = await reporter.request(`/api/assignments/${enc(row.id)}/report`, { method: 'POST', body: form });
      expect(res.status).toBe(200);
      row = (await res.json()) as LedgerRowDto;
    };
    const act = async (action: 'verify' | 'return', body: Record<string, unknown> = {}) => {
      const supervisor = await world.as('bl-supervisor');
      row = await supervisor.send<LedgerRowDto>('POST', `/api/assignments/${enc(row.id)}/${action}`, {
        expectedVersion: row.version,
        ...body,
      });
      return row.state;
    };

    it('passes 初审, 复审 and 终审 one approval at a time, then 核验', async () => {
      await report();
      expect(row.state).toBe('reported');
      const states = [];
      for (let i = 0; i < 4; i++) states.push(await act('verify'));
      expect(states).toEqual(['review1', 'review2', 'review3', 'verified']);
    });

    it('offers the supervisor approve and return in a review step, and a return names its reason', async () => {
      const supervisor = await world.as('bl-supervisor');
      const reporter = await world.as('bl-reporter');
      const ledger = await reporter.send<LedgerPage>(
        'GET',
        `/api/ledger?planId=${enc(row.planId)}&state=assigned&limit=1`,
      );
      row = ledger.rows[0]!;
      await report();
      await act('verify');
      const detail = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
      expect(detail.assignment.state).toBe('review1');
      expect(detail.actions).toEqual(expect.arrayContaining(['verify', 'return']));
      expect(await act('return', { reason: '初审：缺少截图说明' })).toBe('assigned');
      const after = await supervisor.send<AssignmentDetail>('GET', `/api/assignments/${enc(row.id)}`);
      expect(JSON.stringify(after.events.at(-1)?.payload)).toContain('初审：缺少截图说明');
    });
  });
});
