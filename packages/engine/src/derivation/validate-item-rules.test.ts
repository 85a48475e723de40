import { describe, expect, it } from 'vitest';
import { validateItemRules } from './validate-item-rules.ts';

const when = { all: [{ fact: 'level', operator: 'equal', value: 'county' }] };
const include = {
  id: 'apply-1',
  kind: 'applicability',
  name: '县级承接',
  conditions: when,
  event: { type: 'include' },
};
const substitute = (id: string, pairs: unknown) => ({
  id,
  kind: 'localization',
  name: '本地化用语',
  conditions: when,
  event: { type: 'substitute', params: { pairs } },
});
const paths = (rules: unknown[]) => validateItemRules(rules).map((p) => p.path);

describe('validateItemRules: an item’s own rules, as the derivation will apply them', () => {
  it('accepts what the designer writes', () => {
    expect(validateItemRules([include, substitute('localize-1', [['村民', '居民']])])).toEqual([]);
  });

  it('names each problem by the rule’s index and field', () => {
    expect(paths([include, substitute('localize-1', 'oops')])).toEqual(['$[1].event.params.pairs']);
    expect(validateItemRules([substitute('localize-1', [['村', '社区'], [1]])])).toEqual([
      { path: '$[0].event.params.pairs[1]', message: expect.stringMatching(/^替换对应为 \[原文, 新文\] 两个字符串/) },
    ]);
  });

  it('refuses duplicate ids, and template events an item’s rules do not act on', () => {
    expect(paths([include, include])).toEqual(['$[1].id']);
    const deadline = {
      ...include,
      id: 'd',
      kind: 'deadline',
      event: { type: 'deadlineBefore', params: { workingDays: 5 } },
    };
    expect(paths([deadline])).toEqual(['$[0].event.type']);
    const levelWords = { ...include, id: 'w', kind: 'localization', event: { type: 'substituteLevelWords' } };
    expect(paths([levelWords])).toEqual(['$[0].event.type']);
    const namesItems = { ...include, event: { type: 'exclude', params: { items: ['3.'] } } };
    expect(paths([namesItems])).toEqual(['$[0].event.params.items']);
    expect(paths(Array.from({ length: 51 }, (_, i) => ({ ...include, id: `r${i}` })))).toEqual(['$']);
  });

  it('adds up the growth of all the item’s substitutions, and of the default profile after them', () => {
    const fivefold = (id: string) => substitute(id, [['的', '的'.repeat(5)]]);
    expect(validateItemRules([fivefold('a')])).toEqual([]);
    // Each rule alone is fine; the second rewrites what the first wrote (×25).
    expect(validateItemRules([fivefold('a'), fivefold('b')])).toEqual([
      { path: '$[1].event.params.pairs', message: expect.stringContaining('25 倍') },
    ]);
    // 市委 ×8, then a street's profile turns each 市委 into 街道党工委: ×20, the most allowed.
    const committees = substitute('a', [['甲', '市委'.repeat(4)]]);
    expect(validateItemRules([committees])).toEqual([]);
    // A second rule doubling each 市 it wrote takes the worst case past the bound.
    expect(paths([committees, substitute('b', [['市', '市市']])])).toEqual(['$[1].event.params.pairs']);
  });
});
