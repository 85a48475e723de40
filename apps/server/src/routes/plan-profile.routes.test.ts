import type { PlanSummary, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.继续推进全市政府公报电子化工作。〔牵头单位：市政府办公室；责任单位：各县（区）人民政府〕',
  '2.组织村民参与村务公开。〔牵头单位：市民政局；责任单位：各县（区）人民政府〕',
].join('\n');
const enc = encodeURIComponent;
type Profile = {
  rules: { id: string; event: { type: string; params?: Record<string, unknown> } }[];
  isDefault: boolean;
  version: number;
};
type Preview = { items: { sourceLabel: string }[]; excluded: { sourceLabel: string; reason: string }[] };

describe('a template’s localization profile (派生规则), edited by its author', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let planId = '';
    const profileOf = async (user = 'hz-author') =>
      (await world.as(user)).send<Profile>('GET', `/api/plans/${enc(planId)}/profile`);
    const save = async (body: unknown, user = 'hz-author') =>
      (await world.as(user)).request(`/api/plans/${enc(planId)}/profile`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      planId = await world.importAndPublish('hz-author', CITY_PLAN);
    });

    it('starts as the default profile, and a change decides what a child inherits', async () => {
      const profile = await profileOf();
      expect(profile.isDefault).toBe(true);
      expect(profile.rules.map((r) => r.id)).toContain('capability:gazette');
      const preview = async () =>
        (await world.as('hz-author')).send<Preview>('GET', `/api/plans/${enc(planId)}/preview?childOrgId=441322`);
      expect((await preview()).items.map((i) => i.sourceLabel)).toContain('1.');
      // The author decides counties do not take gazette work either: 博罗县's preview leaves it out, saying why.
      const countiesToo = {
        id: 'template:countyGazette',
        kind: 'applicability',
        name: '县级不承接政府公报任务',
        conditions: { all: [{ fact: 'level', operator: 'equal', value: 'county' }] },
        event: { type: 'excludeMentioning', params: { words: ['政府公报'], reason: '县级政府公报由市统一编发' } },
      };
      const res = await save({ rules: [...profile.rules, countiesToo], expectedVersion: profile.version });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Profile).isDefault).toBe(false);
      expect((await preview()).excluded.find((e) => e.sourceLabel === '1.')?.reason).toContain(
        '县级政府公报由市统一编发',
      );
    });

    it('refuses a malformed rule naming the rule and field, and a stale version, losing nothing', async () => {
      const profile = await profileOf();
      const broken = [
        ...profile.rules,
        { ...profile.rules[0], id: 'x', event: { type: 'excludeMentioning', params: { words: [] } } },
      ];
      const bad = await save({ rules: broken, expectedVersion: profile.version });
      expect(bad.status).toBe(400);
      const problem = (await bad.json()) as Problem & { errors?: { path: string }[] };
      expect(problem.errors?.map((e) => e.path)).toEqual(
        expect.arrayContaining([`rules[${broken.length - 1}].event.params.words`]),
      );
      const stale = await save({ rules: null, expectedVersion: profile.version - 1 });
      expect(stale.status).toBe(409);
      expect((await profileOf()).rules).toEqual(profile.rules);
    });

    it('goes back to the default, logged with its actor; a reader outside the plan’s editors may not change it', async () => {
      const profile = await profileOf();
      expect((await save({ rules: null, expectedVersion: profile.version }, 'bl-deriver')).status).toBe(403);
      const res = await save({ rules: null, expectedVersion: profile.version });
      expect(((await res.json()) as Profile).isDefault).toBe(true);
      const [event] = await world.deps.database.query<{ actor: string; payload: { before: unknown[] | null } }>(
        "SELECT actor, payload FROM events WHERE type = 'plan.profileChanged' AND subject_id = $1 ORDER BY id DESC LIMIT 1",
        [planId],
      );
      expect(event?.actor).toBe('user-hz-author');
      expect(event?.payload.before?.length).toBe(profile.rules.length);
    });

    it('goes down with a derived plan: the county derives its townships with its template’s profile', async () => {
      const profile = await profileOf();
      const edited = profile.rules.filter((r) => r.id !== 'capability:gazette');
      await save({ rules: edited, expectedVersion: profile.version });
      const author = await world.as('hz-author');
      const { plan } = await author.send<{ plan: { version: number } }>('GET', `/api/plans/${enc(planId)}`);
      await author.send('POST', `/api/plans/${enc(planId)}/publish`, {
        expectedVersion: plan.version,
        summary: '改派生规则',
      });
      const county = await (await world.as('bl-deriver')).send<PlanSummary>(
        'POST',
        `/api/plans/${enc(planId)}/derive`,
        {
          childOrgId: '441322',
        },
      );
      const inherited = await (await world.as('bl-deriver')).send<Profile>(
        'GET',
        `/api/plans/${enc(county.id)}/profile`,
      );
      expect(inherited.isDefault).toBe(false);
      expect(inherited.rules.map((r) => r.id)).not.toContain('capability:gazette');
    });
  });
});
