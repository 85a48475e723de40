import type { PlanDetail, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

const CITY_PLAN = [
  '惠州市2022年政务公开工作要点',
  '一、总体要求',
  '（一）公开',
  '1.建设全市规章库专栏。〔牵头单位：市司法局；责任单位：各县（区）人民政府〕',
  '2.组织村民参与村务公开。〔牵头单位：市民政局；责任单位：各县（区）人民政府〕',
].join('\n');
const enc = encodeURIComponent;
type Item = PlanDetail['items'][number];
type Job = { id: string; state: string; error?: string };

const when = { all: [{ fact: 'level', operator: 'equal', value: 'county' }] };
const wording = (pairs: unknown) => ({
  id: 'localize-1',
  kind: 'localization',
  name: '本地化用语',
  conditions: when,
  event: { type: 'substitute', params: { pairs } },
});
/** The 292-byte rule behind a 100 MB derivation answer: each pair multiplies the text by ten. */
const TENFOLD = wording(Array.from({ length: 8 }, () => ['的', '的'.repeat(10)]));

describe('item rules: checked when saved, and never a 500 when a rule stored before the checks is applied', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    let planId = '';
    const task = async (label: string) =>
      (await (await world.as('hz-author')).send<PlanDetail>('GET', `/api/plans/${enc(planId)}`)).items.find(
        (i) => i.label === label,
      ) as Item;
    const saveRules = async (label: string, rules: unknown[]) => {
      const item = await task(label);
      return (await world.as('hz-author')).request(`/api/plans/${enc(planId)}/items/${enc(item.id)}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expectedVersion: item.version, patch: { rules } }),
      });
    };
    /** An old row: rules written before saving checked them, straight into the database. */
    const storeDirectly = async (label: string, rules: unknown[]) => {
      const item = await task(label);
      await world.deps.database.query('UPDATE plan_items SET rules = $1::jsonb WHERE id = $2', [
        JSON.stringify(rules),
        item.id,
      ]);
    };
    const preview = () =>
      world.as('hz-author').then((a) => a.request(`/api/plans/${enc(planId)}/preview?childOrgId=441322`));

    beforeAll(async () => {
      world = await createTestWorld(getDb());
      planId = await world.importAndPublish('hz-author', CITY_PLAN);
    });

    it.each([
      ['pairs: "oops"', 'oops', 'rules[0].event.params.pairs', /\[原文, 新文\]/],
      ['pairs: [1]', [1], 'rules[0].event.params.pairs[0]', /^替换对应为 \[原文, 新文\] 两个字符串/],
      [
        'a number among pairs',
        [['村民', '居民'], 1],
        'rules[0].event.params.pairs[1]',
        /^替换对应为 \[原文, 新文\] 两个字符串/,
      ],
      ['an empty original', [['', '的']], 'rules[0].event.params.pairs[0][0]', /原文不能为空/],
      ['pairs each ×10', TENFOLD.event.params.pairs, 'rules[0].event.params.pairs', /百万倍以上/],
    ])('answers 400 naming the field for %s', async (_, pairs, path, message) => {
      const res = await saveRules('2.', [wording(pairs)]);
      expect(res.status).toBe(400);
      const problem = (await res.json()) as Problem;
      expect(problem.type).toBe('/problems/validation');
      expect(problem.errors).toContainEqual({ path, message: expect.stringMatching(message) });
    });

    it('answers 400 for an unknown event type and for parameters an event does not take', async () => {
      const unknown = await saveRules('2.', [{ ...wording([]), event: { type: 'multiply' } }]);
      expect(((await unknown.json()) as Problem).errors?.[0]?.path).toBe('rules[0].event.type');
      const extra = await saveRules('2.', [
        { ...wording([]), kind: 'applicability', event: { type: 'include', params: { pairs: [] } } },
      ]);
      expect(((await extra.json()) as Problem).errors?.[0]?.path).toBe('rules[0].event.params.pairs');
    });

    it('saves a good rule, which the preview applies', async () => {
      expect((await saveRules('2.', [wording([['村务公开', '村务公开和监督']])])).status).toBe(200);
      const res = await preview();
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { sourceLabel: string; text: string }[] };
      expect(body.items.find((i) => i.sourceLabel === '2.')?.text).toContain('村务公开和监督');
    });

    it('answers a 422 naming the rule for a bad rule already stored, on preview, derive and cascade alike', async () => {
      await storeDirectly('2.', [wording([['村民', '居民'], 1])]);
      const res = await preview();
      expect(res.status).toBe(422);
      const problem = (await res.json()) as Problem & { ruleId?: string; itemLabel?: string };
      expect(problem).toMatchObject({
        type: '/problems/derivation-refused',
        ruleId: 'localize-1',
        itemLabel: '2.',
        errors: [
          { path: 'rules[0].event.params.pairs[1]', message: expect.stringContaining('替换对应为 [原文, 新文]') },
        ],
      });
      expect(problem.detail).toMatch(/^事项“2\.”的规则“本地化用语”（localize-1）无法用于分解/);

      // Published as it is, the plan's derivation and cascade meet the same rule.
      const author = await world.as('hz-author');
      const { plan } = await author.send<PlanDetail>('GET', `/api/plans/${enc(planId)}`);
      await author.send('POST', `/api/plans/${enc(planId)}/publish`, {
        expectedVersion: plan.version,
        summary: '再版',
      });
      const derived = await (await world.as('bl-deriver')).request(`/api/plans/${enc(planId)}/derive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ childOrgId: '441322' }),
      });
      expect(derived.status).toBe(422);
      expect(((await derived.json()) as Problem).detail).toContain('localize-1');

      let job = await author.send<Job>('POST', `/api/plans/${enc(planId)}/cascade`);
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await author.send<Job>('GET', `/api/jobs/${job.id}`);
      }
      expect(job.state).toBe('failed');
      expect(job.error).toMatch(/^事项“2\.”的规则“本地化用语”（localize-1）无法用于分解/);
      expect(job.error).not.toMatch(/is not iterable|TypeError/);
    });

    it('refuses, as a 422, a stored rule that would multiply a text past the bound', async () => {
      await storeDirectly('2.', [TENFOLD]);
      const res = await preview();
      expect(res.status).toBe(422);
      const body = await res.text();
      expect(body.length).toBeLessThan(10_000);
      expect((JSON.parse(body) as Problem).errors?.[0]?.path).toBe('rules[0].event.params.pairs');
      // Fixed through the API, the plan previews again.
      expect((await saveRules('2.', [])).status).toBe(200);
      expect((await preview()).status).toBe(200);
    });
  });
});
