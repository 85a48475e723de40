import type { ImportResult, PlanDetail, PlanSummary, Problem } from '@cascade/contracts';
import { insertAssignments, listPlanItems } from '@cascade/db';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.建设规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
].join('\n');
const enc = encodeURIComponent;

describe('plans never published (drafts) stay with those who make them', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let draft: PlanSummary;
    let countyDraft: PlanSummary;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
      const author = await world.as('hz-author');
      draft = (await author.send<ImportResult>('POST', '/api/plans/import', { text: CITY_PLAN, year: 2022 })).plan;
      expect(draft).toMatchObject({ ownerOrgId: '441300', status: 'draft', publishedVersion: 0 });
    });

    const listed = async (username: string, planId: string) => {
      const { plans } = await (await world.as(username)).send<{ plans: PlanSummary[] }>('GET', '/api/plans');
      return plans.some((p) => p.id === planId);
    };
    const open = async (username: string, path: string) => {
      const res = await (await world.as(username)).request(path);
      return { status: res.status, problem: res.status >= 400 ? ((await res.json()) as Problem) : null };
    };

    it('a unit below 惠州市 neither lists nor opens its draft, which answers as a plan that does not exist', async () => {
      const unknown = await open('bl-reporter', '/api/plans/plan-that-does-not-exist');
      for (const username of ['bl-reporter', 'bl-reporter-county', 'bl-deriver', 'bl-supervisor', 'bl-admin']) {
        expect(await listed(username, draft.id), username).toBe(false);
        for (const path of [`/api/plans/${enc(draft.id)}`, `/api/plans/${enc(draft.id)}/export.docx`]) {
          const answer = await open(username, path);
          expect(answer.status, `${username} ${path}`).toBe(404);
          expect(answer.problem?.type).toBe(unknown.problem?.type);
          expect(answer.problem?.title).toBe(unknown.problem?.title);
        }
      }
      // Nor does a department of 惠州市 itself, nor another branch.
      for (const username of ['hz-justice-reporter', 'hy-reporter', 'hy-supervisor']) {
        expect(await listed(username, draft.id), username).toBe(false);
        expect((await open(username, `/api/plans/${enc(draft.id)}`)).status, username).toBe(404);
      }
    });

    it('its author, 惠州市’s supervisor and the admin above list and open it', async () => {
      for (const username of ['hz-author', 'hz-supervisor', 'gd-admin']) {
        expect(await listed(username, draft.id), username).toBe(true);
        expect((await open(username, `/api/plans/${enc(draft.id)}`)).status, username).toBe(200);
      }
    });

    it('once published, the units below list and open it as before', async () => {
      const author = await world.as('hz-author');
      const current = await author.send<PlanDetail>('GET', `/api/plans/${enc(draft.id)}`);
      await author.send('POST', `/api/plans/${enc(draft.id)}/publish`, {
        expectedVersion: current.plan.version,
        summary: '印发',
      });
      for (const username of ['bl-reporter', 'bl-deriver', 'hz-justice-reporter']) {
        expect(await listed(username, draft.id), username).toBe(true);
        expect((await open(username, `/api/plans/${enc(draft.id)}`)).status, username).toBe(200);
      }
    });

    it('a county’s derived draft is seen by its deriver and by supervision at or above the county, not by its units', async () => {
      const deriver = await world.as('bl-deriver');
      const county = await deriver.send<PlanSummary>('POST', `/api/plans/${enc(draft.id)}/derive`, {
        childOrgId: '441322',
      });
      expect(county).toMatchObject({ ownerOrgId: '441322', status: 'draft', publishedVersion: 0 });
      const sees = async (username: string) => ({
        listed: await listed(username, county.id),
        opened: (await open(username, `/api/plans/${enc(county.id)}`)).status,
      });
      for (const username of ['bl-deriver', 'bl-supervisor', 'bl-admin', 'hz-supervisor', 'gd-admin'])
        expect(await sees(username), username).toEqual({ listed: true, opened: 200 });
      for (const username of ['bl-reporter', 'bl-reporter-county', 'hz-author', 'hz-justice-reporter'])
        expect(await sees(username), username).toEqual({ listed: false, opened: 404 });
      countyDraft = county;
    });

    it('a draft whose ledger rows were already issued to a unit (a cascade’s 派生稿) is open to that unit', async () => {
      const db = world.deps.database.db;
      const [task] = (await listPlanItems(db, countyDraft.id)).filter((i) => i.kind === 'task');
      await insertAssignments(db, [
        {
          id: `${countyDraft.id}:issued`,
          planId: countyDraft.id,
          itemId: task!.id,
          orgId: '441322-justice',
          orgPath: '/440000/441300/441322/441322-justice/',
          role: 'lead',
          state: 'assigned',
          year: 2022,
        },
      ]);
      expect(await listed('bl-reporter', countyDraft.id)).toBe(true);
      expect((await open('bl-reporter', `/api/plans/${enc(countyDraft.id)}`)).status).toBe(200);
      // A unit it was not issued to still does not see it.
      expect(await listed('bl-office-reporter', countyDraft.id)).toBe(false);
      expect((await open('bl-office-reporter', `/api/plans/${enc(countyDraft.id)}`)).status).toBe(404);
    });
  });
});
