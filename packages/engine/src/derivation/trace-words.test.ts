import { describe, expect, it } from 'vitest';
import { type Said, sayText } from './trace-words.ts';

describe('a said sentence as text', () => {
  it('fills each name from its params, nested words phrased in the same language', () => {
    const said: Said = {
      kind: 'reaches',
      params: { child: '博罗县', role: { kind: 'role.responsible' }, unit: '各县（区）人民政府' },
    };
    expect(sayText(said)).toBe('博罗县属于责任单位“各县（区）人民政府”');
    expect(sayText(said, 'en')).toBe('博罗县 is among the responsible units “各县（区）人民政府”');
  });

  it('keeps a name it has no word for, and says an unknown kind by its name', () => {
    expect(sayText({ kind: 'reaches', params: { child: '石坝镇' } })).toBe('石坝镇属于{role}“{unit}”');
    expect(sayText({ kind: 'noSuchKind' as Said['kind'] })).toBe('noSuchKind');
  });
});
