import { describe, expect, it } from 'vitest';
import { levelWordPairs } from './default-profile.ts';
import { localizeText } from './localize-text.ts';
import { say } from './trace-words.ts';

const toCounty = levelWordPairs('市', '县', true).map(([from, to]) => ({
  from,
  to,
  rule: 'localize:levelWords',
  said: say('asWritten'),
  keepInLevelList: true,
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
    const toStreet = levelWordPairs('区', '街道', false).map(([from, to]) => ({
      from,
      to,
      rule: 'r',
      said: say('asWritten'),
    }));
    expect(localizeText('各县区要落实', toStreet).text).toBe('各县区要落实');
  });

  it('keeps level words that are one item of a list of levels: they name those levels, not the reader', () => {
    const r = localizeText(
      '参照省、市级政府文件库，推动市、县级政府部门和全市各单位落实，市级、县级平台对接。',
      toCounty,
    );
    expect(r.text).toBe('参照省、市级政府文件库，推动市、县级政府部门和全县各单位落实，市级、县级平台对接。');
    expect(r.trace.map((t) => `${t.from}→${t.to}`)).toEqual(['全市→全县']);
    expect(localizeText('市级平台', toCounty).text).toBe('县级平台');
  });

  it('gives a street its office and working committee, a township its 党委, never a 街道政府', () => {
    const words = (child: string) =>
      levelWordPairs('县', child, false).map(([from, to]) => ({
        from,
        to,
        rule: 'r',
        said: say('asWritten'),
        keepInLevelList: true,
      }));
    expect(localizeText('县政府各部门在县委领导下', words('街道')).text).toBe('街道办事处各部门在街道党工委领导下');
    expect(localizeText('县政府各部门在县委领导下', words('镇')).text).toBe('镇政府各部门在镇党委领导下');
  });
});
