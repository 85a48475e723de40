import { describe, expect, it } from 'vitest';
import { authorize } from '../access/policy.ts';
import type { Principal, Role } from '../access/roles.ts';
import { readEscalationProfile } from './escalation-profile.ts';
import {
  checkNoticeAnswer,
  isNoticeAnswerOverdue,
  NOTICE_STATES,
  type NoticeAction,
  noticeActions,
  noticeAnswerDue,
  noticeIssuerCode,
  noticeNumber,
  noticeTransition,
} from './supervision-notice.ts';

describe('督办单 / 约谈 lifecycle', () => {
  it('walks issued → signed → answered → closed, with a return to answer again', () => {
    expect(noticeTransition('issued', 'sign')).toEqual({ ok: true, to: 'signed' });
    expect(noticeTransition('signed', 'answer')).toEqual({ ok: true, to: 'answered' });
    expect(noticeTransition('answered', 'return')).toEqual({ ok: true, to: 'signed' });
    expect(noticeTransition('answered', 'close')).toEqual({ ok: true, to: 'closed' });
  });

  it('refuses every other step, saying why', () => {
    const all: NoticeAction[] = ['sign', 'answer', 'return', 'close'];
    const allowed = new Set(['issued:sign', 'signed:answer', 'answered:return', 'answered:close']);
    for (const state of NOTICE_STATES)
      for (const action of all) {
        const t = noticeTransition(state, action);
        expect(t.ok, `${state}:${action}`).toBe(allowed.has(`${state}:${action}`));
        if (!t.ok) expect(t.reason).toMatch(/不能/);
      }
    expect(noticeTransition('issued', 'answer')).toEqual({
      ok: false,
      reason: '该通知待签收，不能整改答复（已签收时才可以）',
    });
    expect(noticeTransition('closed', 'sign')).toEqual({ ok: false, reason: '该通知已办结，不能再签收' });
    expect(noticeActions('answered')).toEqual(['return', 'close']);
    expect(noticeActions('closed')).toEqual([]);
  });

  it('asks an answer for a plan and a date not before the day it is given', () => {
    expect(checkNoticeAnswer({ plan: '  ', rectifyBy: '2022-11-30' }, '2022-10-20')).toBe('请填写整改措施');
    expect(checkNoticeAnswer({ plan: '补齐', rectifyBy: '2022-10-19' }, '2022-10-20')).toMatch(/不能早于/);
    expect(checkNoticeAnswer({ plan: '补齐', rectifyBy: '2022/11/30' }, '2022-10-20')).toMatch(/YYYY-MM-DD/);
    expect(checkNoticeAnswer({ plan: '补齐', rectifyBy: '2022-10-20' }, '2022-10-20')).toBeNull();
  });

  it('gives the answer working days after issue, over 国庆 and its 调休', () => {
    // 09-30 + 5 working days: 10-01…07 国庆, 10-08 and 10-09 are 调休 working days.
    expect(noticeAnswerDue('2022-09-30')).toBe('2022-10-12');
    expect(noticeAnswerDue('2022-10-10', 3)).toBe('2022-10-13');
    const n = { state: 'signed' as const, answerDueOn: '2022-10-17' };
    expect(isNoticeAnswerOverdue(n, '2022-10-17')).toBe(false);
    expect(isNoticeAnswerOverdue(n, '2022-10-18')).toBe(true);
    expect(isNoticeAnswerOverdue({ ...n, state: 'answered' }, '2022-10-18')).toBe(false);
  });

  it('reads the answer days of a profile step, refusing nonsense', () => {
    const ok = readEscalationProfile({ steps: [{ action: 'notice', afterRedWorkingDays: 5, answerWorkingDays: 3 }] });
    expect(ok).toEqual({
      ok: true,
      profile: { steps: [{ key: 'notice', action: 'notice', afterRedWorkingDays: 5, answerWorkingDays: 3 }] },
    });
    const bad = readEscalationProfile({ steps: [{ action: 'notice', afterRedWorkingDays: 5, answerWorkingDays: 0 }] });
    expect(bad.ok).toBe(false);
  });
});

describe('文号', () => {
  it('heads it with the issuer’s short form and numbers each kind on its own', () => {
    expect(noticeNumber(noticeIssuerCode('博罗县', 'notice'), 2022, 3)).toBe('博督〔2022〕3号');
    expect(noticeNumber(noticeIssuerCode('博罗县', 'interview'), 2022, 1)).toBe('博督约〔2022〕1号');
    expect(noticeIssuerCode('惠州市', 'notice')).toBe('惠督');
    expect(noticeIssuerCode('广东省', 'notice')).toBe('粤督');
    expect(noticeIssuerCode('北京市', 'notice')).toBe('京督');
    expect(noticeIssuerCode('广西壮族自治区', 'notice')).toBe('桂督');
    expect(noticeIssuerCode('贵溪市', 'notice')).toBe('贵督');
  });
});

describe('who may issue, read, answer and close a notice', () => {
  const BOLUO = '/440000/441300/441322/';
  const JUSTICE = `${BOLUO}441322-justice/`;
  const as = (role: Role, orgPath = BOLUO): Principal => ({ userId: 'u', orgId: 'o', orgPath, role });
  it('lets supervision issue below, the unit respond, the issuer close', () => {
    expect(authorize(as('supervisor'), 'notice.issue', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('supervisor'), 'notice.issue', { orgPath: BOLUO }).allowed).toBe(false);
    expect(authorize(as('reporter'), 'notice.issue', { orgPath: JUSTICE }).allowed).toBe(false);
    expect(authorize(as('reporter', JUSTICE), 'notice.respond', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('supervisor'), 'notice.respond', { orgPath: JUSTICE }).allowed).toBe(false);
    expect(authorize(as('author', JUSTICE), 'notice.respond', { orgPath: JUSTICE }).allowed).toBe(false);
    expect(authorize(as('supervisor'), 'notice.close', { orgPath: BOLUO }).allowed).toBe(true);
    expect(authorize(as('supervisor', '/440000/441300/'), 'notice.close', { orgPath: BOLUO }).allowed).toBe(false);
    expect(authorize(as('reporter', JUSTICE), 'notice.read', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('reporter', JUSTICE), 'notice.read', { orgPath: BOLUO }).allowed).toBe(false);
  });
});
