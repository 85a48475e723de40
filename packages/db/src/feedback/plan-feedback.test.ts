import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanJson, planDraftFromJson } from '@cascade/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanDeadlines } from '../deadline-scan/scan-deadlines.ts';
import { deriveChildPlan } from '../plans/derive-child-plan.ts';
import { createPlanFromDraft, getPlan } from '../plans/plan-store.ts';
import { publishPlan } from '../plans/publish-plan.ts';
import { seedOrgTree } from '../seed/seed-org-tree.ts';
import { forEachDatabase } from '../testing/index.ts';
import { feedbackCounts, listFeedback } from './plan-feedback.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/import/huizhou-city-2022.expected.json',
);
const huizhou = planDraftFromJson(JSON.parse(readFileSync(fixture, 'utf8')) as PlanJson, 2022);

describe('台账反馈: subordinates publish their derived plans within 本文印发30日内', () => {
  forEachDatabase((getDb) => {
    let planId = '';
    beforeAll(async () => {
      const { db } = getDb();
      await seedOrgTree(getDb(), { provinces: ['44'] });
      const plan = await createPlanFromDraft(db, {
        ownerOrgId: '441300',
        draft: { ...huizhou, issuedOn: '2022-06-20' },
        actor: 'u-hz-author',
        eventType: 'plan.imported',
      });
      planId = plan.id;
      const published = await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '',
        actor: 'u-hz',
        publishedOn: '2022-06-20',
      });
      expect(published.feedbackOpened).toBeGreaterThan(10);
    });

    it('opens one pending row per addressed subordinate, due 30 days after the issue date', async () => {
      const rows = await listFeedback(getDb().db, { planId }, '2022-06-21');
      const orgIds = rows.map((r) => r.orgId);
      // Task 52 names 各县（区）人民政府（管委会） and 市直各单位: counties and city departments, not 惠州市 itself.
      expect(orgIds).toEqual(expect.arrayContaining(['441322', '441303', '441300-justice']));
      expect(orgIds).not.toContain('441300');
      expect(new Set(rows.map((r) => r.dueOn))).toEqual(new Set(['2022-07-20']));
      expect(rows.every((r) => r.state === 'pending' && r.windowText.includes('本文印发30日内'))).toBe(true);
    });

    it('closes the subordinate’s row when it publishes its derived plan, once', async () => {
      const { db } = getDb();
      const boluo = await deriveChildPlan(db, { parentPlanId: planId, childOrgId: '441322', actor: 'u-bl-deriver' });
      const first = await publishPlan(db, {
        planId: boluo.id,
        expectedVersion: boluo.version,
        summary: '',
        actor: 'u-bl',
        publishedOn: '2022-07-08',
      });
      expect(first.fedBack).toBe(true);
      const again = await publishPlan(db, {
        planId: boluo.id,
        expectedVersion: (await getPlan(db, boluo.id)).version,
        summary: '修订',
        actor: 'u-bl',
        publishedOn: '2022-08-01',
      });
      expect(again.fedBack).toBe(false);
      // Seen on a later day, it was fed back on the day of its first publish, within the window.
      const rows = await listFeedback(db, { planId }, '2022-09-15');
      expect(rows.find((r) => r.orgId === '441322')).toMatchObject({
        state: 'fedBack',
        fedBackPlanId: boluo.id,
        fedBackOn: '2022-07-08',
        late: false,
        light: 'green',
      });
      expect(rows.find((r) => r.orgId === '441303')).toMatchObject({
        state: 'pending',
        fedBackPlanId: null,
        late: true,
        light: 'red',
      });
      const logged = await getDb().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM events WHERE type = 'plan.fed-back' AND subject_id = $1`,
        [planId],
      );
      expect(logged[0]?.n).toBe(1);
    });

    it('is lit by the deadline scan: yellow near the due date, red after, and reminded once', async () => {
      const handle = getDb();
      const near = await scanDeadlines(handle, { today: '2022-07-15' }); // 3 working days left
      const pending = (await listFeedback(handle.db, { planId }, '2022-07-15')).filter((r) => r.state === 'pending');
      // 博罗县's own plan states the same window for its townships and departments (due later, green).
      expect(near.feedback.changed).toBeGreaterThan(pending.length);
      expect(near.feedback.reminders).toBe(pending.length);
      expect(new Set(pending.map((r) => r.light))).toEqual(new Set(['yellow']));
      await scanDeadlines(handle, { today: '2022-07-21' });
      const late = await listFeedback(handle.db, { planId }, '2022-07-21');
      expect(new Set(late.filter((r) => r.state === 'pending').map((r) => r.light))).toEqual(new Set(['red']));
      expect(late.find((r) => r.orgId === '441322')?.light).toBe('green');
      const again = await scanDeadlines(handle, { today: '2022-07-21' });
      expect(again.feedback).toEqual({ changed: 0, reminders: 0 });
    });

    it('counts the same for one plan and for everything its owner published that year', async () => {
      const { db } = getDb();
      const byPlan = await listFeedback(db, { planId }, '2022-09-15');
      const byOwner = await listFeedback(db, { ownerOrgId: '441300', year: 2022 }, '2022-09-15');
      expect(feedbackCounts(byOwner)).toEqual(feedbackCounts(byPlan));
      expect(feedbackCounts(byPlan)).toMatchObject({ fedBack: 1, fedBackLate: 0, pending: byPlan.length - 1 });
    });

    it('keeps the window a republish finds: a new addressee is due when the others are', async () => {
      const { db } = getDb();
      const plan = await getPlan(db, planId);
      await publishPlan(db, {
        planId,
        expectedVersion: plan.version,
        summary: '再次印发',
        actor: 'u-hz',
        publishedOn: '2022-09-15',
      });
      const rows = await listFeedback(db, { planId }, '2022-09-15');
      expect(new Set(rows.map((r) => r.dueOn))).toEqual(new Set(['2022-07-20']));
    });
  });
});
