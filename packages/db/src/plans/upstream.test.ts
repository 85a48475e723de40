import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanJson, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { DerivationRefusedError, deriveChildPlan, planCoverage } from './derive-child-plan.ts';
import { listAcknowledgements, setParentBinding } from './parent-binding.ts';
import { removePlanItem, updatePlanItem } from './plan-edits.ts';
import type { PlanItemRow } from './plan-items.ts';
import { addPlanItem } from './plan-outline.ts';
import { createPlanFromDraft, getPlan, listPlanItems, StaleVersionError } from './plan-store.ts';
import { publishPlan } from './publish-plan.ts';
import { applyUpstream, readUpstream } from './upstream.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/huizhou-city-2022.expected.json',
);
const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);

const tasksOf = async (db: Db, planId: string) => (await listPlanItems(db, planId)).filter((i) => i.kind === 'task');
/** The merge names a derived task by the superior's item it follows. */
const keyOf = (item: PlanItemRow) => (item.provenance as { sourceItemId: string }).sourceItemId;

async function publish(db: Db, planId: string, summary: string) {
  const plan = await getPlan(db, planId);
  return publishPlan(db, {
    planId,
    expectedVersion: plan.version,
    summary,
    actor: 'user-hz-author',
    publishedOn: '2022-06-20',
  });
}

/** The city's item a derived item came from. */
const sourceOf = (city: PlanItemRow[], item: PlanItemRow) =>
  city.find((c) => c.id === (item.provenance as { sourceItemId: string }).sourceItemId) as PlanItemRow;

describe('a superior’s second version merged into derived plans (上级更新与签收)', () => {
  forEachDatabase((getDb) => {
    let cityId = '';
    let boluoId = '';
    let huiyangId = '';
    beforeAll(async () => {
      await seedOrgTree(getDb(), { provinces: ['44'] });
      const db = getDb().db;
      cityId = (await createPlanFromDraft(db, { ownerOrgId: '441300', draft: huizhou, actor: 'a', eventType: 'i' })).id;
      await publish(db, cityId, '第一版');
      boluoId = (await deriveChildPlan(db, { parentPlanId: cityId, childOrgId: '441322', actor: 'user-bl' })).id;
      huiyangId = (await deriveChildPlan(db, { parentPlanId: cityId, childOrgId: '441303', actor: 'user-hy' })).id;
    });

    it('applies untouched fields, asks about a field both changed, and handles deletions on either side', async () => {
      const db = getDb().db;
      const [kept, dropped, rewordedUpstream, deletedUpstream] = await tasksOf(db, boluoId);
      // The county moves one deadline and drops another task as not applicable here.
      await updatePlanItem(db, {
        planId: boluoId,
        itemId: kept!.id,
        expectedVersion: kept!.version,
        patch: { deadline: { text: '2022年10月底前', kind: 'month', due: '2022-10-31' } },
        reason: '县里提前完成',
        actor: 'user-bl',
      });
      await removePlanItem(db, {
        planId: boluoId,
        itemId: dropped!.id,
        expectedVersion: dropped!.version,
        reason: '本县无此项工作',
        actor: 'user-bl',
      });
      // The city changes the same deadline, rewords the dropped task and another, and deletes one.
      const city = await listPlanItems(db, cityId);
      const edit = async (item: PlanItemRow, patch: Parameters<typeof updatePlanItem>[1]['patch']) => {
        const source = sourceOf(city, item);
        await updatePlanItem(db, {
          planId: cityId,
          itemId: source.id,
          expectedVersion: source.version,
          patch,
          actor: 'a',
        });
      };
      await edit(kept!, { deadline: { text: '2022年9月底前', kind: 'month', due: '2022-09-30' } });
      await edit(dropped!, { text: `${sourceOf(city, dropped!).text}（补充）` });
      await edit(rewordedUpstream!, { text: `${sourceOf(city, rewordedUpstream!).text}（第二版补充）` });
      const gone = sourceOf(city, deletedUpstream!);
      await removePlanItem(db, { planId: cityId, itemId: gone.id, expectedVersion: gone.version, actor: 'a' });
      await publish(db, cityId, '第二版');

      const upstream = await readUpstream(db, boluoId);
      expect(upstream).toMatchObject({ fromVersion: 1, toVersion: 2, latestVersion: 2, conflicts: 1 });
      const byKey = new Map(upstream.items.map((i) => [i.key, i]));
      const moving = (key: string) => {
        const item = byKey.get(key);
        return item?.kind === 'changed' ? item.fields.filter((f) => f.state === 'take' || f.state === 'conflict') : [];
      };
      expect(moving(keyOf(kept!)).map((f) => [f.field, f.state])).toEqual([['deadline', 'conflict']]);
      expect(moving(keyOf(rewordedUpstream!)).map((f) => [f.field, f.state])).toEqual([['text', 'take']]);
      expect(byKey.get(keyOf(deletedUpstream!))?.kind).toBe('removed');
      // Dropped locally: the superior's rewording does not bring it back.
      expect(byKey.has(keyOf(dropped!))).toBe(false);

      await expect(
        applyUpstream(db, { planId: boluoId, toVersion: 2, resolutions: [], actor: 'user-bl' }),
      ).rejects.toThrow(/冲突/);
      await applyUpstream(db, {
        planId: boluoId,
        toVersion: 2,
        resolutions: [{ key: keyOf(kept!), field: 'deadline', choice: 'ours' }],
        actor: 'user-bl',
      });
      const after = new Map((await tasksOf(db, boluoId)).map((t) => [t.id, t]));
      expect(after.get(kept!.id)?.deadline).toMatchObject({ due: '2022-10-31' });
      expect(after.get(kept!.id)?.derivationStatus).toBe('overridden');
      expect(after.get(rewordedUpstream!.id)?.text).toContain('（第二版补充）');
      // Taking the superior's wording is not a local adjustment (its units, untouched, stay untouched).
      expect(after.get(rewordedUpstream!.id)?.derivationStatus).not.toBe('overridden');
      expect(after.get(rewordedUpstream!.id)?.overrides ?? {}).toEqual({});
      // The county's own deadline, kept against the superior's, keeps the reason it was given.
      const coverage = await planCoverage(db, boluoId);
      expect(coverage.rows.find((r) => r.sourceLabel === keyOf(kept!))).toMatchObject({
        state: 'modified',
        justification: '县里提前完成',
      });
      expect(after.get(deletedUpstream!.id)?.derivationStatus).toBe('notApplicable');
      expect(after.get(dropped!.id)?.derivationStatus).toBe('notApplicable');
      expect(after.get(dropped!.id)?.text).not.toContain('（补充）');
      expect((await readUpstream(db, boluoId)).items).toEqual([]);
    });

    it('brings a task the superior inserted mid-plan in at its place; the tasks renumbered after it are no change', async () => {
      const db = getDb().db;
      const county = await tasksOf(db, boluoId);
      const city = await listPlanItems(db, cityId);
      const anchor = sourceOf(city, county[4] as PlanItemRow);
      // 惠州 numbers its measures through the plan: the new one takes the anchor's next number and
      // every later city task moves up one.
      const inserted = await addPlanItem(db, {
        planId: cityId,
        afterItemId: anchor.id,
        kind: 'task',
        text: '新增：及时公开本地区重大项目审批和实施信息',
        units: { lead: ['各县（区）人民政府'], responsible: [], cooperate: [] },
        actor: 'a',
      });
      await publish(db, cityId, '第三版');
      const upstream = await readUpstream(db, boluoId);
      expect(upstream.items.map((i) => [i.kind, i.label])).toEqual([['added', inserted.label]]);
      await applyUpstream(db, { planId: boluoId, toVersion: upstream.toVersion, resolutions: [], actor: 'user-bl' });
      const after = await listPlanItems(db, boluoId);
      const at = after.findIndex(
        (r) => (r.provenance as { sourceItemId?: string } | null)?.sourceItemId === inserted.id,
      );
      expect(after[at - 1]?.id).toBe(county[4]?.id);
      expect(after[at]?.parentItemId).toBe(after[at - 1]?.parentItemId);
      // The county numbers its own outline: the new task takes the number after its neighbour's.
      const next = Number.parseInt((after[at - 1] as PlanItemRow).label, 10) + 1;
      expect(after[at]?.path).toEqual([...(after[at - 1] as PlanItemRow).path.slice(0, -1), `${next}.`]);
      expect(after.filter((r) => r.kind === 'task').map((r) => r.label)).toEqual(
        after.filter((r) => r.kind === 'task').map((_, i) => `${i + 1}.`),
      );
      expect((await readUpstream(db, boluoId)).items).toEqual([]);
    });

    it('shows the superior which subordinate has taken in which version (签收)', async () => {
      const acks = await listAcknowledgements(getDb().db, cityId);
      expect(acks.map((a) => [a.orgName, a.acknowledgedVersion, a.latestVersion, a.isCurrent])).toEqual([
        ['惠阳区', 1, 3, false],
        ['博罗县', 3, 3, true],
      ]);
    });

    it('keeps a pinned plan on its version until it follows the latest again', async () => {
      const db = getDb().db;
      const plan = await getPlan(db, huiyangId);
      await expect(
        setParentBinding(db, { planId: huiyangId, binding: 'pinned', expectedVersion: plan.version - 1, actor: 'u' }),
      ).rejects.toBeInstanceOf(StaleVersionError);
      const pinned = await setParentBinding(db, {
        planId: huiyangId,
        binding: 'pinned',
        expectedVersion: plan.version,
        actor: 'user-hy',
      });
      const state = await readUpstream(db, huiyangId);
      expect(state).toMatchObject({ binding: 'pinned', fromVersion: 1, toVersion: 1, latestVersion: 3, items: [] });
      await expect(
        applyUpstream(db, { planId: huiyangId, toVersion: 2, resolutions: [], actor: 'user-hy' }),
      ).rejects.toBeInstanceOf(DerivationRefusedError);
      await setParentBinding(db, {
        planId: huiyangId,
        binding: 'followLatest',
        expectedVersion: pinned.version,
        actor: 'user-hy',
      });
      expect((await readUpstream(db, huiyangId)).toVersion).toBe(3);
      await expect(
        setParentBinding(db, { planId: cityId, binding: 'pinned', expectedVersion: 1, actor: 'a' }),
      ).rejects.toBeInstanceOf(DerivationRefusedError);
    });
  });
});
