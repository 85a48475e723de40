import { describe, expect, it } from 'vitest';
import { rememberedByText } from './remembered.ts';

describe('work remembered by its text', () => {
  it('computes each text once, a long one each time, and stays within its size', () => {
    const computed: string[] = [];
    const length = rememberedByText(
      (text) => {
        computed.push(text);
        return text.length;
      },
      { most: 2, longest: 5 },
    );
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3]);
    expect(computed).toEqual(['ab', 'abc']);
    expect([length('abcdef'), length('abcdef')]).toEqual([6, 6]);
    expect(computed).toEqual(['ab', 'abc', 'abcdef', 'abcdef']);
    length('x'); // full: the memory is dropped, then 'x' held
    length('ab');
    expect(computed.slice(-2)).toEqual(['x', 'ab']);
  });
});
