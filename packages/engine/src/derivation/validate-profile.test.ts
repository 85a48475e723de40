import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './default-profile.ts';
import { MAX_PROFILE_RULES, validateProfileRules } from './validate-profile.ts';

describe('a template’s localization profile as it is saved', () => {
  it('accepts the default profile, and an edited copy of it', () => {
    expect(validateProfileRules(DEFAULT_PROFILE)).toEqual([]);
    const edited = DEFAULT_PROFILE.map((r) =>
      r.id === 'capability:gazette'
        ? { ...r, event: { ...r.event, params: { words: ['公报'], reason: '不编公报' } } }
        : r,
    );
    expect(validateProfileRules(edited)).toEqual([]);
  });

  it('names the rule and field at fault', () => {
    const broken = [
      DEFAULT_PROFILE[0],
      { ...DEFAULT_PROFILE[0], id: 'x', event: { type: 'excludeMentioning', params: { words: [], reason: '' } } },
      DEFAULT_PROFILE[0],
    ];
    const problems = validateProfileRules(broken);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$[1].event.type', '$[1].event.params.words', '$[1].event.params.reason', '$[2].id']),
    );
  });

  it('refuses what is not a list, or too long a list', () => {
    expect(validateProfileRules({})[0]?.path).toBe('$');
    expect(
      validateProfileRules(Array.from({ length: MAX_PROFILE_RULES + 1 }, () => DEFAULT_PROFILE[0]))[0]?.message,
    ).toContain(`最多 ${MAX_PROFILE_RULES} 条`);
  });
});
