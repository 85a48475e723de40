import type { PlanDraft } from '@cascade/engine';
import { assembleDraft } from './assemble-draft.ts';
import type { ReadResult } from './block.ts';
import { detectLayout, toTableRows } from './detect-layout.ts';
import { ImportError } from './import-error.ts';
import { type Line, readMetadata } from './metadata.ts';
import { readOutlineLabel } from './outline-label.ts';
import { readParagraphs } from './read-paragraphs.ts';
import { type MeasureCells, readTableRows } from './read-table.ts';

export type ImportOptions = { year?: number; fileName?: string };

/** Larger pastes are refused rather than risk a slow parse; real plans are well under 1 MB. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

function checkText(text: string): void {
  if (text.length > MAX_TEXT_BYTES)
    throw new ImportError('tooLarge', `${(text.length / 1024 / 1024).toFixed(1)} MB，上限 8 MB`);
  if (!text.trim()) throw new ImportError('empty');
  const sample = text.slice(0, 20_000);
  // Control characters (other than tab and line breaks) and U+FFFD mark bytes that were not text.
  let control = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  if (sample.includes('\u0000') || control > sample.length * 0.02) throw new ImportError('binary');
}

/** The first line with a （一） / 1. numbered cell: the task outline has begun by then. */
function firstOutlineLine(lines: Line[]): number {
  const hit = lines.find((l) =>
    l.text.split(/\t|(?<!\\)\||<p>/).some((cell) => {
      const label = readOutlineLabel(cell.replace(/^[\s|]+/, ''));
      return label !== null && label.level >= 2;
    }),
  );
  return hit?.n ?? 1;
}

/**
 * The body starts after the plan's own title, the last one before the outline begins; the
 * notice before it is preamble even when its paragraphs are numbered 一、二、.
 */
function bodyStart(lines: Line[]): number {
  const outline = firstOutlineLine(lines);
  const meta = readMetadata(lines, outline);
  return meta.titleLine !== null
    ? meta.titleLine + 1
    : Math.min(outline, lines.find((l) => readOutlineLabel(l.text))?.n ?? outline);
}

/**
 * Imports a plan document given as text (web copy, text export, markdown, or what the docx/xlsx
 * readers produce) into a structured draft. What cannot be placed is returned in `unplaced`
 * with its line number; nothing is dropped silently.
 */
export function importPlanText(
  text: string,
  options: ImportOptions = {},
): PlanDraft & { preamble: ReadResult['preamble'] } {
  checkText(text);
  // Markdown headings and emphasis are presentation, not text: "# 标题" reads as "标题".
  const lines: Line[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*/g, '') }));
  const start = bodyStart(lines);
  const body = lines.filter((l) => l.n >= start);
  const meta = readMetadata(lines, start);
  const layout = detectLayout(body);

  let read: ReadResult;
  let cells: Map<never, MeasureCells> | undefined;
  let defaultRole: 'lead' | 'responsible' = 'responsible';
  if (layout === 'paragraphs') {
    const r = readParagraphs(body);
    read = r;
    defaultRole = r.defaultRole;
  } else {
    const { rows, other } = toTableRows(body, layout);
    const r = readTableRows(rows);
    const firstRow = rows[0]?.line ?? Number.POSITIVE_INFINITY;
    const notes = other.filter((l) => l.text.trim());
    read = {
      blocks: r.blocks,
      preamble: notes.filter((l) => l.n < firstRow).map((l) => ({ line: l.n, text: l.text.trim() })),
      unplaced: [
        ...r.unplaced,
        ...notes.filter((l) => l.n > firstRow).map((l) => ({ line: l.n, text: l.text.trim() })),
      ],
    };
    cells = r.cells as Map<never, MeasureCells>;
  }
  const titleYear = /(\d{4})\s*年/.exec(meta.title ?? '')?.[1];
  const year = options.year ?? (titleYear ? Number(titleYear) : new Date().getFullYear());
  const { headings, items } = assembleDraft(read.blocks, {
    year,
    issuedOn: meta.issuedOn,
    defaultRole,
    ...(cells ? { cells } : {}),
  });
  if (!items.length) throw new ImportError('noMeasures', options.fileName);
  return {
    title: meta.title ?? options.fileName ?? '未命名计划',
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issuedOn: meta.issuedOn,
    year,
    basis: meta.basis,
    headings,
    items,
    unplaced: read.unplaced.sort((a, b) => a.line - b.line),
    preamble: [
      ...lines.filter((l) => l.n < start && l.text.trim()).map((l) => ({ line: l.n, text: l.text.trim() })),
      ...read.preamble,
    ],
  };
}
