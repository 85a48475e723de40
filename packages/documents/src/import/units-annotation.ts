import {
  dedupeUnits,
  emptyUnits,
  OTHER_LABEL,
  parseDeadline,
  parseUnitsByRoleCells,
  parseUnitsTail,
  ROLE_LABEL,
  roleOfWord,
  splitOutsideParens,
  type UnitsByRole,
} from '@cascade/engine';
import type { MeasureCells } from './block.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';

/** Deadline labels inside an annotation: 〔…；完成时限∶2022年底前〕 (the engine's, one list). */
const DEADLINE_WORDS = OTHER_LABEL;
const DEADLINE_LABEL = new RegExp(`^${DEADLINE_WORDS}\\s*[∶:：]\\s*`);
/** A comma that opens the next labelled part: "牵头单位：市司法局，完成时限：2023年年底前". */
const COMMA_BEFORE_LABEL = new RegExp(`[，,]\\s*(?=(?:${ROLE_LABEL}|${DEADLINE_WORDS})\\s*[∶:：])`, 'g');

/** The labelled parts of an annotation, separated by ；, or by a comma where a label follows. */
const labelledParts = (text: string) => splitOutsideParens(text.replace(COMMA_BEFORE_LABEL, '；'), '；;');

const BRACKETED = new RegExp(
  `[〔【（(［\\[]\\s*(${ROLE_LABEL}\\s*[∶:：][^〔〕【】［］\\[\\]]*?)\\s*[〕】）)］\\]]\\s*[。；;.]?\\s*$`,
);
/** A line that starts with a role label: "牵头单位：市政府办". */
const LABELLED = new RegExp(`^${ROLE_LABEL}\\s*[∶:：]`);
const BARE = new RegExp(`(?:^|[。；;！!])\\s*(${ROLE_LABEL}\\s*[∶:：].*?)\\s*[。.]?\\s*$`);

export type UnitsAnnotation = { units: UnitsByRole; deadlineText?: string; rest: string; inline?: boolean };

/**
 * The units a paragraph names at its end (贵溪: "…〔牵头单位∶市政府办；责任单位∶各乡(镇、街道)〕"),
 * bracketed or not ("…工作。责任单位：市政府办"), with a 完成时限 inside taken out as the deadline.
 * Returns the units and the paragraph without them, or null when there is no such annotation.
 */
export function readUnitsAnnotation(text: string): UnitsAnnotation | null {
  const atEnd = readEndAnnotation(text);
  return withInlineNotes(atEnd, atEnd ? atEnd.rest : text);
}

/** "(牵头单位:县发改局、县建设局)" inside a paragraph: the sentence before it is that unit's work. */
const INLINE_NOTE = new RegExp(`[（(]\\s*(${ROLE_LABEL}\\s*[∶:：][^（）()〔〕]{1,80}?)\\s*[)）]`, 'g');

/**
 * A paragraph that names units after some of its sentences (德清: "…建设环境。(牵头单位:县发改局、县
 * 建设局)围绕…"): the measure is all of them, its units the union, its text without the notes.
 * `inline` says the paragraph had no annotation at its end, so a note on the next line may follow.
 */
function withInlineNotes(atEnd: UnitsAnnotation | null, text: string): UnitsAnnotation | null {
  const notes = [...text.matchAll(INLINE_NOTE)];
  if (!notes.length) return atEnd;
  const units = atEnd ? { ...atEnd.units } : emptyUnits();
  for (const note of notes) {
    const parsed = parseUnitsTail(`〔${labelledParts(note[1] as string).join('；')}〕`)?.units;
    if (parsed)
      for (const role of ['lead', 'responsible', 'cooperate'] as const) units[role] = [...units[role], ...parsed[role]];
  }
  const rest = mendSpaces(text.replace(INLINE_NOTE, '')).trim();
  return { ...atEnd, units: dedupeUnits(units), rest, ...(atEnd ? {} : { inline: true }) };
}

function readEndAnnotation(text: string): UnitsAnnotation | null {
  const bracketed = BRACKETED.exec(text);
  const m = bracketed ?? BARE.exec(text);
  if (!m) return readRolePhraseTail(text);
  // Bracketed: the paragraph ends before the bracket; bare: it keeps its closing 。
  const end = bracketed ? m.index : m.index + m[0].indexOf(m[1] as string);
  const parts = labelledParts(m[1] as string);
  const deadline = parts.find((p) => DEADLINE_LABEL.test(p.trim()));
  const unitParts = parts.filter((p) => p !== deadline);
  const parsed = unitParts.length ? parseUnitsTail(`〔${unitParts.join('；')}〕`) : null;
  return {
    units: parsed?.units ?? emptyUnits(),
    ...(deadline ? { deadlineText: deadline.trim().replace(DEADLINE_LABEL, '') } : {}),
    rest: text.slice(0, end).trim(),
  };
}

/** Role words of a phrase that assigns work: "（由X牵头，Y负责）", "（X会同Y落实）". */
const ROLE_PHRASE = /牵头|负责|配合|落实|协助|协办|统筹|会同|参与/;
const MAX_TAIL = 300;

/** The bracketed group a paragraph ends with, nested parentheses included: its content and where it opens. */
function trailingGroup(text: string): { open: number; content: string } | null {
  const t = text.replace(/[。；;.\s]+$/, '');
  const close = t.at(-1);
  if (close !== '）' && close !== ')') return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0 && i >= t.length - MAX_TAIL; i--) {
    const c = t[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') depth--;
    if (depth === 0) return { open: i, content: t.slice(i + 1, -1) };
  }
  return null;
}

/**
 * A paragraph ending in a bracket that assigns its work in words rather than labels:
 * "…（由市政府办公室、市司法局牵头，市直其他单位负责；完成时限：2022年底前）". Every part of the
 * bracket must be units with role words, labelled units or a deadline, so a bracket that explains
 * ("（以下简称《任务分工》）") stays text.
 */
function readRolePhraseTail(text: string): UnitsAnnotation | null {
  const group = trailingGroup(text);
  if (!group || group.open === 0) return null;
  const cells: MeasureCells = {};
  for (const part of labelledParts(group.content)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const labelled = readLabelledCells(part);
    if (labelled) {
      for (const [k, v] of Object.entries(labelled) as [keyof MeasureCells, string][]) {
        cells[k] = cells[k] ? `${cells[k]}；${v}` : v;
      }
    } else if (isDeadlineLine(part)) {
      cells.deadline = part;
    } else if ((ROLE_PHRASE.test(part) && !/[。！？]/.test(part) && part.length <= 120) || isUnitsLine(part)) {
      cells.responsible = cells.responsible ? `${cells.responsible}；${part}` : part;
    } else {
      return null;
    }
  }
  const { deadline, ...unitCells } = cells;
  const units = parseUnitsByRoleCells(unitCells);
  if (!units.lead.length && !units.responsible.length && !units.cooperate.length) return null;
  return { units, ...(deadline ? { deadlineText: deadline } : {}), rest: text.slice(0, group.open).trim() };
}

/** How a unit's name ends: 市司法局, 县政府办公室, 各乡镇, 相关科, 村委会, 领导小组成员单位… */
const UNIT_END =
  /(政府|单位|部门|局|办|委|室|中心|管委会|小组|街道|乡镇|镇|乡|村|社区|院|所|公司|集团|银行|队|站|团|科|股|处|会|社|馆|电视台|厅|署|组|部|县|区|场|园)$/;
/** Role words after a run of units: "…牵头", "…按职能分工落实". */
const ROLE_SUFFIX =
  /(牵头负责|牵头|按职能分工落实|按职责分工落实|按职责落实|按职能落实|按职能分工|按职责分工|分工落实|负责落实|具体落实|落实|负责|配合|协助|参与)$/;

/** One unit as a units cell names it, e.g. "各县(区)人民政府(管委会)" or "市直其他单位按职能分工落实". */
function isUnitName(segment: string): boolean {
  let s = segment.trim().replace(ROLE_SUFFIX, '');
  // Trailing notes in parentheses: 各县(区)人民政府(管委会) → 各县(区)人民政府.
  for (let i = 0; i < 3 && /[（(][^（）()]*[)）]$/.test(s); i++) s = s.replace(/[（(][^（）()]*[)）]$/, '');
  // Words a sentence has and a unit's name does not: "市直各单位要依托…".
  return s.length >= 2 && s.length <= 30 && UNIT_END.test(s) && !/[要的将把]/.test(s);
}

/** A short line that is only a deadline: "2022年底前", "按各自文件规定的时间节点完成". */
export function isDeadlineLine(text: string): boolean {
  const t = text.trim();
  return (
    t.length <= 40 && !/[。]/.test(t) && !readOutlineLabel(t) && parseDeadline(t, { year: 2000 }).kind !== 'unspecified'
  );
}

/**
 * A line that only names units: "各县(区)人民政府(管委会);市直各单位", "牵头单位：市政府办". Every
 * part must read as a unit name, so a measure's text broken onto the next line is not one.
 */
export function isUnitsLine(text: string): boolean {
  const t = text.trim();
  if (LABELLED.test(t)) return true;
  if (t.length > 200 || /[。！？]/.test(t) || readOutlineLabel(t) || isDeadlineLine(t)) return false;
  const parts = splitOutsideParens(t, '、，,；;').filter((p) => p.trim());
  return parts.length > 0 && parts.every(isUnitName);
}

/**
 * A line of labelled cells ("牵头单位：A；责任单位：B", "完成时限：2022年底前") as the cells it
 * fills; null when the line does not start with such a label.
 */
export function readLabelledCells(text: string): MeasureCells | null {
  const t = text.trim().replace(/^[〔【（(［[]|[〕】）)］\]]$/g, '');
  if (!LABELLED.test(t) && !DEADLINE_LABEL.test(t)) return null;
  const cells: MeasureCells = {};
  for (const part of labelledParts(t)) {
    const p = part.trim();
    if (DEADLINE_LABEL.test(p)) {
      cells.deadline = p.replace(DEADLINE_LABEL, '');
      continue;
    }
    const colon = /[∶:：]/.exec(p);
    if (!colon) continue;
    const role = roleOfWord(p);
    const value = p.slice(colon.index + 1).trim();
    if (value) cells[role] = cells[role] ? `${cells[role]}；${value}` : value;
  }
  return cells;
}
