/**
 * A variant's task table before it is written in any layout: the columns with their headers, and
 * rows that are either a full-width heading or measures with their cells. A cell knows whether
 * it continues the cell above (a merged cell), which each layout shows its own way: empty in
 * text, absent in a cell-per-line copy, merged in Word and Excel.
 */
import type { Heading, Variant, VariantItem } from './layout-variant.ts';
import { ASIDE_COLUMNS, type AsideColumn, MIXED_PHRASES } from './layout-vocabulary.ts';

export type ColumnKind =
  | 'number'
  | 'outerTask'
  | 'task'
  | 'measure'
  | 'lead'
  | 'responsible'
  | 'cooperate'
  | 'units'
  | 'deadline'
  | AsideColumn;

export type Column = { kind: ColumnKind; header: string };

/** A cell's paragraphs; `mergedUp` when it is the continuation of the cell above. */
export type Cell = { lines: string[]; mergedUp: boolean };

export type TableRow =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'item'; items: VariantItem[]; cells: Cell[] };

export type Table = { columns: Column[]; rows: TableRow[] };

/** The heading levels shown as task columns; the others become heading rows. */
function taskColumnLevels(variant: Variant): number[] {
  const depth = Math.max(...variant.items.map((i) => i.ancestors.length));
  const { headingMode } = variant.choices;
  if (headingMode === 'rows' || depth === 0) return [];
  if (headingMode === 'rowsAndColumn' && depth > 1) return [depth - 1];
  return Array.from({ length: depth }, (_, k) => k);
}

function columnsOf(variant: Variant, taskLevels: number[]): Column[] {
  const c = variant.choices;
  const w = c.words;
  const has = (role: 'lead' | 'responsible' | 'cooperate') => variant.items.some((i) => i[role].length > 0);
  const before: Column[] = [];
  if (c.numberColumn) before.push({ kind: 'number', header: w.number });
  taskLevels.forEach((_, k) => {
    const outer = taskLevels.length > 1 && k === 0;
    before.push({ kind: outer ? 'outerTask' : 'task', header: outer ? w.outerTask : w.task });
  });
  before.push({ kind: 'measure', header: w.measure });

  let units: Column[] =
    c.unitsScheme === 'mixed'
      ? [{ kind: 'units', header: w.mixed }]
      : (['lead', 'responsible', 'cooperate'] as const).filter(has).map((kind) => ({ kind, header: w[kind] }));
  if (c.columnOrder === 'responsibleFirst') units = [...units].reverse();
  const deadline: Column[] = c.deadlineMode === 'none' ? [] : [{ kind: 'deadline', header: w.deadline }];
  const asides: Column[] = c.asides.map((kind) => ({ kind, header: kind }));
  let after: Column[];
  if (c.columnOrder === 'deadlineFirst') after = [...deadline, ...units, ...asides];
  else if (c.columnOrder === 'shuffled') after = variant.rng.shuffle([...units, ...deadline, ...asides]);
  else after = [...units, ...deadline, ...asides];
  return [...before, ...after];
}

const toAscii = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');

/** Unit names as printed (half-width parentheses in some variations). */
function printUnits(variant: Variant, units: readonly string[]): string[] {
  return variant.choices.asciiParensInUnits ? units.map(toAscii) : [...units];
}

function roleCell(variant: Variant, units: readonly string[]): string[] {
  const c = variant.choices;
  if (!units.length) return [c.noneMarker];
  const printed = printUnits(variant, units);
  return c.unitSeparator === 'lineBreak' ? printed : [printed.join(c.unitSeparator)];
}

/**
 * One mixed units cell: "X牵头，Y、Z配合". When lead and responsible are the same units the cell
 * names its roles ("牵头单位：X；责任单位：X"). A bare list of units means "responsible" only in a
 * column headed 责任…; elsewhere (牵头落实单位, a prose tail) its role is written out ("X负责").
 */
export function mixedUnitsCell(variant: Variant, item: VariantItem, inColumn = true): string {
  const { words, offices } = variant.choices;
  const [L, R, C] = [item.lead, item.responsible, item.cooperate].map((u) => printUnits(variant, u).join('、'));
  if (L && L === R) {
    const labels = offices ? ['牵头科室', '责任科室', '配合科室'] : ['牵头单位', '责任单位', '配合单位'];
    const parts = [`${labels[0]}：${L}`, `${labels[1]}：${R}`];
    if (C) parts.push(`${labels[2]}：${C}`);
    return parts.join('；');
  }
  const key = `${L ? 'L' : ''}${R ? 'R' : ''}${C ? 'C' : ''}`;
  const bareMeansResponsible = inColumn && /^责任/.test(words.mixed);
  const phrases = MIXED_PHRASES[key]?.filter((p) => p !== 'R' || bareMeansResponsible);
  if (!phrases?.length) return variant.choices.noneMarker || '/';
  const values: Record<string, string> = { L: L ?? '', R: R ?? '', C: C ?? '' };
  return variant.rng.pick(phrases).replace(/[LRC]/g, (k) => values[k] ?? '');
}

/** A measure cell's paragraphs: its number and text, or its text in two paragraphs. */
function measureLines(variant: Variant, items: VariantItem[]): string[] {
  const lines = items.map((i) => `${i.printedLabel}${i.text}`);
  const only = items[0];
  if (items.length === 1 && only && variant.choices.splitMeasureLines && variant.rng.chance(0.5)) {
    const cut = only.text.indexOf('。');
    if (cut > 0 && cut < only.text.length - 1) {
      return [`${only.printedLabel}${only.text.slice(0, cut + 1)}`, only.text.slice(cut + 1)];
    }
  }
  return lines;
}

function headingText(h: Heading): string {
  return `${h.printed}${h.title}`;
}

function cellValue(variant: Variant, column: Column, items: VariantItem[], taskLevels: number[]): string[] {
  const item = items[0] as VariantItem;
  switch (column.kind) {
    case 'number':
      return [String(item.serial)];
    case 'outerTask':
    case 'task': {
      const level = column.kind === 'outerTask' ? taskLevels[0] : taskLevels.at(-1);
      const h = level === undefined ? undefined : item.ancestors[level];
      return [h ? headingText(h) : ''];
    }
    case 'measure':
      return measureLines(variant, items);
    case 'lead':
    case 'responsible':
    case 'cooperate':
      return roleCell(variant, item[column.kind]);
    case 'units':
      return [mixedUnitsCell(variant, item)];
    case 'deadline':
      return [item.showDeadline ? item.deadline.text : ''];
    default:
      return [variant.rng.pick(ASIDE_COLUMNS[column.kind])];
  }
}

/** The cells that decide whether two measures may share a row: everything but the measure. */
const groupKey = (item: VariantItem) =>
  JSON.stringify([
    item.ancestors.map((a) => a.key),
    item.lead,
    item.responsible,
    item.cooperate,
    item.showDeadline ? item.deadline.text : '',
  ]);

/** Consecutive measures with the same headings, units and deadline, at most four to a cell. */
function groupItems(variant: Variant): VariantItem[][] {
  const groups: VariantItem[][] = [];
  for (const item of variant.items) {
    const last = groups.at(-1);
    const joins =
      variant.choices.multiMeasure &&
      last &&
      last.length < 4 &&
      groupKey(last[0] as VariantItem) === groupKey(item) &&
      variant.rng.chance(0.8);
    if (joins) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

export function buildTable(variant: Variant): Table {
  const c = variant.choices;
  const taskLevels = taskColumnLevels(variant);
  const columns = columnsOf(variant, taskLevels);
  const rows: TableRow[] = [];
  let shownHeadings: string[] = [];
  let previous: { key: string; values: string[][] } | null = null;

  for (const items of groupItems(variant)) {
    const item = items[0] as VariantItem;
    // Heading rows for the levels not in a column, when they change.
    item.ancestors.forEach((h, level) => {
      if (taskLevels.includes(level) || shownHeadings[level] === h.key) return;
      rows.push({ kind: 'heading', text: headingText(h), level });
      shownHeadings = [...shownHeadings.slice(0, level), h.key];
      previous = null;
    });
    const values = columns.map((column) => cellValue(variant, column, items, taskLevels));
    const groupKeyOfRow = item.ancestors.map((a) => a.key).join('/');
    const prev = previous as { key: string; values: string[][] } | null;
    const cells = columns.map((column, i): Cell => {
      const lines = values[i] as string[];
      const above = prev?.values[i];
      const same = above !== undefined && above.join('\n') === lines.join('\n');
      if (column.kind === 'task' || column.kind === 'outerTask') {
        return { lines, mergedUp: same && !c.repeatTask };
      }
      const mergeable = column.kind !== 'measure' && column.kind !== 'number';
      return { lines, mergedUp: mergeable && c.mergeRuns && same && prev?.key === groupKeyOfRow };
    });
    rows.push({ kind: 'item', items, cells });
    previous = { key: groupKeyOfRow, values };
  }
  return { columns, rows };
}
