import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, generatePassword } from './password-strength.ts';

describe('password strength (zxcvbn-ts)', () => {
  it('refuses what a guesser tries first, saying why in Chinese', () => {
    expect(checkPasswordStrength('short1')).toEqual({ ok: false, score: 0, reason: '密码至少 10 个字符。' });
    const common = checkPasswordStrength('password123');
    expect(common).toMatchObject({ ok: false, reason: expect.stringContaining('这是常用密码') });
    expect(checkPasswordStrength('qwertyuiop12').ok).toBe(false);
    expect(checkPasswordStrength('aaaaaaaaaaaa')).toMatchObject({ reason: expect.stringContaining('重复') });
    // Pinyin of places and the work, which the English lists do not know.
    expect(checkPasswordStrength('guangdong2022').ok).toBe(false);
    expect(checkPasswordStrength('zhengwu@123456').ok).toBe(false);
  });

  it('refuses the account’s own words (username, name, org)', () => {
    const verdict = checkPasswordStrength('bl-author2022', ['bl-author', '博罗县 方案起草', '博罗县']);
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining('用户名') });
  });

  it('accepts long passphrases and the generated one-time passwords', () => {
    expect(checkPasswordStrength('Lantern-orchard-73').ok).toBe(true);
    expect(checkPasswordStrength('correct horse battery staple').ok).toBe(true);
    const generated = generatePassword();
    expect(generated).toMatch(/^[\w-]{24}$/);
    expect(checkPasswordStrength(generated).ok).toBe(true);
  });
});
