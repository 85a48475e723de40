import { describe, expect, it } from 'vitest';
import { levelWordPairs } from './default-profile.ts';
import { localizeText } from './localize-text.ts';

const toCounty = levelWordPairs('市', '县', true).map(([from, to]) => ({
  from,
  to,
  rule: 'localize:levelWords',
  fact: '博罗县 自称“县”',
}));

describe('localizeText', () => {
  it('rewrites level words outside quoted titles only', () => {
    const r = localizeText(
      '完善全市规章库，落实《惠州市全市政务公开方案》和“全市一张网”要求，市直各单位配合。',
      toCounty,
    );
    expect(r.text).toBe('完善全县规章库，落实《惠州市全市政务公开方案》和“全市一张网”要求，县直各单位配合。');
    expect(r.trace.map((t) => `${t.from}→${t.to}`)).toEqual(['全市→全县', '市直→县直']);
  });

  it('reads 各县(区) as the county itself only when the child is a county', () => {
    expect(localizeText('各县区2022年底前完成', toCounty).text).toBe('本县2022年底前完成');
    const toStreet = levelWordPairs('区', '街道', false).map(([from, to]) => ({ from, to, rule: 'r', fact: 'f' }));
    expect(localizeText('各县区要落实', toStreet).text).toBe('各县区要落实');
  });
});
