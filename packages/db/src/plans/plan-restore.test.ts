import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanJson, planDraftFromJson } from '@cascade/engine';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { events } from '../schema/events.schema.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { deriveChildPlan } from './derive-child-plan.ts';
import { ItemNotFoundError, removePlanItem, updatePlanItem } from './plan-edits.ts';
import { RestoreRefusedError, restorePlanItem } from './plan-restore.ts';
import { createPlanFromDraft, getPlan, listPlanItems } from './plan-store.ts';
import { publishPlan } from './publish-plan.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/huizhou-city-2022.expected.json',
);
const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);

const rule = {
  id: 'only-districts',
  kind: 'applicability',
  name: '仅市辖区承接',
  conditions: { all: [{ fact: 'divisionType', operator: 'equal', value: '区' }] },
  event: { type: 'include' },
};

describe('撤销删除: a removed item comes back', () => {
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

    const outline = async () => (await listPlanItems(getDb().db, planId)).map((r) => `${r.id}=${r.path.join('')}`);

    it('puts a removed section back with its tasks, their rules and numbers, and says so in the log', async () => {
      const db = getDb().db;
      const rows = await listPlanItems(db, planId);
      const task = rows.find((r) => r.path.join('') === '（二）5.');
      await updatePlanItem(db, {
        planId,
        itemId: task!.id,
        expectedVersion: task!.version,
        patch: { rules: [rule] as never, workflowVariant: 'standard+初审' },
        actor: 'a',
      });
      const before = await outline();
      const section = (await listPlanItems(db, planId)).find((r) => r.path.join('') === '（二）');
      const removal = await removePlanItem(db, {
        planId,
        itemId: section!.id,
        expectedVersion: section!.version,
        actor: 'a',
      });
      expect(removal.removed).toBeGreaterThan(1);
      // What followed moved up: （三） is now （二）, the measures after it numbered on without a gap.
      expect(await outline()).not.toEqual(before);
      const restored = await restorePlanItem(db, { planId, itemId: section!.id, actor: 'user-hz-author' });
      expect(restored.path).toEqual(['（二）']);
      expect(await outline()).toEqual(before);
      const back = (await listPlanItems(db, planId)).find((r) => r.id === task!.id);
      expect(back).toMatchObject({ rules: [rule], workflowVariant: 'standard+初审', text: task!.text });
      const logged = await db
        .select({ type: events.type, actor: events.actor })
        .from(events)
        .where(eq(events.subjectId, section!.id))
        .orderBy(asc(events.id));
      expect(logged.slice(-2)).toEqual([
        { type: 'item.removed', actor: 'a' },
        { type: 'item.restored', actor: 'user-hz-author' },
      ]);
      // Restored once: a second undo has nothing to restore.
      await expect(restorePlanItem(db, { planId, itemId: section!.id, actor: 'a' })).rejects.toBeInstanceOf(
        RestoreRefusedError,
      );
      await expect(restorePlanItem(db, { planId, itemId: `${planId}#nothing`, actor: 'a' })).rejects.toBeInstanceOf(
        ItemNotFoundError,
      );
    });

    it('refuses to put a task back when the section it was in has gone meanwhile', async () => {
      const db = getDb().db;
      const task = (await listPlanItems(db, planId)).find((r) => r.path.join('') === '（三）7.');
      await removePlanItem(db, { planId, itemId: task!.id, expectedVersion: task!.version, actor: 'a' });
      const section = (await listPlanItems(db, planId)).find((r) => r.path.join('') === '（三）');
      await removePlanItem(db, { planId, itemId: section!.id, expectedVersion: section!.version, actor: 'b' });
      const left = await outline();
      await expect(restorePlanItem(db, { planId, itemId: task!.id, actor: 'a' })).rejects.toThrow(/无法恢复到原处/);
      expect(await outline()).toEqual(left);
      // Undone in order (the section first), both come back.
      await restorePlanItem(db, { planId, itemId: section!.id, actor: 'b' });
      await restorePlanItem(db, { planId, itemId: task!.id, actor: 'a' });
      expect((await listPlanItems(db, planId)).find((r) => r.id === task!.id)?.path).toEqual(['（三）', '7.']);
    });

    it('makes an inherited task marked 不适用 applicable again, as it was', async () => {
      const db = getDb().db;
      const plan = await getPlan(db, planId);
      await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '',
        actor: 'a',
        publishedOn: '2022-06-20',
      });
      const boluo = await deriveChildPlan(db, { parentPlanId: planId, childOrgId: '441322', actor: 'bl' });
      const [task] = (await listPlanItems(db, boluo.id)).filter((r) => r.kind === 'task');
      const status = task!.derivationStatus;
      const marked = await removePlanItem(db, {
        planId: boluo.id,
        itemId: task!.id,
        expectedVersion: task!.version,
        reason: '本县无此项工作',
        actor: 'bl',
      });
      expect(marked.markedNotApplicable).toBe(true);
      const restored = await restorePlanItem(db, { planId: boluo.id, itemId: task!.id, actor: 'bl' });
      expect(restored.derivationStatus).toBe(status);
      expect((restored.overrides as Record<string, unknown> | null)?.notApplicable).toBeUndefined();
    });
  });
});
