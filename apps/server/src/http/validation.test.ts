import { describe, expect, it } from 'vitest';
import { unstorableTextPath } from './validation.ts';

describe('text PostgreSQL cannot store', () => {
  it('names the field holding a NUL or an unpaired surrogate, keys included', () => {
    expect(unstorableTextPath({ patch: { rules: [{ id: 'r1' }, { id: '\ud800' }] } })).toEqual([
      'patch',
      'rules',
      '1',
      'id',
    ]);
    expect(unstorableTextPath({ patch: { text: 'a\u0000b' } })).toEqual(['patch', 'text']);
    expect(unstorableTextPath({ facts: { '\udc00': 1 } })).toEqual(['facts']);
  });

  it('lets through ordinary text, emoji made of surrogate pairs and non-text values', () => {
    expect(unstorableTextPath({ text: '回头看 👀 𠀀', n: 3, ok: true, none: null, list: [] })).toBeUndefined();
  });
});
