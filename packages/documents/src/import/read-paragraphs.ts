import { dedupeUnits, saysNone, type UnitRole, type UnitsByRole } from '@cascade/engine';
import type { Block, Line, ReadResult } from './block.ts';
import { isPageNumber } from './boilerplate.ts';
import { RunCarryOver } from './carry-over.ts';
import { type ColumnRole, readColumnRole } from './column-roles.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';
import { isDeadlineLine, isUnitsLine, readLabelledCells, readUnitsAnnotation } from './units-annotation.ts';

/** Unit columns of a header read line by line (惠州: 工作任务 / 具体措施 / 责任单位 / 完成时限). */
function unitRolesOf(header: ColumnRole[]): UnitRole[] {
  const roles = header.filter((r): r is UnitRole => r === 'lead' || r === 'responsible' || r === 'cooperate');
  return roles.length ? roles : ['responsible'];
}

const mergeUnits = (a: UnitsByRole, b: UnitsByRole): UnitsByRole =>
  dedupeUnits({
    lead: [...a.lead, ...b.lead],
    responsible: [...a.responsible, ...b.responsible],
    cooperate: [...a.cooperate, ...b.cooperate],
  });

/** A measure whose text ends a sentence: what follows is more likely its units than its text. */
/**
 * The last character of a block's text as it grows line by line: reading it off the text itself
 * flattens the ever longer joined string on every line (quadratic on a long run of lines).
 */
const tails = new WeakMap<Block, string>();
const ends = (block: Block) => /[。；;！!]/.test(tails.get(block) ?? block.title.slice(-1));

/** Lines that end a units cell broken over lines: a new number, a deadline, a header, a label. */
const endsUnits = (text: string) =>
  Boolean(
    readOutlineLabel(text) ||
      isDeadlineLine(text) ||
      isPageNumber(text) ||
      readColumnRole(text) ||
      readLabelledCells(text),
  );

/**
 * A units cell at line i, joined with the next lines when a narrow column broke it ("…县直其他单位按
 * 职能分工" + "落实"); the join is tried only after a finished sentence. Returns the text and the
 * index of its last line, or null.
 */
function readUnitsAt(lines: Line[], i: number, mayJoin: boolean): { text: string; end: number } | null {
  let text = (lines[i] as Line).text.trim();
  let isUnits = isUnitsLine(text);
  let end = i;
  for (let j = i + 1; mayJoin && j < lines.length && j <= i + 3; j++) {
    const next = (lines[j] as Line).text.trim();
    if (endsUnits(next) || /[。！？]/.test(text + next)) break;
    if (isUnits && (isUnitsLine(next) || !isUnitsLine(text + next))) break;
    text += next;
    isUnits = isUnitsLine(text);
    if (isUnits) end = j;
  }
  return isUnits ? { text: end === i ? (lines[i] as Line).text.trim() : joinTo(lines, i, end), end } : null;
}

const joinTo = (lines: Line[], from: number, to: number) =>
  lines
    .slice(from, to + 1)
    .map((l) => l.text.trim())
    .join('');

/**
 * Reads plain-text layouts line by line: 惠州 (a table copied as text: each cell its own
 * paragraph — numbered measures, then a units line and a deadline line for the run above) and
 * 贵溪 (prose paragraphs ending in 〔牵头单位∶…；责任单位∶…〕). A line without a number continues
 * the measure above while it still waits for its units; anything else that fits nowhere is
 * returned as unplaced.
 */
export function readParagraphs(lines: Line[]): ReadResult {
  const blocks: Block[] = [];
  const result: ReadResult = { blocks, unplaced: [], preamble: [], lastLine: 0 };
  const header: ColumnRole[] = [];
  let runs = new RunCarryOver(['responsible']);
  /** The last block while its text may still continue on the next line. */
  let open: Block | null = null;
  /** A 序号 cell ("12" on its own line) waiting for the measure text it numbers. */
  let number: string | null = null;

  const filled = lines.filter((l) => l.text.trim());
  for (let i = 0; i < filled.length; i++) {
    const line = filled[i] as Line;
    const text = line.text.trim();
    if (isPageNumber(text)) {
      result.preamble.push({ line: line.n, text });
      continue;
    }
    if (/^\d{1,3}$/.test(text)) {
      // A 序号 cell when the header has that column; otherwise a bare page number.
      if (header.includes('number')) number = text;
      else result.preamble.push({ line: line.n, text });
      continue;
    }
    const role = readColumnRole(text);
    if (role) {
      // Header cells of a table copied as text, one per line, before the first row; later
      // ones are the header repeated on a new page.
      if (!blocks.length) {
        header.push(role);
        runs = new RunCarryOver(unitRolesOf(header));
      }
      result.preamble.push({ line: line.n, text });
      continue;
    }
    const numbered = number && !readOutlineLabel(text) && !isUnitsLine(text) && !isDeadlineLine(text);
    const label = numbered ? { label: `${number}.`, level: 3 as const, rest: text } : readOutlineLabel(text);
    if (label && label.level >= 3) number = null;
    if (label) {
      if (label.level <= (blocks.at(-1)?.level ?? 0)) setBareLabelAside(blocks, runs, result);
      const previous = blocks.at(-1);
      // A deeper number right after a block makes that block a heading, not a measure.
      if (previous && label.level > previous.level) runs.dropMeasure(previous);
      const annotation = readUnitsAnnotation(label.rest);
      const block: Block = {
        label: label.label,
        level: label.level,
        title: mendSpaces(annotation ? annotation.rest : label.rest),
        line: line.n,
      };
      if (annotation) {
        block.units = annotation.units;
        if (annotation.deadlineText) block.cells = { deadline: annotation.deadlineText };
      } else {
        runs.addMeasure(block);
      }
      blocks.push(block);
      // Notes inside the paragraph leave it open: a note on the next line may still follow.
      open = annotation && !annotation.inline ? null : block;
      result.lastLine = line.n;
      continue;
    }
    if (!blocks.length) {
      // Before the first number: the plan's own introduction (贵溪 "2021年是…").
      result.preamble.push({ line: line.n, text });
      continue;
    }
    if (saysNone(text) && (runs.hasPending() || runs.expectsMoreUnits() || runs.expectsDeadline())) {
      // A cell written empty ("—", "/"): it holds its column's place in the run.
      if (runs.hasPending() || runs.expectsMoreUnits()) runs.unitsLine(text);
      else runs.deadlineLine(text);
      open = null;
      result.lastLine = line.n;
      continue;
    }
    const labelled = readLabelledCells(text);
    const previous = blocks.at(-1) as Block;
    const units =
      !labelled && (runs.hasPending() || runs.expectsMoreUnits()) ? readUnitsAt(filled, i, !open || ends(open)) : null;
    if (labelled && runs.labelledCells(labelled)) {
      open = null;
    } else if (labelled && previous.units && !previous.cells?.deadline && labelled.deadline && !open) {
      // "完成时限：…" under a paragraph whose units came in its own 〔…〕 annotation.
      previous.cells = { ...previous.cells, deadline: labelled.deadline };
    } else if (units) {
      runs.unitsLine(units.text);
      i = units.end;
      open = null;
    } else if (isDeadlineLine(text) && runs.expectsDeadline()) {
      runs.deadlineLine(text);
      open = null;
    } else if (open) {
      // The measure's text goes on (a second paragraph, or a line broken by copying).
      const annotation = readUnitsAnnotation(text);
      // Only the new part is mended: the text so far already is, and mending it again on every
      // line made a long run of continuation lines quadratic.
      const more = mendSpaces(annotation ? annotation.rest : text);
      open.title = `${open.title}${more}`;
      if (more) tails.set(open, more.slice(-1));
      if (annotation) {
        open.units = open.units ? mergeUnits(open.units, annotation.units) : annotation.units;
        if (annotation.deadlineText) open.cells = { ...open.cells, deadline: annotation.deadlineText };
        runs.dropMeasure(open);
        if (!annotation.inline) open = null;
      }
    } else {
      result.unplaced.push({ line: line.n, text });
      continue;
    }
    result.lastLine = (filled[i] as Line).n;
  }
  setBareLabelAside(blocks, runs, result);
  runs.finish();
  return result;
}

/**
 * A label no text followed before the next label of its level or the end ("…跟进解读。(二)" where a
 * fragment stops) numbers nothing: no measure, reported as unplaced with its line.
 */
function setBareLabelAside(blocks: Block[], runs: RunCarryOver, result: ReadResult): void {
  const last = blocks.at(-1);
  if (!last || last.title || last.units || last.cells) return;
  blocks.pop();
  runs.dropMeasure(last);
  result.unplaced.push({ line: last.line, text: last.label });
}
