import { describe, expect, it } from 'vitest';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';

describe('readOutlineLabel', () => {
  it.each([
    ['一、推进政务公开', '一、', 1],
    ['十二.加强监督', '十二、', 1],
    ['（一）推进行政规章', '（一）', 2],
    ['(十一)提升政府网站', '（十一）', 2],
    ['1.依托政府信息公开平台', '1.', 3],
    ['34．提高政务服务', '34.', 3],
    ['2、每个季度更新', '2.', 3],
    ['第三条 各单位应当', '第三条', 3],
    ['（1）以村为单位', '（1）', 4],
    ['(2)在镇便民服务中心', '（2）', 4],
    ['3）公开目录', '（3）', 4],
    ['①公开名录', '①', 5],
  ])('%s → %s (level %i)', (text, label, level) => {
    expect(readOutlineLabel(text)).toMatchObject({ label, level });
  });

  it.each(['2022年底前完成', '2.5亿元补贴已发放', '12345热线', '一是要提升公开的有效性', '第一时间发布'])(
    'reads no label in "%s"',
    (text) => {
      expect(readOutlineLabel(text)).toBeNull();
    },
  );

  it('returns the text after the label', () => {
    expect(readOutlineLabel('  16. 进一步规范流调信息')?.rest).toBe('进一步规范流调信息');
  });
});

describe('mendSpaces', () => {
  it('joins CJK text broken by PDF copying and keeps spaces between Latin words', () => {
    expect(mendSpaces('四、夯实 公开工 作基础')).toBe('四、夯实公开工作基础');
    expect(mendSpaces('垫江县 2022 年政务公开')).toBe('垫江县2022年政务公开');
    expect(mendSpaces('支持 IPv6 and more')).toBe('支持 IPv6 and more');
  });
});
