/**
 * What a table column holds. `task` columns are headings over the `measure` column (工作任务 over
 * 具体措施); `detail` is a second text column after the measure (具体要求 next to 具体任务), read
 * as part of the measure; `number` is 序号; `other` is kept aside (备注, 完成情况, 分值).
 */
export type ColumnRole =
  | 'task'
  | 'measure'
  | 'detail'
  | 'lead'
  | 'responsible'
  | 'cooperate'
  | 'deadline'
  | 'number'
  | 'other';

/** Roles an author may give a column in the import review (the same words the reader uses). */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'task',
  'measure',
  'detail',
  'lead',
  'responsible',
  'cooperate',
  'deadline',
  'number',
  'other',
];

/** A header cell is a few words: a longer cell is a row's content, whatever words it holds. */
const MAX_HEADER_LENGTH = 14;

const normalize = (cell: string) =>
  cell
    .replace(/\*\*|<[^>]{0,40}>/g, '')
    .replace(/[\s|：:]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** Kept aside, never read as units or deadlines: remarks, progress, scores, evidence. */
const ASIDE = /备注|说明|情况|进展|成效|分值|分数|得分|评分|权重|佐证|附件|考核|评价|标准|依据|联系|领导|人员/;
const NUMBER = /^(序号|编号|序|排序|No\.?|#)$/i;
/** 时限 / 时间 / 期限 / 节点 / 进度: when the work is due. */
const DEADLINE = /时限|时间|期限|节点|进度|日期|截止|期间|年度安排|时序/;
/** Nouns of a units column: who does the work. */
const UNIT_NOUN = /单位|部门|科室|科\(室\)|股室|处室|主体|责任人|机构|科|股|处/;
const LEAD = /牵头|主办|统筹/;
const COOPERATE = /配合|协助|协办|参与|协同/;
const RESPONSIBLE = /责任|落实|承办|实施|负责|主体|分工/;
/** Words of a text column; which of them is the measure is decided by position (see resolveTextColumns). */
const TEXT = /任务|要求|措施|内容|事项|举措|工作|要点|项目|指标|目标|类别|分类|领域|方面|名称/;
/** Text headers that name the detailed level (具体措施) rather than the heading level (工作任务). */
const MEASURE_WORDS = /措施|举措|具体|要求|内容|细化|清单/;
/**
 * The words header cells are made of. A cell is a header only if little else is left once they
 * are taken out: "县直各单位按职责分工落实" has role words too, but it names units.
 */
const HEADER_VOCABULARY =
  /牵头|主办|统筹|配合|协助|协办|参与|协同|责任|落实|承办|实施|负责|主体|分工|单位|部门|科\(室\)|科室|股室|处室|责任人|机构|具体|完成|时限|时间|期限|节点|进度|安排|要求|日期|截止|工作|任务|措施|内容|事项|举措|要点|重点|主要|项目|指标|目标|类别|分类|领域|方面|名称|序号|编号|备注|说明|情况|进展|成效|分值|分数|得分|评分|权重|佐证|材料|考核|评价|标准|依据|联系|领导|人员|细化|清单|推进|计划|年度|及|和|与|或|的|[()/、#]/g;
const MAX_LEFTOVER = 1;

/**
 * A header cell's role, by the words in it rather than a list of headers: 牵头 → lead; 配合 /
 * 协助 / 协办 / 参与 → cooperate; 责任 / 落实 / 承办 / 实施 / 主体 with 单位 / 部门 / 科室 →
 * responsible. A mixed header (牵头落实单位, 牵头单位(责任单位), 责任单位及分工) takes the role of
 * its first role word; its cells carry their own role words ("X牵头，各单位按职责分工落实"), which
 * the units parser reads. null when the cell is no header word at all.
 */
export function readColumnRole(cell: string): ColumnRole | null {
  const t = normalize(cell);
  // 各单位 / 相关科(室) / 有关部门 name units in a cell; a header never starts with a selector.
  if (
    !t ||
    t.length > MAX_HEADER_LENGTH ||
    /[。；;，,]/.test(t) ||
    /^(?:\d|各|相关|有关|其他|其它|全|本|市|县|区|镇|乡)/.test(t)
  ) {
    return null;
  }
  if (NUMBER.test(t)) return 'number';
  // What is left once header words are out: little, and not a unit's ending (项目股, 督查室 are sections).
  const leftover = t.replace(HEADER_VOCABULARY, '');
  if (leftover.length > MAX_LEFTOVER || /[科股处室局委办所队站]$/.test(leftover)) return null;
  if (ASIDE.test(t) && !/^(?:完成时限|时间要求)/.test(t)) return 'other';
  const roleWords = [LEAD, COOPERATE, RESPONSIBLE]
    .map((re) => ({ re, at: t.search(re) }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => a.at - b.at);
  // 落实举措 / 责任清单 name work, not units: a role word counts only with a unit noun or alone.
  const namesUnits = UNIT_NOUN.test(t) || (roleWords.length > 0 && !TEXT.test(t) && !DEADLINE.test(t));
  if (namesUnits) {
    // 时间 / 时限 with no unit noun is a deadline even with 完成 / 落实 before it (落实时限).
    const first = roleWords[0]?.re;
    if (first === LEAD) return 'lead';
    if (first === COOPERATE) return 'cooperate';
    return 'responsible';
  }
  if (DEADLINE.test(t)) return 'deadline';
  if (TEXT.test(t)) return MEASURE_WORDS.test(t) ? 'measure' : 'task';
  return null;
}

/**
 * A header row names at least two columns, one of them units or text, and most of its cells are
 * header words (a content row may hold one word like 办公室 by chance).
 */
export function readHeaderRow(cells: string[]): ColumnRole[] | null {
  const filled = cells.filter((c) => c.trim());
  const roles = cells.map((c) => (c.trim() ? readColumnRole(c) : null));
  const known = roles.filter((r) => r !== null);
  if (known.length < 2 || known.length * 3 < filled.length * 2) return null;
  // A row holding a measure's text is content, whatever its short cells say.
  if (filled.some((c) => c.trim().length > MAX_HEADER_LENGTH * 2)) return null;
  const hasWork = known.some((r) => r === 'measure' || r === 'task');
  const hasUnitsOrDue = known.some((r) => r === 'lead' || r === 'responsible' || r === 'cooperate' || r === 'deadline');
  if (!hasWork && !known.some((r) => r === 'lead' || r === 'responsible')) return null;
  if (!hasUnitsOrDue && !known.includes('number')) return null;
  return resolveTextColumns(roles.map((r) => r ?? 'other'));
}

/**
 * Of several text columns, the last one before the units is the measure and those before it
 * headings (工作任务 | 具体措施); a text column after the measure is its detail. One text column
 * alone is the measure whatever its header says (工作任务 | 责任单位 | 时限).
 */
export function resolveTextColumns(roles: ColumnRole[]): ColumnRole[] {
  const text = roles.flatMap((r, i) => (r === 'task' || r === 'measure' ? [i] : []));
  if (!text.length) return roles;
  const measures = text.filter((i) => roles[i] === 'measure');
  const measureAt = measures.length ? (measures[0] as number) : (text.at(-1) as number);
  return roles.map((r, i) => {
    if (r !== 'task' && r !== 'measure') return r;
    if (i === measureAt) return 'measure';
    return i < measureAt ? 'task' : 'detail';
  });
}

/**
 * Applies the author's choices from the import review: by header text (normalized) or, for a
 * table without a header, by column number "#1", "#2" … A role the author gave wins.
 */
export function applyColumnChoices(
  roles: ColumnRole[],
  headers: string[],
  choices: Readonly<Record<string, ColumnRole>> | undefined,
): ColumnRole[] {
  if (!choices || !Object.keys(choices).length) return roles;
  return roles.map((r, i) => choices[columnKey(headers[i] ?? '', i)] ?? r);
}

/** The key a column's role is remembered by: its header words, or "#n" without a header. */
export function columnKey(header: string, index: number): string {
  const t = normalize(header);
  return t ? t : `#${index + 1}`;
}

/**
 * Without a header row, the cells after a measure are read by what they say, over the whole
 * table: a column whose cells are mostly deadlines is the deadline; of the other columns one is
 * responsible, two are lead + responsible, three lead + responsible + cooperate.
 */
export function guessRolesAfterMeasure(after: string[][], isDeadline: (cell: string) => boolean): ColumnRole[] {
  const width = Math.max(0, ...after.map((cells) => cells.findLastIndex((c) => c.trim() !== '') + 1));
  const kinds = Array.from({ length: width }, (_, k) => {
    const values = after.map((cells) => cells[k]?.trim() ?? '').filter(Boolean);
    if (!values.length) return 'empty' as const;
    return values.filter(isDeadline).length * 2 >= values.length ? ('deadline' as const) : ('units' as const);
  });
  const unitCount = kinds.filter((k) => k === 'units').length;
  const unitRoles: ColumnRole[] =
    unitCount >= 3 ? ['lead', 'responsible', 'cooperate'] : unitCount === 2 ? ['lead', 'responsible'] : ['responsible'];
  let u = 0;
  return kinds.map((k) => (k === 'deadline' ? 'deadline' : k === 'units' ? (unitRoles[u++] ?? 'other') : 'other'));
}
