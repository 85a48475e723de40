import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../deadlines/parse-deadline.ts';
import type { Org } from '../orgs/org.ts';
import type { DraftItem, PlanDraft } from '../plans/plan-draft.ts';
import type { Rule } from '../rules/rule.ts';
import { MAX_LOCALIZED_TEXT_LENGTH } from '../rules/substitute-growth.ts';
import { parseUnitCell } from '../units/parse-units.ts';
import { DerivationError } from './derivation-problem.ts';
import { derivePlan, tryDerivePlan } from './derive-plan.ts';
import { createOrgDirectory } from './org-directory.ts';
import { validateItemRules } from './validate-item-rules.ts';

const org = (o: Partial<Org> & Pick<Org, 'id' | 'name' | 'level' | 'divisionType'>): Org => ({
  parentId: null,
  path: `/${o.id}/`,
  depth: 0,
  regionCode: o.id,
  fullName: o.name,
  kind: 'government',
  function: null,
  hasVillages: true,
  hasCommunities: true,
  villageCount: 10,
  communityCount: 2,
  tags: [],
  ...o,
});
const city = org({ id: '441300', name: '惠州市', level: 'city', divisionType: '市' });
const county = org({
  id: '441322',
  parentId: '441300',
  path: '/441300/441322/',
  depth: 1,
  name: '博罗县',
  level: 'county',
  divisionType: '县',
});
const directory = createOrgDirectory([city, county]);

const item = (label: string, text: string, rules?: unknown): DraftItem => ({
  id: `item-${label}`,
  label,
  path: [label],
  headings: [],
  text,
  units: { lead: [], responsible: parseUnitCell('各县（区）人民政府'), cooperate: [] },
  deadline: parseDeadline('2022年12月底前', { year: 2022 }),
  line: 1,
  ...(rules === undefined ? {} : { rules: rules as Rule[] }),
});
const plan = (...items: DraftItem[]): PlanDraft => ({
  title: '惠州市2022年政务公开工作要点',
  docNumber: null,
  issuer: null,
  issuedOn: null,
  year: 2022,
  basis: [],
  headings: [],
  items,
  unplaced: [],
});
const when = { all: [{ fact: 'level', operator: 'equal', value: 'county' }] };
const wording = (pairs: unknown, id = 'localize-1'): unknown => ({
  id,
  kind: 'localization',
  name: '本地化用语',
  conditions: when,
  event: { type: 'substitute', params: { pairs } },
});

describe('derivation with rules stored before they were checked', () => {
  it('derives an item with its own wording rule', () => {
    const d = derivePlan(plan(item('1.', '全市村民参与', [wording([['参与', '共同参与']])])), city, county, directory);
    expect(d.items[0]?.text).toBe('全县村民共同参与');
  });

  it.each([
    ['pairs: "oops"', 'oops', 'rules[0].event.params.pairs'],
    ['pairs: [1]', [1], 'rules[0].event.params.pairs[0]'],
    ['an empty original', [['', '的']], 'rules[0].event.params.pairs[0][0]'],
  ])('answers a problem naming the item, the rule and the field for %s', (_, pairs, field) => {
    const result = tryDerivePlan(
      plan(item('1.', '全市', []), item('2.', '全市村民', [wording(pairs)])),
      city,
      county,
      directory,
    );
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({ reason: 'invalidRule', ruleId: 'localize-1', itemLabel: '2.', field }),
    });
    if (!result.ok) expect(result.problem.message).toMatch(/^事项“2\.”的规则“本地化用语”（localize-1）无法用于分解/);
  });

  it('throws the same problem as a DerivationError from derivePlan, never a JavaScript error', () => {
    const draft = plan(item('1.', '全市', [wording([1])]));
    expect(() => derivePlan(draft, city, county, directory)).toThrow(DerivationError);
    expect(() => derivePlan(draft, city, county, directory)).toThrow(/替换对应为 \[原文, 新文\] 两个字符串/);
    for (const rules of ['oops', [null], [{ id: 'x' }], [{ ...(wording([]) as object), conditions: 1 }]]) {
      const result = tryDerivePlan(plan(item('1.', '全市', rules)), city, county, directory);
      expect(result.ok, JSON.stringify(rules)).toBe(false);
    }
  });

  it('refuses a template rule it cannot apply, naming it', () => {
    const rule = {
      id: 'deadline:x',
      kind: 'deadline',
      name: '提前',
      conditions: when,
      event: { type: 'deadlineBefore', params: { workingDays: 1.5 } },
    };
    const result = tryDerivePlan(plan(item('1.', '全市')), city, county, directory, { rules: [rule as Rule] });
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({
        reason: 'invalidRule',
        ruleId: 'deadline:x',
        field: 'rules[0].event.params.workingDays',
      }),
    });
  });

  it('stops a text before it grows past the bound, naming the rule, without building it', () => {
    // The 292-byte rule behind a 100 MB answer: each pair multiplies the text by ten.
    const tenfold = wording(
      Array.from({ length: 8 }, () => ['的', '的'.repeat(10)]),
      'grow',
    );
    const draft = plan(item('1.', '的'.repeat(100), [tenfold]));
    // Stored before the checks: the checks refuse it first.
    expect(tryDerivePlan(draft, city, county, directory)).toMatchObject({
      ok: false,
      problem: { reason: 'invalidRule' },
    });
    // A text longer than the editor allows (an import) under a rule the checks accept.
    const long = plan(item('1.', '的'.repeat(10_000), [wording([['的', '的'.repeat(15)]], 'grow')]));
    const result = tryDerivePlan(long, city, county, directory);
    expect(result).toMatchObject({ ok: false, problem: { reason: 'textTooLong', ruleId: 'grow', itemLabel: '1.' } });
    if (!result.ok) expect(result.problem.message).toContain(`上限 ${MAX_LOCALIZED_TEXT_LENGTH} 字`);
  });

  it('property: rules the item checks accept derive any editable text within the bound, without throwing', () => {
    const word = fc.string({ unit: fc.constantFrom('市', '委', '村', '民', '的', '全'), minLength: 1, maxLength: 3 });
    const pairs = fc.array(
      fc.tuple(word, fc.string({ unit: fc.constantFrom('市', '委', '的', '县'), maxLength: 12 })),
      {
        minLength: 1,
        maxLength: 4,
      },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(pairs, { minLength: 1, maxLength: 3 }), word, (lists, unit) => {
        const rules = lists.map((p, i) => wording(p, `r${i}`));
        if (validateItemRules(rules).length) return;
        accepted++;
        const text = unit.repeat(Math.floor(5_000 / unit.length));
        const d = derivePlan(plan(item('1.', text, rules)), city, county, directory);
        expect(d.items[0]!.text.length).toBeLessThanOrEqual(MAX_LOCALIZED_TEXT_LENGTH);
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(30);
  });
});
