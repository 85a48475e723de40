import { describe, expect, it } from 'vitest';
import { findFeedbackWindow } from './feedback-window.ts';

const huizhou52 = {
  id: 'item-52',
  kind: 'task',
  text: '建立本地区、本系统2022年政务公开重点工作任务台账,明确责任主体和时限要求,逐项推动落实,并于本文印发30日内反馈市政府办公室政务信息科。对上一年度重点工作任务落实情况开展“回头看”,未完成的要督促整改。',
};

describe('台账反馈 window', () => {
  it('reads 本文印发30日内 from the task that asks for the ledger, due 30 days after issue', () => {
    const window = findFeedbackWindow([{ id: 'item-1', kind: 'task', text: '在5个工作日内答复申请。' }, huizhou52], {
      year: 2022,
      issuedOn: '2022-06-18',
    });
    expect(window).toMatchObject({
      itemId: 'item-52',
      text: expect.stringContaining('并于本文印发30日内反馈市政府办公室政务信息科'),
      deadline: { kind: 'relative', due: '2022-07-18', offset: { event: 'issue', amount: 30, unit: 'day' } },
    });
  });

  it('takes the settings’ window over the text, and finds none where the plan asks for none', () => {
    expect(
      findFeedbackWindow([huizhou52], { year: 2022, issuedOn: '2022-06-18' }, '本文印发10个工作日内'),
    ).toMatchObject({ itemId: null, deadline: { due: '2022-07-01' } });
    expect(findFeedbackWindow([{ ...huizhou52, kind: 'section' }], { year: 2022, issuedOn: null })).toBeUndefined();
    expect(findFeedbackWindow([huizhou52], { year: 2022, issuedOn: null }, '2022年底前')).toBeUndefined();
  });
});
