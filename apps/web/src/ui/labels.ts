/** The domain's words as the UI prints them (zh-CN). */
export const STATE_LABELS: Record<string, string> = {
  draft: '草稿',
  assigned: '已下达',
  reported: '已报送',
  verified: '已核验',
  closed: '已销号',
  rectifying: '整改中',
  review1: '初审',
  review2: '复审',
  review3: '终审',
};
export const stateLabel = (state: string) => STATE_LABELS[state] ?? state;

export const LIGHT_LABELS: Record<string, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', none: '无时限' };
export const UNIT_ROLE_LABELS: Record<string, string> = { lead: '牵头', responsible: '责任', cooperate: '配合' };
export const PLAN_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  published: '已发布',
  executing: '执行中',
  closed: '已结束',
};
export const DERIVATION_LABELS: Record<string, string> = {
  inherited: '继承',
  localized: '本地化',
  overridden: '本级调整',
  added: '本级新增',
  notApplicable: '不适用',
};
export const COVERAGE_LABELS: Record<string, string> = {
  covered: '已落实',
  modified: '已调整',
  dropped: '不适用',
  missing: '缺失',
};
export const DEADLINE_KIND_LABELS: Record<string, string> = {
  date: '具体日期',
  month: '月底',
  yearEnd: '年底前',
  recurring: '周期性',
  ongoing: '长期',
  relative: '相对时限',
  perDocument: '按文件规定',
  unspecified: '未写明',
};
export const EVENT_LABELS: Record<string, string> = {
  'assignment.assign': '下达',
  'assignment.report': '报送',
  'assignment.verify': '核验通过',
  'assignment.return': '退回',
  'assignment.close': '销号',
  'assignment.reopen': '回头看整改',
  'assignment.urged': '督办',
  'assignment.reminder': '到期提醒',
};

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
