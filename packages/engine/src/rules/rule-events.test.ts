import { describe, expect, it } from 'vitest';
import { validateRule } from './validate-rule.ts';

const base = {
  id: 'r1',
  name: '规则',
  conditions: { all: [{ fact: 'level', operator: 'equal', value: 'county' }] },
};
const substitute = (pairs: unknown) => ({
  ...base,
  kind: 'localization',
  event: { type: 'substitute', params: { pairs } },
});
const paths = (rule: unknown) => validateRule(rule).map((p) => p.path);
const problemAt = (rule: unknown, path: string) => validateRule(rule).find((p) => p.path === path)?.message;

describe('rule events: every event the derivation acts on, with its parameters checked on save', () => {
  it('accepts each event with right parameters', () => {
    for (const rule of [
      { ...base, kind: 'applicability', event: { type: 'include' } },
      { ...base, kind: 'applicability', event: { type: 'exclude' } },
      { ...base, kind: 'applicability', event: { type: 'exclude', params: { items: ['item-1', '3.'] } } },
      substitute([
        ['村民', '居民'],
        ['村务公开', ''],
      ]),
      { ...base, kind: 'localization', event: { type: 'substituteLevelWords' } },
      { ...base, kind: 'deadline', event: { type: 'deadlineBefore', params: { workingDays: 5 } } },
    ]) {
      expect(validateRule(rule), JSON.stringify(rule.event)).toEqual([]);
    }
  });

  it('refuses an unknown event type, and one that does not belong to the rule’s kind', () => {
    expect(problemAt({ ...base, kind: 'guard', event: { type: 'x' } }, '$.event.type')).toContain('未知的事件类型 "x"');
    expect(problemAt({ ...base, kind: 'localization', event: { type: 'include' } }, '$.event.type')).toContain(
      '可用：substitute、substituteLevelWords',
    );
    expect(problemAt({ ...base, kind: 'alert', event: { type: 'include' } }, '$.event.type')).toContain(
      '尚无可用的事件类型',
    );
    expect(paths({ ...base, kind: 'applicability', event: { type: '__proto__' } })).toEqual(['$.event.type']);
  });

  it('substitute: pairs must be a non-empty list of [原文, 新文] strings', () => {
    expect(problemAt(substitute('oops'), '$.event.params.pairs')).toContain('[原文, 新文]');
    expect(problemAt(substitute([]), '$.event.params.pairs')).toContain('非空数组');
    expect(paths({ ...base, kind: 'localization', event: { type: 'substitute' } })).toEqual(['$.event.params.pairs']);
    expect(paths(substitute([['a', 'b'], 1]))).toEqual(['$.event.params.pairs[1]']);
    expect(problemAt(substitute([['a', 'b'], 1]), '$.event.params.pairs[1]')).toMatch(
      /^替换对应为 \[原文, 新文\] 两个字符串/,
    );
    expect(paths(substitute([['a']]))).toEqual(['$.event.params.pairs[0]']);
    expect(paths(substitute([['a', 'b', 'c']]))).toEqual(['$.event.params.pairs[0]']);
    expect(paths(substitute([['a', 2]]))).toEqual(['$.event.params.pairs[0]']);
    expect(paths(substitute([{ from: 'a', to: 'b' }]))).toEqual(['$.event.params.pairs[0]']);
  });

  it('substitute: an empty original, overlong texts and too many pairs are refused', () => {
    expect(problemAt(substitute([['', '的']]), '$.event.params.pairs[0][0]')).toContain('原文不能为空');
    expect(paths(substitute([['甲'.repeat(201), '乙']]))).toEqual(['$.event.params.pairs[0][0]']);
    expect(paths(substitute([['甲', '乙'.repeat(201)]]))).toEqual(['$.event.params.pairs[0][1]']);
    expect(
      problemAt(substitute(Array.from({ length: 101 }, (_, i) => [`词${i}`, `语${i}`])), '$.event.params.pairs'),
    ).toContain('最多 100 组');
  });

  it('substitute: pairs that rewrite what earlier pairs wrote are refused past the growth bound', () => {
    // The rule behind a 100 MB derivation answer: each pair multiplies the text by ten.
    const tenfold = substitute(Array.from({ length: 8 }, () => ['的', '的'.repeat(10)]));
    expect(JSON.stringify(tenfold.event).length).toBeLessThan(300);
    expect(problemAt(tenfold, '$.event.params.pairs')).toContain('百万倍以上');
    expect(
      problemAt(
        substitute([
          ['的', '的'.repeat(10)],
          ['的', '的'.repeat(10)],
        ]),
        '$.event.params.pairs',
      ),
    ).toContain('100 倍');
    // The same growth over unrelated words does not chain: each word is rewritten once.
    expect(
      validateRule(
        substitute([
          ['村', '社区'],
          ['镇', '街道'],
          ['乡', '街道'],
          ['县', '县（市、区）'],
        ]),
      ),
    ).toEqual([]);
  });

  it('deadlineBefore: workingDays is a whole number of days from 1 to 250', () => {
    const before = (params: unknown) => ({ ...base, kind: 'deadline', event: { type: 'deadlineBefore', params } });
    for (const workingDays of [undefined, 0, -3, 1.5, '5', 251, Number.NaN, null])
      expect(paths(before({ workingDays })), String(workingDays)).toEqual(['$.event.params.workingDays']);
    expect(paths({ ...base, kind: 'deadline', event: { type: 'deadlineBefore' } })).toEqual([
      '$.event.params.workingDays',
    ]);
  });

  it('exclude: items, when given, are item ids or labels', () => {
    const exclude = (items: unknown) => ({
      ...base,
      kind: 'applicability',
      event: { type: 'exclude', params: { items } },
    });
    expect(paths(exclude('3.'))).toEqual(['$.event.params.items']);
    expect(paths(exclude(['3.', '', 4]))).toEqual(['$.event.params.items[1]', '$.event.params.items[2]']);
    expect(paths(exclude(['x'.repeat(301)]))).toEqual(['$.event.params.items[0]']);
  });

  it('refuses parameters an event does not take, and params that are not an object', () => {
    expect(
      problemAt(
        { ...base, kind: 'applicability', event: { type: 'include', params: { pairs: [] } } },
        '$.event.params.pairs',
      ),
    ).toContain('不带参数');
    expect(paths({ ...base, kind: 'localization', event: { type: 'substitute', params: [['a', 'b']] } })).toEqual([
      '$.event.params',
    ]);
    expect(
      paths({ ...substitute([['a', 'b']]), event: { type: 'substitute', params: { pairs: [['a', 'b']], extra: 1 } } }),
    ).toEqual(['$.event.params.extra']);
  });

  it('checks a citation', () => {
    expect(paths({ ...base, kind: 'applicability', event: { type: 'include' }, cites: '粤府办' })).toEqual(['$.cites']);
    expect(
      validateRule({
        ...base,
        kind: 'applicability',
        event: { type: 'include' },
        cites: { docNumber: '粤府办〔2022〕17号' },
      }),
    ).toEqual([]);
  });
});
