import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthAfter, growthFactor, MAX_SUBSTITUTE_GROWTH } from './substitute-growth.ts';

const factor = (pairs: [string, string][]) => growthFactor(growthAfter(pairs));
/** What the substitutions really do to a text, as `localizeText` applies them. */
const apply = (text: string, pairs: [string, string][]) =>
  pairs.reduce((t, [from, to]) => t.split(from).join(to), text);

describe('growthAfter: the worst a list of substitutions can do to a text’s length', () => {
  it('is 1 for substitutions that do not lengthen', () => {
    expect(factor([])).toBe(1);
    expect(
      factor([
        ['全市', '全县'],
        ['各县（区）', '本县'],
        ['村务', ''],
      ]),
    ).toBe(1);
  });

  it('multiplies along a chain and not across unrelated words', () => {
    expect(factor([['的', '的的的']])).toBe(3);
    expect(
      factor([
        ['的', '的的的'],
        ['的', '的的的'],
      ]),
    ).toBe(9);
    expect(
      factor([
        ['村', '社区'],
        ['镇', '街道'],
      ]),
    ).toBe(2);
    // 市 → 市委 writes 市 and 委; 市委 → 街道党工委 then rewrites them: 2 × 2.5.
    expect(
      factor([
        ['市', '市委'],
        ['市委', '街道党工委'],
      ]),
    ).toBeCloseTo(5);
    expect(MAX_SUBSTITUTE_GROWTH).toBe(20);
  });

  it('bounds what the substitutions really do', () => {
    const cases: [string, [string, string][]][] = [
      [
        '的的的的',
        [
          ['的', '的的的'],
          ['的的', '了'],
        ],
      ],
      [
        '市委市委村',
        [
          ['市', '市委'],
          ['市委', '街道党工委'],
          ['村', '社区'],
        ],
      ],
      [
        'abab',
        [
          ['a', 'ab'],
          ['bb', 'bbbb'],
          ['b', 'aa'],
        ],
      ],
    ];
    for (const [text, pairs] of cases)
      expect(apply(text, pairs).length, text).toBeLessThanOrEqual(text.length * factor(pairs) + 1e-9);
  });

  it('property: never under the real growth, whatever the text and pairs (over a small alphabet, so they chain)', () => {
    const word = (min: number) => fc.string({ unit: fc.constantFrom('a', 'b', '的'), minLength: min, maxLength: 4 });
    fc.assert(
      fc.property(word(0), fc.array(fc.tuple(word(1), word(0)), { maxLength: 5 }), (text, pairs) => {
        expect(apply(text, pairs).length).toBeLessThanOrEqual(text.length * factor(pairs) + 1e-9);
      }),
      { numRuns: 5_000 },
    );
  });
});
