import type { PlanDraft } from '@cascade/engine';
import { assembleDraft } from './assemble-draft.ts';
import type { Line, ReadResult, TextLine } from './block.ts';
import { isPageNumber } from './boilerplate.ts';
import { readCellLines } from './cell-lines.ts';
import { checkText } from './check-text.ts';
import { type ColumnRole, readHeaderRow } from './column-roles.ts';
import { detectLayout, type Layout, toTableRows } from './detect-layout.ts';
import { setGeneralPartAside } from './general-part.ts';
import { ImportError } from './import-error.ts';
import { type KnowsUnit, withWarnings } from './import-warnings.ts';
import { splitInlineOutline } from './inline-outline.ts';
import { findPlanTitle, readMetadata } from './metadata.ts';
import { endOfNoticeRequirements } from './notice-requirements.ts';
import { readOutlineLabel } from './outline-label.ts';
import { readParagraphs } from './read-paragraphs.ts';
import { readTableRows, type TableRow } from './read-table.ts';
import { joinSharedPages } from './shared-pages.ts';

export type ImportOptions = {
  /** The plan year when the author gives one; else read from the title, 文号 or date. */
  year?: number | undefined;
  /**
   * The year of the importer's clock, for a document that names none; without it such a document
   * is refused (`noYear`) rather than dated by whatever machine reads it.
   */
  thisYear?: number | undefined;
  fileName?: string;
  /** The author's column roles from the import review, by header words or "#n" (see columnKey). */
  columnChoices?: Readonly<Record<string, ColumnRole>>;
  /** Whether the importing office's tree knows a unit phrase: units it does not are warned of. */
  knowsUnit?: KnowsUnit;
};

const splitCells = (text: string) => text.split(/\t|(?<!\\)\|/).map((c) => c.trim());

/** The first line with a （一） / 1. numbered cell: the task outline has begun by then. */
function firstOutlineLine(lines: Line[]): number {
  const hit = lines.find((l) =>
    l.text.split(/\t|(?<!\\)\||<p>|<br\s*\/?>/).some((cell) => {
      const label = readOutlineLabel(cell.replace(/^[\s|"]+/, ''));
      return label !== null && label.level >= 2;
    }),
  );
  return hit?.n ?? (lines.at(-1)?.n ?? 0) + 1;
}

const toText = (lines: Line[]): TextLine[] =>
  lines.filter((l) => l.text.trim()).map((l) => ({ line: l.n, text: l.text.trim() }));

function tableOf(body: Line[], layout: Exclude<Layout, 'paragraphs'>): { rows: TableRow[]; other: Line[] } {
  if (layout !== 'cellLines') return toTableRows(body, layout);
  const table = readCellLines(body);
  return table ? { rows: [table.header, ...table.rows], other: table.other } : { rows: [], other: body };
}

function readBody(body: Line[], layout: Layout, options: ImportOptions): ReadResult {
  if (layout === 'paragraphs') return readParagraphs(body);
  const { rows, other } = tableOf(body, layout);
  const read = readTableRows(rows, options);
  const firstRow = rows[0]?.line ?? Number.POSITIVE_INFINITY;
  const notes = toText(other).filter((l) => !isPageNumber(l.text));
  const pages = toText(other).filter((l) => isPageNumber(l.text));
  return {
    ...read,
    preamble: [...notes.filter((l) => l.line < firstRow), ...read.preamble, ...pages],
    unplaced: [...read.unplaced, ...notes.filter((l) => l.line > firstRow)],
  };
}

/**
 * Imports a plan document given as text (web copy, text export, markdown, or what the docx/xlsx
 * readers produce) into a structured draft, detecting the layout: paragraphs (惠州, 贵溪),
 * markdown, tab-separated or pipe-separated tables (垫江).
 *
 * Nothing is dropped silently: the notice and introduction before the outline are `preamble`,
 * requirements and signature after it are `closing`, and what fits nowhere is `unplaced`, each
 * with its line number. Throws ImportError for empty, binary or oversized input, for text
 * without any numbered measure and for a document that names no year when no `thisYear` is given.
 */
export function importPlanText(text: string, options: ImportOptions = {}): PlanDraft {
  checkText(text, options.fileName);
  // Presentation, not text: markdown headings and emphasis ("# 标题" reads as "标题"), zero-width
  // characters and &nbsp; that web pages leave in copied text (they would hide a "1." label).
  const source: Line[] = text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/&nbsp;/g, ' ')
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*/g, '') }));
  // A sharing site's copy: its page numbers (1、 2、 3、) out, the pages joined, its blurb aside.
  const shared = joinSharedPages(source);
  const layout = detectLayout(shared.lines);
  // Paragraphs run together (those pages, a PDF copied as one run) are cut at their labels again.
  const lines = layout === 'paragraphs' ? splitInlineOutline(shared.lines) : shared.lines;
  // A table given one cell per line begins at its header, numbered or not.
  const tableHeader = layout === 'cellLines' ? readCellLines(lines)?.header.line : undefined;
  const outline = Math.min(firstOutlineLine(lines), tableHeader ?? Number.POSITIVE_INFINITY);
  const titleLine = findPlanTitle(lines.filter((l) => l.n < outline));
  // The body starts after the plan's own title: the notice before it is preamble even when its
  // paragraphs are numbered 一、二、 (垫江). Without a title, it starts at the first number.
  // Without the plan's title, a notice that sets its own requirements (提出如下工作要求) keeps its
  // numbered paragraphs: the plan starts after its signature, if the text holds the plan at all.
  const noticeEnd = titleLine ? null : endOfNoticeRequirements(lines, outline);
  const start = titleLine
    ? titleLine.n + 1
    : (noticeEnd ??
      Math.min(
        lines.find((l) => readOutlineLabel(l.text) || readHeaderRow(splitCells(l.text)))?.n ?? outline,
        outline,
      ));
  const body = lines.filter((l) => l.n >= start);
  const read = readBody(body, layout, options);

  const closing = read.unplaced.filter((u) => u.line > read.lastLine);
  const head = [...toText(lines.filter((l) => l.n < start)), ...read.preamble, ...toText(shared.site)].sort(
    (a, b) => a.line - b.line,
  );
  const meta = readMetadata(head, closing, titleLine ? { line: titleLine.n, text: titleLine.text } : null);
  const year =
    options.year ??
    [meta.title, meta.docNumber, meta.issuedOn]
      .map((s) => /(\d{4})/.exec(s ?? '')?.[1])
      .map(Number)
      .find((y) => y >= 1990 && y <= 2100) ??
    options.thisYear;
  // Without a year the measures are still read, so that text without any is refused as such first.
  const assembled = assembleDraft(read.blocks, { year: year ?? 0, issuedOn: meta.issuedOn });
  const { headings, items, aside } = setGeneralPartAside(assembled.headings, assembled.items);
  if (!items.length) {
    const notice = noticeEnd !== null && noticeEnd > (lines.at(-1)?.n ?? 0);
    throw new ImportError('noMeasures', {
      ...(options.fileName ? { file: options.fileName } : {}),
      ...(notice
        ? {
            detail: '只有印发通知及其工作要求，未见任务清单；任务清单常在附件中，请导入附件',
            detailEn: 'only the covering notice and its own requirements; the task list is probably an attachment',
          }
        : {}),
    });
  }
  if (year === undefined) throw new ImportError('noYear', { ...(options.fileName ? { file: options.fileName } : {}) });

  const unplaced = read.unplaced.filter((u) => u.line <= read.lastLine).sort((a, b) => a.line - b.line);
  const checked = withWarnings(items, unplaced, {
    year,
    ...(options.knowsUnit ? { knowsUnit: options.knowsUnit } : {}),
  });
  return {
    title: meta.title ?? options.fileName?.replace(/\.[^.]+$/, '') ?? '未命名计划',
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issuedOn: meta.issuedOn,
    year,
    basis: meta.basis,
    headings,
    items: checked.items,
    unplaced,
    preamble: [...head.filter((l) => l.line !== titleLine?.n), ...aside].sort((a, b) => a.line - b.line),
    closing,
    layout,
    columns: read.columns ?? [],
    summary: checked.summary,
  };
}
