/**
 * Words real 任务分工 documents use, for the generated import corpus (render-layouts.ts): column
 * headers, the phrases of a mixed units cell, deadline forms with what they mean, department-
 * internal offices (科室), page numbers and the notes offices keep in aside columns.
 */

/** Column headers by what the column holds (all seen in published plans). */
export const HEADER_WORDS = {
  lead: ['牵头单位', '牵头部门', '牵头处室'],
  responsible: ['责任单位', '责任部门', '落实单位', '承办单位', '实施主体', '主体责任单位'],
  cooperate: ['配合单位', '协办单位', '参与单位', '协助部门'],
  /** One column holding every unit, each with its role written in the cell. */
  mixed: ['牵头落实单位', '责任单位及分工', '牵头单位（责任单位）', '责任单位'],
  deadline: ['完成时限', '时间节点', '完成期限', '进度安排', '时间要求', '完成时间', '时限'],
  /** The column of the outline's headings (一、 / （一）). */
  task: ['工作任务', '重点任务', '工作事项', '任务分类'],
  /** The outer of two heading columns (一、), when the inner one (（一）) has its own column. */
  outerTask: ['任务分类', '工作类别', '重点领域'],
  measure: ['具体措施', '工作措施', '具体要求', '任务内容', '工作举措', '主要内容', '具体任务', '落实举措'],
  number: ['序号', '编号'],
} as const;

/** Headers when the units are a department's own offices (科室 / 股室). */
export const OFFICE_HEADER_WORDS = {
  lead: ['牵头科室', '牵头股室'],
  responsible: ['责任科室', '责任股室'],
  cooperate: ['配合科室'],
  mixed: ['牵头落实科室', '责任科室及分工'],
} as const;

/** Columns kept aside: never units, deadline or measure. */
export const ASIDE_COLUMNS = {
  备注: ['', '', '重点任务', '纳入绩效考核', '新增任务', '省级考核指标'],
  完成情况: ['', '已完成', '推进中', '未启动', '正在推进'],
  分值: ['1', '2', '3', '5', '1.5', '0.5'],
} as const;
export type AsideColumn = keyof typeof ASIDE_COLUMNS;

/**
 * The cell of a mixed units column, by the roles the measure has. Each phrase keeps the roles:
 * 牵头 / 统筹 → lead, 负责 / 落实 → responsible, 配合 / 协助 / 会同 → cooperate. L, R and C stand
 * for the lists of lead, responsible and cooperating units.
 */
export const MIXED_PHRASES: Record<string, readonly string[]> = {
  R: ['R', 'R负责', 'R按职责分工落实'],
  L: ['L牵头'],
  C: ['C配合'],
  LR: ['L牵头，R按职责分工落实', 'L牵头，R负责', 'L牵头，R落实', 'L牵头；R按职能分工落实', '由L牵头，R负责落实'],
  LC: ['L牵头，C配合', 'L统筹，C配合', '由L会同C落实', 'L牵头，C协助'],
  RC: ['R负责，C配合', 'R落实，C配合'],
  LRC: ['L牵头，R负责，C配合', 'L牵头，R按职责分工落实，C配合'],
};

/**
 * A deadline phrase and what a clerk reads from it for plan year Y: `{Y}` stands for the plan
 * year and `{Y+1}` for the next, in the phrase and in the due date.
 */
export type DeadlineForm = { text: string; kind: string; due: string | null };

/** Deadline forms offices write instead of a date. */
export const DEADLINE_FORMS: readonly DeadlineForm[] = [
  { text: '{Y+1}年3月1日前', kind: 'date', due: '{Y+1}-03-01' },
  { text: '12月30日前', kind: 'date', due: '{Y}-12-30' },
  { text: '3月底前', kind: 'month', due: '{Y}-03-31' },
  { text: '上半年', kind: 'month', due: '{Y}-06-30' },
  { text: '下半年', kind: 'month', due: '{Y}-12-31' },
  { text: '第三季度', kind: 'month', due: '{Y}-09-30' },
  { text: '每月', kind: 'recurring', due: null },
  { text: '每季度', kind: 'recurring', due: null },
  { text: '每半年', kind: 'recurring', due: null },
  { text: '每年', kind: 'recurring', due: null },
  { text: '长期', kind: 'ongoing', due: null },
  { text: '持续推进', kind: 'ongoing', due: null },
  { text: '常态化', kind: 'ongoing', due: null },
  { text: '按上级要求', kind: 'perDocument', due: null },
  { text: '按文件规定', kind: 'perDocument', due: null },
];

/** What a table with a deadline column most often says: the end of the plan year. */
export const YEAR_END_FORMS: readonly DeadlineForm[] = [
  { text: '{Y}年底前', kind: 'yearEnd', due: '{Y}-12-31' },
  { text: '年底前', kind: 'yearEnd', due: '{Y}-12-31' },
];

/** A deadline form for one plan year. */
export function deadlineFor(form: DeadlineForm, year: number): DeadlineForm {
  const fill = (s: string) => s.replace(/\{Y\+1\}/g, String(year + 1)).replace(/\{Y\}/g, String(year));
  return { text: fill(form.text), kind: form.kind, due: form.due === null ? null : fill(form.due) };
}

/**
 * A department's own offices, for plans a bureau writes for its 科室 / 股室. A unit with its
 * offices in parentheses (区党政办（文秘科、宣传信息科）) is one unit.
 */
export const OFFICES = [
  '办公室',
  '法规科',
  '测管科',
  '政策法规股',
  '综合股',
  '区党政办（文秘科、宣传信息科）',
  '财务科',
  '人事科',
  '信息中心',
  '执法监督科',
  '宣传科',
  '审批服务股',
  '规划科',
  '督查室',
  '档案室',
  '机关党委',
  '安全生产股',
  '项目股',
  '统计股',
  '计划财务科',
  '行政审批科',
  '信访室',
  '组织人事股',
  '网络信息科',
  '业务指导股',
  '应急管理股',
  '市场监管股',
  '社会事务股',
  '局办公室（政务公开科）',
  '农业农村股',
  '社区建设科',
  '政务服务股',
] as const;

/** Offices that stand for "all of them", for units like 市直各单位. */
export const OFFICE_GROUPS = ['各科室', '各股室', '局属各单位', '机关各科室', '各中队', '各所站'] as const;

/** What a role cell says when the measure has no unit of that role. */
export const NONE_MARKERS = ['/', '—', '无', '／'] as const;

/** Page numbers a PDF copy leaves between the rows of a table. */
export const PAGE_NUMBERS: readonly ((page: number) => string)[] = [
  (p) => `- ${p} -`,
  (p) => `—${p}—`,
  (p) => `－ ${p} －`,
  (p) => `第${p}页`,
];
