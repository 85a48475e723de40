import { parseChineseNumber } from '../deadlines/chinese-numbers.ts';

/**
 * The outline of a plan (大纲) as the designer edits it: sections and tasks in document order,
 * each at a depth, numbered the way 公文 number them (一、 / （一） / 1. / （1）). Moving an item
 * takes the items under it along; every change renumbers the outline, so numbers never repeat
 * or skip. Items keep their ids: assignments, provenance and look-back refer to them.
 */
export type OutlineKind = 'section' | 'task';

export type OutlineRow = {
  id: string;
  kind: OutlineKind;
  label: string;
  /** Labels from the top of the outline down to this item; its length is the item's depth. */
  path: readonly string[];
};

/** Where a row now stands after an edit. */
export type PlacedRow = {
  id: string;
  kind: OutlineKind;
  label: string;
  path: string[];
  parentId: string | null;
  position: number;
};

export type OutlineMove = 'up' | 'down' | 'indent' | 'outdent';

export type OutlineEdit = { ok: true; rows: PlacedRow[] } | { ok: false; message: string };

/** 公文 go four levels deep: 一、 （一） 1. （1）. */
export const MAX_OUTLINE_DEPTH = 4;

/** How one level is numbered: what comes before and after the number, and in which digits. */
export type NumberStyle = { before: string; digits: 'chinese' | 'arabic'; after: string };

const LABEL = /^([（(]?)([一二三四五六七八九十百〇零]+|[0-9０-９]+)([）)]?[、.．,，]?)$/;
const STANDARD: NumberStyle[] = [
  { before: '', digits: 'chinese', after: '、' },
  { before: '（', digits: 'chinese', after: '）' },
  { before: '', digits: 'arabic', after: '.' },
  { before: '（', digits: 'arabic', after: '）' },
];

/** 一、 → chinese between '' and '、'; undefined for a label that is not a number (★, 附). */
export function numberStyleOf(label: string): NumberStyle | undefined {
  const m = LABEL.exec(label.trim());
  if (!m) return undefined;
  const digits = /[0-9０-９]/.test(m[2] as string) ? 'arabic' : 'chinese';
  return { before: m[1] as string, digits, after: m[3] as string };
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 31 → 三十一, 100 and above in Arabic digits (no plan is that long). */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return CHINESE_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[n % 10]}`;
}

export function formatNumber(style: NumberStyle, n: number): string {
  return `${style.before}${style.digits === 'chinese' ? chineseNumeral(n) : String(n)}${style.after}`;
}

const styleKey = (s: NumberStyle) => `${s.before}|${s.digits}|${s.after}`;

/**
 * How one kind is numbered at one depth: its style, and whether the count runs on through the
 * whole plan (then from which number) instead of starting again in each section.
 */
export type Numbering = { style: NumberStyle; runsOn?: { from: number } };

function numberIn(label: string): number | undefined {
  const m = LABEL.exec(label.trim());
  if (!m) return undefined;
  const digits = (m[2] as string).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^[0-9]+$/.test(digits) ? Number(digits) : parseChineseNumber(digits);
}

type Tally = { style: NumberStyle; n: number };

/**
 * How each kind is numbered at each depth, read off the plan itself: the most common style (a
 * plan whose tasks are numbered （一） keeps that), and whether the numbers of a style run on
 * through the plan across sections and depths (惠州 and 垫江 number their measures 1–55 through
 * all sections) or start again in each section (贵溪). Where the plan is silent: the standard
 * sequence. Siblings numbered in one style share one count, so no two get the same number.
 */
export function outlineNumbering(rows: readonly OutlineRow[]): (kind: OutlineKind, depth: number) => Numbering {
  const styles = new Map<string, Map<string, Tally>>();
  const sequences = new Map<string, (number | undefined)[]>();
  for (const row of rows) {
    const style = numberStyleOf(row.label);
    if (!style) continue;
    const at = `${row.kind}@${row.path.length}`;
    const tallies = styles.get(at) ?? new Map<string, Tally>();
    const tally = tallies.get(styleKey(style)) ?? { style, n: 0 };
    tally.n++;
    tallies.set(styleKey(style), tally);
    styles.set(at, tallies);
    const sequence = sequences.get(styleKey(style)) ?? [];
    sequence.push(numberIn(row.label));
    sequences.set(styleKey(style), sequence);
  }
  // A style whose numbers only ever go up in document order (gaps allowed: an item was just
  // removed) runs on; one that starts again somewhere is counted per section. A style used in
  // one section only comes out the same either way.
  const runsOn = (style: NumberStyle) => {
    const numbers = sequences.get(styleKey(style)) ?? [];
    const from = numbers[0];
    if (from === undefined) return undefined;
    return numbers.every((n, i) => n !== undefined && (i === 0 || n > (numbers[i - 1] as number)))
      ? { from }
      : undefined;
  };
  const read = (at: string): Numbering | undefined => {
    const style = [...(styles.get(at)?.values() ?? [])].sort((a, b) => b.n - a.n)[0]?.style;
    if (!style) return undefined;
    const on = runsOn(style);
    return on ? { style, runsOn: on } : { style };
  };
  return (kind, depth) =>
    read(`${kind}@${depth}`) ??
    read(`${kind === 'task' ? 'section' : 'task'}@${depth}`) ?? {
      style: STANDARD[Math.min(depth, STANDARD.length) - 1] as NumberStyle,
    };
}

type Entry = { id: string; kind: OutlineKind; depth: number; label: string };

/**
 * Numbers an outline given as rows in order with their depths: each item counts among the
 * siblings numbered in the same style, under its parent. A label that is no number (★) stays.
 */
function placeRows(entries: readonly Entry[], numberingFor: (kind: OutlineKind, depth: number) => Numbering) {
  const placed: PlacedRow[] = [];
  const stack: { row: PlacedRow; counters: Map<string, number> }[] = [];
  const rootCounters = new Map<string, number>();
  // Numbers that run on through the plan are counted once for all sections.
  const planCounters = new Map<string, number>();
  for (const [position, entry] of entries.entries()) {
    while (stack.length >= entry.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const numbering = numberStyleOf(entry.label) ? numberingFor(entry.kind, entry.depth) : undefined;
    let label = entry.label;
    if (numbering) {
      const { style, runsOn } = numbering;
      const key = styleKey(style);
      const counters = runsOn ? planCounters : (parent?.counters ?? rootCounters);
      const n = (counters.get(key) ?? (runsOn ? runsOn.from - 1 : 0)) + 1;
      counters.set(key, n);
      label = formatNumber(style, n);
    }
    const row: PlacedRow = {
      id: entry.id,
      kind: entry.kind,
      label,
      path: [...(parent?.row.path ?? []), label],
      parentId: parent?.row.id ?? null,
      position,
    };
    placed.push(row);
    stack.push({ row, counters: new Map() });
  }
  return placed;
}

const entriesOf = (rows: readonly OutlineRow[]): Entry[] =>
  rows.map((r) => ({ id: r.id, kind: r.kind, depth: r.path.length, label: r.label }));

/**
 * Renumbers rows given in document order (after a removal), numbered as `numberedLike` was (the
 * outline before the change, so a removed first item does not change how the rest is counted).
 */
export function renumberOutline(rows: readonly OutlineRow[], numberedLike: readonly OutlineRow[] = rows): PlacedRow[] {
  return placeRows(entriesOf(rows), outlineNumbering(numberedLike));
}

/**
 * Numbers a derived plan's outline as its own document (派生方案自行编号): in the parent's styles,
 * but every count starts at 1, so a county that inherits 惠州's measures 3–55 numbers them 1–51.
 */
export function numberAsOwnOutline(rows: readonly OutlineRow[]): PlacedRow[] {
  const numbering = outlineNumbering(rows);
  return placeRows(entriesOf(rows), (kind, depth) => {
    const n = numbering(kind, depth);
    return n.runsOn ? { style: n.style, runsOn: { from: 1 } } : n;
  });
}

/** The index after the last row under `index` (its subtree ends there). */
function subtreeEnd(entries: readonly Entry[], index: number): number {
  const depth = (entries[index] as Entry).depth;
  let end = index + 1;
  while (end < entries.length && (entries[end] as Entry).depth > depth) end++;
  return end;
}

/** The sibling right before `index` (same parent), or -1. */
function previousSibling(entries: readonly Entry[], index: number): number {
  const depth = (entries[index] as Entry).depth;
  for (let i = index - 1; i >= 0; i--) {
    const d = (entries[i] as Entry).depth;
    if (d === depth) return i;
    if (d < depth) return -1;
  }
  return -1;
}

/**
 * Moves an item with everything under it: up or down past its neighbouring sibling, in (becomes
 * the last item of the section before it) or out (comes right after its section). A move the
 * outline does not allow says why and changes nothing.
 */
export function moveOutlineItem(rows: readonly OutlineRow[], id: string, move: OutlineMove): OutlineEdit {
  const entries = entriesOf(rows);
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return { ok: false, message: `大纲中没有事项 ${id}` };
  const item = entries[index] as Entry;
  const end = subtreeEnd(entries, index);
  const block = entries.slice(index, end);
  const rest = [...entries.slice(0, index), ...entries.slice(end)];
  let next: Entry[];
  if (move === 'up') {
    const before = previousSibling(entries, index);
    if (before < 0) return { ok: false, message: `${item.label} 已是本级第一项，无法上移` };
    next = [...rest.slice(0, before), ...block, ...rest.slice(before)];
  } else if (move === 'down') {
    if (end >= entries.length || (entries[end] as Entry).depth !== item.depth)
      return { ok: false, message: `${item.label} 已是本级最后一项，无法下移` };
    const afterNext = subtreeEnd(entries, end) - block.length;
    next = [...rest.slice(0, afterNext), ...block, ...rest.slice(afterNext)];
  } else if (move === 'indent') {
    const before = previousSibling(entries, index);
    if (before < 0) return { ok: false, message: `${item.label} 前面没有同级章节，无法降级` };
    if ((entries[before] as Entry).kind !== 'section')
      return { ok: false, message: `${item.label} 前面的同级事项是任务，只能降级到章节之下` };
    if (block.some((e) => e.depth + 1 > MAX_OUTLINE_DEPTH))
      return { ok: false, message: `大纲最多 ${MAX_OUTLINE_DEPTH} 级，无法再降级` };
    next = [...entries.slice(0, index), ...block.map((e) => ({ ...e, depth: e.depth + 1 })), ...entries.slice(end)];
  } else {
    if (item.depth <= 1) return { ok: false, message: `${item.label} 已是第一级，无法升级` };
    // It comes after its section's last item; the siblings after it stay in the section.
    let parentEnd = end;
    while (parentEnd < entries.length && (entries[parentEnd] as Entry).depth >= item.depth) parentEnd++;
    const at = parentEnd - block.length;
    next = [...rest.slice(0, at), ...block.map((e) => ({ ...e, depth: e.depth - 1 })), ...rest.slice(at)];
  }
  return { ok: true, rows: placeRows(next, outlineNumbering(rows)) };
}

/**
 * Places a new item right after `afterId` (with everything under it) as its sibling, or as the
 * last item inside the section `afterId` when `inside`; at the end of the outline without one.
 * Its number comes from where it lands.
 */
export function insertOutlineItem(
  rows: readonly OutlineRow[],
  item: { id: string; kind: OutlineKind },
  afterId?: string,
  inside = false,
): OutlineEdit {
  const entries = entriesOf(rows);
  const numbering = outlineNumbering(rows);
  // A placeholder number: placeRows numbers the item in its place.
  const fresh = (depth: number): Entry => ({
    ...item,
    depth,
    label: formatNumber(numbering(item.kind, depth).style, 1),
  });
  if (!afterId) {
    if (item.kind === 'task' && entries.some((e) => e.kind === 'section'))
      return { ok: false, message: '请先选择要新增到哪个章节之下' };
    return { ok: true, rows: placeRows([...entries, fresh(1)], numbering) };
  }
  const index = entries.findIndex((e) => e.id === afterId);
  if (index < 0) return { ok: false, message: `大纲中没有事项 ${afterId}` };
  const anchor = entries[index] as Entry;
  if (inside && anchor.kind !== 'section') return { ok: false, message: `${anchor.label} 是任务，不能在其下新增` };
  const depth = inside ? anchor.depth + 1 : anchor.depth;
  if (depth > MAX_OUTLINE_DEPTH) return { ok: false, message: `大纲最多 ${MAX_OUTLINE_DEPTH} 级` };
  const at = subtreeEnd(entries, index);
  return { ok: true, rows: placeRows([...entries.slice(0, at), fresh(depth), ...entries.slice(at)], numbering) };
}
