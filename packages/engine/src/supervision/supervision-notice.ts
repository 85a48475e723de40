import { addWorkingDays } from '../deadlines/working-days.ts';

/**
 * 督办单 and 约谈 as documents with a flow. A notice is issued by a supervising office to a unit
 * about its overdue task(s), with a 文号 and a day by which the unit answers; the unit signs for it
 * (签收), answers with a rectification plan and date (整改答复), and the issuer closes it (办结) or
 * sends the answer back (退回重新答复: signed again, the unit answers anew).
 *
 *   issued ──SIGN──▶ signed ──ANSWER──▶ answered ──CLOSE──▶ closed
 *                      ▲                    │
 *                      └──────RETURN────────┘
 */
export type NoticeKind = 'notice' | 'interview';
export type NoticeState = 'issued' | 'signed' | 'answered' | 'closed';
export type NoticeAction = 'sign' | 'answer' | 'return' | 'close';

export const NOTICE_KINDS: readonly NoticeKind[] = ['notice', 'interview'];
export const NOTICE_STATES: readonly NoticeState[] = ['issued', 'signed', 'answered', 'closed'];

/** 督办单 / 约谈 by kind; the document's title. */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { notice: '督办单', interview: '约谈' };
export const NOTICE_TITLES: Record<NoticeKind, string> = { notice: '督办通知书', interview: '约谈通知书' };
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  issued: '待签收',
  signed: '已签收',
  answered: '已答复',
  closed: '已办结',
};

/** Who acts: the addressed unit signs and answers; the issuing office returns and closes. */
export const NOTICE_ACTORS: Record<NoticeAction, 'unit' | 'issuer'> = {
  sign: 'unit',
  answer: 'unit',
  return: 'issuer',
  close: 'issuer',
};

const TRANSITIONS: Record<NoticeAction, { from: NoticeState; to: NoticeState; label: string }> = {
  sign: { from: 'issued', to: 'signed', label: '签收' },
  answer: { from: 'signed', to: 'answered', label: '整改答复' },
  return: { from: 'answered', to: 'signed', label: '退回重新答复' },
  close: { from: 'answered', to: 'closed', label: '办结' },
};

export const NOTICE_ACTION_LABELS: Record<NoticeAction, string> = {
  sign: TRANSITIONS.sign.label,
  answer: TRANSITIONS.answer.label,
  return: TRANSITIONS.return.label,
  close: TRANSITIONS.close.label,
};

export type NoticeTransition = { ok: true; to: NoticeState } | { ok: false; reason: string };

/** Whether `action` applies in `state`, and where it leads; if not, why (zh-CN, shown as is). */
export function noticeTransition(state: NoticeState, action: NoticeAction): NoticeTransition {
  const t = TRANSITIONS[action];
  if (state === t.from) return { ok: true, to: t.to };
  if (state === 'closed') return { ok: false, reason: `该通知已办结，不能再${t.label}` };
  return {
    ok: false,
    reason: `该通知${NOTICE_STATE_LABELS[state]}，不能${t.label}（${NOTICE_STATE_LABELS[t.from]}时才可以）`,
  };
}

/** The actions open in a state (for buttons; the server checks each again). */
export function noticeActions(state: NoticeState): NoticeAction[] {
  return (Object.keys(TRANSITIONS) as NoticeAction[]).filter((a) => TRANSITIONS[a].from === state);
}

/** An answer's content: a rectification plan and a date on or after the day it is given. */
export function checkNoticeAnswer(answer: { plan: string; rectifyBy: string }, answeredOn: string): string | null {
  if (!answer.plan.trim()) return '请填写整改措施';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(answer.rectifyBy)) return '整改完成日期应为 YYYY-MM-DD';
  if (answer.rectifyBy < answeredOn) return `整改完成日期不能早于答复当天（${answeredOn}）`;
  return null;
}

/** Working days a unit has to answer, unless the template's escalation step says otherwise. */
export const DEFAULT_NOTICE_ANSWER_WORKING_DAYS = 5;

/** The day the answer is due: that many working days after the day of issue (holidays and 调休 counted). */
export function noticeAnswerDue(issuedOn: string, workingDays = DEFAULT_NOTICE_ANSWER_WORKING_DAYS): string {
  return addWorkingDays(issuedOn, workingDays);
}

/** Is the answer overdue on `today`: not answered yet (issued or signed) and past its due day. */
export function isNoticeAnswerOverdue(n: { state: NoticeState; answerDueOn: string }, today: string): boolean {
  return (n.state === 'issued' || n.state === 'signed') && today > n.answerDueOn;
}

/** 简称 of the provincial-level divisions, which head their 文号 (粤督〔2022〕1号). */
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  北京: '京',
  天津: '津',
  河北: '冀',
  山西: '晋',
  内蒙古: '蒙',
  辽宁: '辽',
  吉林: '吉',
  黑龙江: '黑',
  上海: '沪',
  江苏: '苏',
  浙江: '浙',
  安徽: '皖',
  福建: '闽',
  江西: '赣',
  山东: '鲁',
  河南: '豫',
  湖北: '鄂',
  湖南: '湘',
  广东: '粤',
  广西: '桂',
  海南: '琼',
  重庆: '渝',
  四川: '川',
  贵州: '黔',
  云南: '滇',
  西藏: '藏',
  陕西: '陕',
  甘肃: '甘',
  青海: '青',
  宁夏: '宁',
  新疆: '新',
  香港: '港',
  澳门: '澳',
  台湾: '台',
};

/**
 * The 发文机关代字 of a notice: the issuing government's one-character short form and 督 (督办单)
 * or 督约 (约谈), each kind numbered on its own: 博罗县 → 博督 / 博督约, 广东省 → 粤督.
 */
export function noticeIssuerCode(issuerName: string, kind: NoticeKind): string {
  const province = Object.keys(PROVINCE_ABBREVIATIONS).find(
    (p) =>
      issuerName === `${p}省` ||
      issuerName === `${p}市` ||
      (issuerName.startsWith(p) && /(自治区|特别行政区)$/.test(issuerName)),
  );
  const head = province ? PROVINCE_ABBREVIATIONS[province] : [...issuerName][0];
  return `${head ?? ''}${kind === 'notice' ? '督' : '督约'}`;
}

/** 文号: 博督〔2022〕3号 (六角括号, the year in full, the number without leading zeros). */
export function noticeNumber(code: string, year: number, serial: number): string {
  return `${code}〔${year}〕${serial}号`;
}

/** What a notice asks of the unit, in the words printed on it. */
export function noticeRequirement(kind: NoticeKind, answerDueOn: string): string {
  const [y, m, d] = answerDueOn.split('-').map(Number);
  const by = `${y}年${m}月${d}日`;
  return kind === 'notice'
    ? `请你单位接此通知后及时签收，对上述逾期任务认真分析原因、抓紧整改落实，并于${by}前将整改措施和整改完成时限书面答复我单位。`
    : `请你单位主要负责同志接此通知后及时签收，就上述任务逾期未完成的原因和整改措施接受约谈，并于${by}前将整改措施和整改完成时限书面答复我单位。`;
}
