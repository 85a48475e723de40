/**
 * The generated import corpus (issue #14): each seed document's expected outline rendered in the
 * layouts offices paste — markdown, tab and pipe tables, tables flattened to one cell per line,
 * PDF copies broken across pages, prose with units tails, mixed units columns, aside columns,
 * other numberings, Word and Excel files — with the outline each should import to.
 *
 * Everything is decided by a seeded random source, so a seed number gives the same documents on
 * every run. The expectation is built from the same choices as the document (units renamed,
 * deadlines written in other forms, measures renumbered), so it says what a clerk reading the
 * generated document would say.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { buildTable, type Cell, type Table as LayoutTable, mixedUnitsCell } from './layout-table.ts';
import {
  buildVariant,
  DIALECT_LAYOUTS,
  describeChoices,
  type ExpectedItem,
  expectedItems,
  hashSeed,
  LAYOUT_NAMES,
  type LayoutName,
  type PlanOutline,
  seededRandom,
  type Variant,
  type VariantItem,
} from './layout-variant.ts';
import { PAGE_NUMBERS } from './layout-vocabulary.ts';

export type { ExpectedItem, LayoutName, PlanOutline } from './layout-variant.ts';
export { LAYOUT_NAMES, readSeedHeadings, seedOutline } from './layout-variant.ts';

export type GeneratedDocument = {
  /** "huizhou-city-2022/markdown#3" */
  name: string;
  outline: string;
  layout: LayoutName;
  variation: number;
  fileName: string;
  /** The document as text, for importPlanText; or as a file, for importPlanFile. */
  text?: string;
  bytes?: Uint8Array;
  /** The choices behind it, in a few words. */
  details: string;
  expected: { title: string; year: number; items: ExpectedItem[] };
};

export type RenderOptions = {
  /** The seed number every choice derives from. */
  seed: number;
  /** Documents per layout (default 10). */
  variations?: number;
  layouts?: readonly LayoutName[];
};

// ---------------------------------------------------------------------------------------------
// Shared pieces.

function chineseDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** The lines before the outline: the plan's title, its 文号, or the whole notice (通知) around it. */
function preambleLines(v: Variant): string[] {
  const { title, docNumber, issuer, issuedOn } = v.outline;
  const number = docNumber ? [docNumber] : [];
  switch (v.choices.preamble) {
    case 'title':
      return [title];
    case 'titleAndNumber':
      return [title, ...number];
    case 'notice':
      if (!issuer) return [title];
      return [
        `${issuer}关于印发${title}的通知`,
        ...number,
        '各有关单位：',
        `现将《${title}》印发给你们，请结合实际认真贯彻落实。`,
        issuer,
        chineseDate(issuedOn),
        '',
        title,
      ];
  }
}

const joinLines = (v: Variant, lines: string[]) => lines.join(v.choices.blankLines ? '\n\n' : '\n');

/** A cell's text in a markdown or tab row: empty when merged into the cell above. */
const shown = (cell: Cell): string[] => (cell.mergedUp ? [''] : cell.lines);

// ---------------------------------------------------------------------------------------------
// Text tables: markdown, tab-separated, pipe rows.

function markdownCell(v: Variant, cell: Cell, paragraphStyle: 'br' | 'p'): string {
  const lines = shown(cell).map((l) => l.replace(/\|/g, '\\|'));
  if (lines.length < 2) return lines[0] ?? '';
  return paragraphStyle === 'p' ? lines.map((l) => `<p>${l}</p>`).join(v.rng.pick(['', ' '])) : lines.join('<br>');
}

/** A markdown table (web copy, docx converted): `| a | b |` rows under a `| --- |` separator. */
function renderMarkdown(v: Variant, table: LayoutTable): string {
  const rng = v.rng;
  const style = rng.pick(['br', 'p'] as const);
  const separator = rng.pick(['---', ':---', ':---:']);
  const outsideHeadings = rng.chance(0.35);
  const boldHeadings = rng.chance(0.5);
  const width = table.columns.length;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = [row(table.columns.map((c) => c.header)), row(table.columns.map(() => separator))];
  const out = [...preambleLines(v), ''];
  let open = false;
  for (const r of table.rows) {
    if (r.kind === 'heading') {
      if (outsideHeadings) {
        out.push('', `${'#'.repeat(r.level + 2)} ${r.text}`, '');
        open = false;
        continue;
      }
      if (!open) out.push(...header);
      open = true;
      const text = boldHeadings ? `**${r.text}**` : r.text;
      out.push(row([text, ...Array.from({ length: width - 1 }, () => '')]));
      continue;
    }
    if (!open) out.push(...header);
    open = true;
    out.push(row(r.cells.map((cell) => markdownCell(v, cell, style))));
  }
  return out.join('\n');
}

/** A spreadsheet cell as Excel copies it: quoted when it holds a line break, quotes doubled. */
function tabCell(cell: Cell): string {
  const lines = shown(cell);
  if (lines.length < 2) return lines[0] ?? '';
  return `"${lines.join('\n').replace(/"/g, '""')}"`;
}

/** Tab-separated rows (a copy from Excel or a web table); merged cells empty on the rows they cover. */
function renderTabs(v: Variant, table: LayoutTable): string {
  const trailing = v.rng.chance(0.3) ? '\t' : '';
  const headingTabs = v.rng.chance(0.5);
  const width = table.columns.length;
  const out = [...preambleLines(v), '', table.columns.map((c) => c.header).join('\t') + trailing];
  for (const r of table.rows) {
    if (r.kind === 'heading') out.push(headingTabs ? r.text + '\t'.repeat(width - 1) : r.text);
    else out.push(r.cells.map(tabCell).join('\t') + trailing);
  }
  return joinLines(v, out);
}

/** Pipe rows one per line, without markdown's separator line: `a | b | c |`. */
function renderPipes(v: Variant, table: LayoutTable): string {
  const leading = v.rng.chance(0.3);
  const row = (cells: string[]) => `${leading ? '| ' : ''}${cells.join(' | ')} |`;
  const out = [...preambleLines(v), '', row(table.columns.map((c) => c.header))];
  for (const r of table.rows) {
    if (r.kind === 'heading') out.push(row([r.text]));
    else out.push(row(r.cells.map((cell) => shown(cell).join(''))));
  }
  return joinLines(v, out);
}

function renderTableText(v: Variant, table: LayoutTable): string {
  if (v.choices.dialect === 'markdown') return renderMarkdown(v, table);
  if (v.choices.dialect === 'pipe') return renderPipes(v, table);
  return renderTabs(v, table);
}

// ---------------------------------------------------------------------------------------------
// Tables flattened to one cell per line (copied from a web page).

/**
 * Each cell on its own line(s), followed by a `|` line when `bars`; a merged cell (rowspan) is
 * not repeated on the rows it covers, and without bars an empty cell leaves no line at all.
 */
function renderCellPerLine(v: Variant, table: LayoutTable, bars: boolean): string {
  const out = [...preambleLines(v), ''];
  const emit = (lines: string[]) => {
    const filled = lines.filter((l) => l !== '');
    if (!bars && !filled.length) return;
    out.push(...filled);
    if (bars) out.push('|');
  };
  for (const c of table.columns) emit([c.header]);
  for (const r of table.rows) {
    if (r.kind === 'heading') emit([r.text]);
    else for (const cell of r.cells) if (!cell.mergedUp) emit(cell.lines);
  }
  return joinLines(v, out);
}

// ---------------------------------------------------------------------------------------------
// A PDF copy: rows broken across pages.

/** Where a PDF line break may cut a measure: not before a digit or parenthesis (it would look numbered). */
function cutPoint(v: Variant, text: string): number | null {
  const lo = Math.floor(text.length * 0.35);
  const hi = Math.floor(text.length * 0.75);
  if (hi - lo < 4) return null;
  for (let tries = 0; tries < 8; tries++) {
    const at = v.rng.int(lo, hi);
    if (!/^[\d０-９（(【〔"“]/.test(text.slice(at))) return at;
  }
  return null;
}

/** The first 、 between two units, not inside a unit's parentheses (各乡（镇、街道）). */
function separatorOutsideParens(units: string): number {
  let depth = 0;
  for (let i = 0; i < units.length; i++) {
    const ch = units[i];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth--;
    else if (ch === '、' && depth === 0) return i;
  }
  return -1;
}

/**
 * Tab rows as a PDF copy gives them: page numbers ("- 3 -") between pages, the header row repeated
 * on each page, and a measure cut by the page break continuing on a row of its own (no number,
 * the other cells empty), its units cell sometimes cut too.
 */
function renderPageBroken(v: Variant, table: LayoutTable): string {
  const rng = v.rng;
  const pageNumber = rng.pick(PAGE_NUMBERS);
  const repeatHeader = rng.chance(0.7);
  const header = table.columns.map((c) => c.header).join('\t');
  const measureAt = table.columns.findIndex((c) => c.kind === 'measure');
  const out = [...preambleLines(v), '', header];
  let page = 2;
  let untilBreak = rng.int(3, 8);
  const pageBreak = () => {
    out.push('', pageNumber(page++), '');
    if (repeatHeader) out.push(header);
    untilBreak = rng.int(4, 9);
  };
  for (const r of table.rows) {
    if (r.kind === 'heading') {
      out.push(r.text);
      continue;
    }
    const cells = r.cells.map((cell) => shown(cell).join(''));
    const item = r.items[0] as VariantItem;
    const cut = --untilBreak <= 0 && rng.chance(0.7) ? cutPoint(v, item.text) : null;
    if (cut === null) {
      out.push(cells.join('\t'));
      if (untilBreak <= 0) pageBreak();
      continue;
    }
    const first = [...cells];
    const rest = cells.map(() => '');
    first[measureAt] = `${item.printedLabel}${item.text.slice(0, cut)}`;
    rest[measureAt] = item.text.slice(cut);
    // The units cell may break too, after one of its 、.
    const unitsAt = table.columns.findIndex((c) => c.kind === 'responsible' || c.kind === 'lead');
    const units = first[unitsAt];
    const at = units ? separatorOutsideParens(units) : -1;
    if (units && at > 0 && rng.chance(0.3)) {
      first[unitsAt] = units.slice(0, at + 1);
      rest[unitsAt] = units.slice(at + 1);
    }
    out.push(first.join('\t'));
    pageBreak();
    out.push(rest.join('\t'));
  }
  return joinLines(v, out);
}

// ---------------------------------------------------------------------------------------------
// Prose: paragraphs with their units at the end.

const PROSE_WORDS = {
  lead: ['牵头单位', '牵头部门'],
  responsible: ['责任单位', '责任部门', '落实单位'],
  cooperate: ['配合单位', '协办单位', '配合部门'],
  deadline: ['完成时限', '完成时间', '时间节点', '时限'],
  officeLead: ['牵头科室'],
  officeResponsible: ['责任科室', '责任股室'],
  officeCooperate: ['配合科室'],
};

/** 〔…〕 and 【…】 tails (贵溪); （…） tails, some with the roles written inline. */
const TAIL_BRACKETS: [string, string][] = [
  ['〔', '〕'],
  ['【', '】'],
];
const TAIL_PARENS: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
];

type ProseStyle = { open: string; close: string; colon: string; separator: string; words: Record<string, string> };

function proseStyle(v: Variant, brackets: [string, string][]): ProseStyle {
  const rng = v.rng;
  const offices = v.choices.offices;
  const [open, close] = rng.pick(brackets);
  return {
    open,
    close,
    colon: rng.pick(['∶', '：', ':']),
    separator: rng.pick(['；', ';', '，']),
    words: {
      lead: rng.pick(offices ? PROSE_WORDS.officeLead : PROSE_WORDS.lead),
      responsible: rng.pick(offices ? PROSE_WORDS.officeResponsible : PROSE_WORDS.responsible),
      cooperate: rng.pick(offices ? PROSE_WORDS.officeCooperate : PROSE_WORDS.cooperate),
      deadline: rng.pick(PROSE_WORDS.deadline),
    },
  };
}

function printedUnits(v: Variant, units: string[]): string {
  const list = v.choices.asciiParensInUnits ? units.map((u) => u.replace(/（/g, '(').replace(/）/g, ')')) : units;
  return list.join('、');
}

/** 〔牵头单位∶…；责任单位∶…；完成时限∶…〕 — or, inline, （X牵头，Y配合；完成时限：…）. */
function proseTail(v: Variant, item: VariantItem, style: ProseStyle, inline: boolean): string {
  const { colon, separator, words } = style;
  const parts: string[] = [];
  if (inline && (item.lead.length || item.responsible.length || item.cooperate.length)) {
    parts.push(mixedUnitsCell(v, item, false));
  } else {
    for (const role of ['lead', 'responsible', 'cooperate'] as const) {
      if (item[role].length) parts.push(`${words[role]}${colon}${printedUnits(v, item[role])}`);
    }
  }
  if (item.showDeadline) parts.push(`${words.deadline}${colon}${item.deadline.text}`);
  if (!parts.length) return '';
  return `${style.open}${parts.join(inline ? '；' : separator)}${style.close}`;
}

/** The outline as paragraphs: headings on their own lines, each measure followed by its tail. */
function renderProse(v: Variant, brackets: [string, string][], inlineShare: number): string {
  const style = proseStyle(v, brackets);
  const out = [...preambleLines(v), ''];
  if (v.rng.chance(0.5)) out.push(`为做好${v.outline.year}年度相关工作，现将重点任务分解如下。`);
  let current: string[] = [];
  for (const item of v.items) {
    item.ancestors.forEach((h, level) => {
      if (current[level] === h.key) return;
      out.push(`${h.printed}${h.title}`);
      current = [...current.slice(0, level), h.key];
    });
    const inline = v.rng.chance(inlineShare);
    out.push(`${item.printedLabel}${item.text}${proseTail(v, item, style, inline)}`);
  }
  return joinLines(v, out);
}

// ---------------------------------------------------------------------------------------------
// Word and Excel.

/** Whether the cell below (same column, next row) continues this one: where a merge starts. */
function startsMerge(table: LayoutTable, rowIndex: number, column: number): boolean {
  const next = table.rows[rowIndex + 1];
  return next?.kind === 'item' && (next.cells[column]?.mergedUp ?? false);
}

/** The task table as a Word table: heading rows across the width, merged cells where the table says the same. */
async function renderDocx(v: Variant, table: LayoutTable): Promise<Uint8Array> {
  const width = table.columns.length;
  const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((c) => new TableCell({ children: [para(c.header)] })),
  });
  const rows = table.rows.map((r, ri) => {
    if (r.kind === 'heading') {
      return new TableRow({ children: [new TableCell({ children: [para(r.text)], columnSpan: width })] });
    }
    return new TableRow({
      children: r.cells.map((cell, ci) => {
        const merge = cell.mergedUp
          ? { verticalMerge: VerticalMergeType.CONTINUE }
          : startsMerge(table, ri, ci)
            ? { verticalMerge: VerticalMergeType.RESTART }
            : {};
        const lines = cell.mergedUp ? [''] : cell.lines;
        return new TableCell({ children: lines.map(para), ...merge });
      }),
    });
  });
  const document = new Document({
    sections: [
      {
        children: [
          ...preambleLines(v).map(
            (line) => new Paragraph({ children: [new TextRun(line)], alignment: AlignmentType.CENTER }),
          ),
          new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The task table as a sheet: title row(s), header, heading rows merged across, merged runs. */
async function renderXlsx(v: Variant, table: LayoutTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(v.rng.pick(['任务分工', 'Sheet1', '重点任务清单']));
  const width = table.columns.length;
  const titleLines = v.choices.preamble === 'notice' ? [v.outline.title] : preambleLines(v);
  for (const line of titleLines) {
    const added = sheet.addRow([line]);
    sheet.mergeCells(added.number, 1, added.number, width);
  }
  sheet.addRow(table.columns.map((c) => c.header));
  const merges: [number, number, number, number][] = [];
  const open = new Map<number, number>(); // column → first row of its merge
  table.rows.forEach((r, ri) => {
    if (r.kind === 'heading') {
      const added = sheet.addRow([r.text]);
      sheet.mergeCells(added.number, 1, added.number, width);
      return;
    }
    const added = sheet.addRow(r.cells.map((cell) => (cell.mergedUp ? null : cell.lines.join('\n'))));
    r.cells.forEach((cell, ci) => {
      if (!cell.mergedUp && startsMerge(table, ri, ci)) open.set(ci, added.number);
      if (cell.mergedUp && !startsMerge(table, ri, ci)) {
        const start = open.get(ci);
        if (start !== undefined) merges.push([start, ci + 1, added.number, ci + 1]);
        open.delete(ci);
      }
    });
  });
  for (const [top, left, bottom, right] of merges) sheet.mergeCells(top, left, bottom, right);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// The layouts.

type Rendered = { text: string } | { bytes: Uint8Array; ext: 'docx' | 'xlsx' };

const LAYOUTS: Record<LayoutName, (v: Variant) => Rendered | Promise<Rendered>> = {
  markdown: (v) => ({ text: renderMarkdown(v, buildTable(v)) }),
  tabMerged: (v) => ({ text: renderTabs(v, buildTable(v)) }),
  pipeRows: (v) => ({ text: renderPipes(v, buildTable(v)) }),
  cellPerLineBars: (v) => ({ text: renderCellPerLine(v, buildTable(v), true) }),
  cellPerLine: (v) => ({ text: renderCellPerLine(v, buildTable(v), false) }),
  pageBroken: (v) => ({ text: renderPageBroken(v, buildTable(v)) }),
  proseBrackets: (v) => ({ text: renderProse(v, TAIL_BRACKETS, 0) }),
  proseParens: (v) => ({ text: renderProse(v, TAIL_PARENS, 0.4) }),
  mixedUnits: (v) => ({ text: renderTableText(v, buildTable(v)) }),
  asideColumns: (v) => ({ text: renderTableText(v, buildTable(v)) }),
  numbering: (v) => ({ text: renderTableText(v, buildTable(v)) }),
  docx: async (v) => ({ bytes: await renderDocx(v, buildTable(v)), ext: 'docx' }),
  xlsx: async (v) => ({ bytes: await renderXlsx(v, buildTable(v)), ext: 'xlsx' }),
};

/**
 * Renders the outline in every layout, `variations` times each, with the outline each document
 * should import to. Deterministic in `seed`.
 */
export async function renderLayouts(outline: PlanOutline, options: RenderOptions): Promise<GeneratedDocument[]> {
  const count = options.variations ?? 10;
  const documents: GeneratedDocument[] = [];
  for (const layout of options.layouts ?? LAYOUT_NAMES) {
    for (let variation = 0; variation < count; variation++) {
      const rng = seededRandom(hashSeed(options.seed, outline.name, layout, variation));
      const variant = buildVariant(outline, layout, variation, rng);
      const rendered = await LAYOUTS[layout](variant);
      const base = `${outline.name}-${layout}-${String(variation).padStart(2, '0')}`;
      const markdown = layout === 'markdown' || (DIALECT_LAYOUTS.has(layout) && variant.choices.dialect === 'markdown');
      const ext = 'ext' in rendered ? rendered.ext : markdown ? 'md' : 'txt';
      documents.push({
        name: `${outline.name}/${layout}#${variation}`,
        outline: outline.name,
        layout,
        variation,
        fileName: `${base}.${ext}`,
        ...('text' in rendered ? { text: rendered.text } : { bytes: rendered.bytes }),
        details: describeChoices(variant.choices, layout),
        expected: { title: outline.title, year: outline.year, items: expectedItems(variant) },
      });
    }
  }
  return documents;
}
