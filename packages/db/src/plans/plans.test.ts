import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanJson, planDraftFromJson, sayText } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertAssignments } from '../repositories/assignments.repository.ts';
import { readRollup } from '../repositories/rollup.repository.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import {
  DerivationRefusedError,
  deriveChildPlan,
  getPlanSnapshot,
  planCoverage,
  planIdFor,
} from './derive-child-plan.ts';
import { removePlanItem, updatePlanItem } from './plan-edits.ts';
import { listVisiblePlans } from './plan-list.ts';
import { addPlanItem } from './plan-outline.ts';
import { createPlanFromDraft, listPlanItems, loadPlanDraft, StaleVersionError } from './plan-store.ts';
import { PublishRefusedError, publishPlan } from './publish-plan.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/huizhou-city-2022.expected.json',
);
const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);

describe('a plan from import to a derived county plan', () => {
  forEachDatabase((getDb) => {
    let planId = '';
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
      const plan = await createPlanFromDraft(getDb().db, {
        ownerOrgId: '441300',
        draft: huizhou,
        actor: 'user-hz-author',
        eventType: 'plan.imported',
      });
      planId = plan.id;
    });

    it('keeps every imported measure with its outline, units and deadline', async () => {
      const { draft } = await loadPlanDraft(getDb().db, planId);
      expect(draft.items).toHaveLength(53);
      expect(draft.items.map((i) => i.path)).toEqual(huizhou.items.map((i) => i.path));
      expect(draft.items.map((i) => i.units.lead.map((u) => u.text))).toEqual(
        huizhou.items.map((i) => i.units.lead.map((u) => u.text)),
      );
      expect(draft.items.map((i) => i.deadline.due)).toEqual(huizhou.items.map((i) => i.deadline.due));
      // Each heading on a measure's path is a section row of the outline, before its first measure.
      const rows = await listPlanItems(getDb().db, planId);
      const sections = rows.filter((r) => r.kind === 'section').map((r) => r.path.join(''));
      expect(sections).toEqual(expect.arrayContaining(['（一）', '（十二）']));
      expect(rows[0]?.kind).toBe('section');
    });

    it('refuses an edit made on a stale version and keeps the first', async () => {
      const db = getDb().db;
      const [first] = (await listPlanItems(db, planId)).filter((i) => i.kind === 'task');
      const edit = (text: string) =>
        updatePlanItem(db, { planId, itemId: first!.id, expectedVersion: first!.version, patch: { text }, actor: 'a' });
      await edit('改过的措施');
      await expect(edit('另一人改的')).rejects.toBeInstanceOf(StaleVersionError);
      const [after] = (await listPlanItems(db, planId)).filter((i) => i.id === first!.id);
      expect(after?.text).toBe('改过的措施');
    });

    it('publishes a version and issues a ledger row per named unit, counted in the roll-up', async () => {
      const db = getDb().db;
      const { plan } = await loadPlanDraft(db, planId);
      const published = await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '首次发布',
        actor: 'a',
        publishedOn: '2022-06-20',
      });
      expect(published.version).toBe(1);
      expect(published.assignmentsIssued).toBeGreaterThan(100);
      const rollup = await readRollup(db, '441300', 2022);
      expect(rollup.reduce((n, r) => n + r.count, 0)).toBe(published.assignmentsIssued);
      // 博罗县 is one of 各县（区）人民政府（管委会）: it has work in 惠州's ledger.
      expect((await readRollup(db, '441322', 2022)).length).toBeGreaterThan(0);
      // Publishing again issues nothing twice.
      const again = await publishPlan(db, {
        planId,
        expectedVersion: published.plan.version,
        summary: '再发布',
        actor: 'a',
        publishedOn: '2022-06-20',
      });
      expect(again.assignmentsIssued).toBe(0);
    });

    it('derives 博罗县 from the published version, once, and checks coverage before publishing', async () => {
      const db = getDb().db;
      const boluo = await deriveChildPlan(db, { parentPlanId: planId, childOrgId: '441322', actor: 'user-bl-deriver' });
      expect(boluo.title).toContain('博罗县2022年');
      await expect(
        deriveChildPlan(db, { parentPlanId: planId, childOrgId: '441322', actor: 'x' }),
      ).rejects.toBeInstanceOf(DerivationRefusedError);
      const tasks = (await listPlanItems(db, boluo.id)).filter((i) => i.kind === 'task');
      expect(tasks.length).toBeGreaterThan(20);
      expect(tasks.every((t) => t.provenance && t.trace)).toBe(true);
      const before = await planCoverage(db, boluo.id);
      expect(before.counts.covered).toBe(tasks.length);

      // A local edit is an override (modified); a dropped item needs a reason.
      const [one, two] = tasks;
      await updatePlanItem(db, {
        planId: boluo.id,
        itemId: one!.id,
        expectedVersion: one!.version,
        patch: { deadline: { text: '2022年10月底前', kind: 'month', due: '2022-10-31' } },
        reason: '县里提前完成',
        actor: 'user-bl-deriver',
      });
      await removePlanItem(db, {
        planId: boluo.id,
        itemId: two!.id,
        expectedVersion: two!.version,
        actor: 'user-bl-deriver',
      });
      const after = await planCoverage(db, boluo.id);
      expect(after.counts).toMatchObject({ modified: 1, dropped: 1 });
      // The reason given with the edit is the 理由 of the adjusted row; the drop has none yet.
      expect(after.rows.filter((r) => r.state !== 'covered')).toEqual([
        {
          sourceLabel: (one!.provenance as { sourceItemId: string }).sourceItemId,
          state: 'modified',
          justification: '县里提前完成',
        },
        { sourceLabel: (two!.provenance as { sourceItemId: string }).sourceItemId, state: 'dropped' },
      ]);
      expect(after.canPublish).toBe(false);
      const { plan } = await loadPlanDraft(db, boluo.id);
      await expect(
        publishPlan(db, {
          planId: boluo.id,
          expectedVersion: plan.version,
          summary: '',
          actor: 'x',
          publishedOn: '2022-06-20',
          check: async () => (await planCoverage(db, boluo.id)).problems,
        }),
      ).rejects.toBeInstanceOf(PublishRefusedError);
    });

    it('adds and removes an own item, and lists plans visible from a department below', async () => {
      const db = getDb().db;
      const before = await listPlanItems(db, planId);
      const third = before.filter((i) => i.kind === 'task')[2] as (typeof before)[number];
      const added = await addPlanItem(db, {
        planId,
        afterItemId: third.id,
        kind: 'task',
        text: '新增措施',
        actor: 'a',
      });
      // It takes the number after the task it follows; 惠州's measures run on through the
      // sections, so every later one moves up one number.
      expect(added.path).toEqual(['（一）', '4.']);
      const tasks = (await listPlanItems(db, planId)).filter((i) => i.kind === 'task');
      expect(tasks[tasks.findIndex((i) => i.id === added.id) + 1]?.path).toEqual(['（二）', '5.']);
      expect(tasks.at(-1)?.label).toBe('54.');
      const removed = await removePlanItem(db, { planId, itemId: added.id, expectedVersion: 1, actor: 'a' });
      expect(removed.removed).toBe(1);
      expect((await listPlanItems(db, planId)).map((i) => i.path)).toEqual(before.map((i) => i.path));
      const visible = await listVisiblePlans(db, '/440000/441300/441322/441322-justice/');
      expect(visible.map((p) => p.ownerOrgId).sort()).toEqual(['441300', '441322']);
      expect(await listVisiblePlans(db, '/440000/441400/')).toEqual([]);
    });

    it('lists a draft only to readers of drafts where its owner sits, or where its ledger rows were issued', async () => {
      const db = getDb().db;
      const owners = async (orgPath: string, drafts: { own: boolean; below: boolean }) =>
        (await listVisiblePlans(db, orgPath, { drafts })).map((p) => p.ownerOrgId).sort();
      const none = { own: false, below: false };
      const justice = '/440000/441300/441322/441322-justice/';
      // 博罗县's derived plan is still a draft: a department below it sees only 惠州's published plan.
      expect(await owners(justice, none)).toEqual(['441300']);
      expect(await owners(justice, { own: true, below: true })).toEqual(['441300']);
      expect(await owners('/440000/441300/441322/', none)).toEqual(['441300']);
      expect(await owners('/440000/441300/441322/', { own: true, below: false })).toEqual(['441300', '441322']);
      expect(await owners('/440000/441300/', { own: true, below: false })).toEqual(['441300']);
      expect(await owners('/440000/441300/', { own: false, below: true })).toEqual(['441300', '441322']);
      // A ledger row of the draft issued to the department (as a cascade or a 回头看 writes them) shows it there.
      const [task] = (await listPlanItems(db, planIdFor(2022, '441322'))).filter((i) => i.kind === 'task');
      await insertAssignments(db, [
        {
          id: 'issued-draft-row',
          planId: planIdFor(2022, '441322'),
          itemId: task!.id,
          orgId: '441322-justice',
          orgPath: justice,
          role: 'lead',
          state: 'assigned',
          year: 2022,
        },
      ]);
      expect(await owners(justice, none)).toEqual(['441300', '441322']);
      expect(await owners('/440000/441300/441322/441322-office/', none)).toEqual(['441300']);
    });

    it('stores a published version with what it published, not why each value was derived', async () => {
      const db = getDb().db;
      const huicheng = await deriveChildPlan(db, { parentPlanId: planId, childOrgId: '441302', actor: 'x' });
      const { plan } = await loadPlanDraft(db, huicheng.id);
      await publishPlan(db, {
        planId: huicheng.id,
        expectedVersion: plan.version,
        summary: '',
        actor: 'x',
        publishedOn: '2022-06-20',
      });
      const live = await listPlanItems(db, huicheng.id);
      const published = (await getPlanSnapshot(db, huicheng.id, 1)).items;
      expect(live.some((i) => i.trace?.length)).toBe(true);
      expect(published.map(({ trace, ...rest }) => rest)).toEqual(live.map(({ trace, ...rest }) => rest));
      expect(published.every((i) => i.trace === null)).toBe(true);
      // Each step is stored without the sentence its words say, and read back with it.
      const [stored] = await getDb().query<{ trace: object[] }>(
        'SELECT trace FROM plan_items WHERE plan_id = $1 AND jsonb_array_length(trace) > 0 LIMIT 1',
        [huicheng.id],
      );
      expect(stored?.trace.some((step) => 'fact' in step)).toBe(false);
      const steps = live.flatMap((i) => i.trace ?? []);
      expect(steps.every((s) => s.say && s.fact === sayText(s.say))).toBe(true);
    });
  });
});
