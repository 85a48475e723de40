import { describe, expect, it } from 'vitest';
import { checkDeadlineText } from './check-deadline-text.ts';

describe('checking a deadline an author typed', () => {
  it('refuses a month 13, a 45th day, a 30 February and a five-digit year, saying which', () => {
    expect(checkDeadlineText('2027年13月45日前', 2027)).toMatch(/“2027年13月45日”不是有效日期：月份应为 1—12/);
    expect(checkDeadlineText('2022年2月30日前', 2022)).toMatch(/2022年2月没有30日/);
    expect(checkDeadlineText('99999年12月31日前', 2022)).toMatch(/年份应为四位数/);
    expect(checkDeadlineText('十三月底前', 2022)).toMatch(/月份应为 1—12/);
    expect(checkDeadlineText('3099年底前', 2022)).toMatch(/年份应在 2021—2032 年之间/);
  });

  it('accepts every form the seed documents write', () => {
    for (const text of [
      '2022年底前',
      '2022年11月',
      '2022年9月前',
      '12月30日',
      '2023年 1月31日',
      '长期',
      '按各自文件规定的时间节点完成',
      '每年至少一次',
      '每个季度',
      '5个工作日内',
      '20个工作日内',
      '本文印发30日内',
      '2022年6月—9月',
      '十二月底前',
      '3年内',
      '2024年2月29日',
    ])
      expect(checkDeadlineText(text, 2022), text).toBeUndefined();
  });
});
