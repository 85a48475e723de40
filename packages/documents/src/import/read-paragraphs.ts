import type { UnitRole } from '@cascade/engine';
import type { Block, Line, ReadResult } from './block.ts';
import { RunCarryOver } from './carry-over.ts';
import { type ColumnRole, readColumnRole } from './column-roles.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';
import { isDeadlineLine, isUnitsLine, readLabelledCells, readUnitsAnnotation } from './units-annotation.ts';

/** Unit columns of a header read line by line (惠州: 工作任务 / 具体措施 / 责任单位 / 完成时限). */
function unitRolesOf(header: ColumnRole[]): UnitRole[] {
  const roles = header.filter((r): r is UnitRole => r === 'lead' || r === 'responsible' || r === 'cooperate');
  return roles.length ? roles : ['responsible'];
}

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

  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
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
    const label = readOutlineLabel(text);
    if (label) {
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
      open = annotation ? null : block;
      result.lastLine = line.n;
      continue;
    }
    if (!blocks.length) {
      // Before the first number: the plan's own introduction (贵溪 "2021年是…").
      result.preamble.push({ line: line.n, text });
      continue;
    }
    const labelled = readLabelledCells(text);
    const previous = blocks.at(-1) as Block;
    if (labelled && runs.labelledCells(labelled)) {
      open = null;
    } else if (labelled && previous.units && !previous.cells?.deadline && labelled.deadline && !open) {
      // "完成时限：…" under a paragraph whose units came in its own 〔…〕 annotation.
      previous.cells = { ...previous.cells, deadline: labelled.deadline };
    } else if (isUnitsLine(text) && (runs.hasPending() || runs.expectsMoreUnits())) {
      runs.unitsLine(text);
      open = null;
    } else if (isDeadlineLine(text) && runs.expectsDeadline()) {
      runs.deadlineLine(text);
      open = null;
    } else if (open) {
      // The measure's text goes on (a second paragraph, or a line broken by copying).
      const annotation = readUnitsAnnotation(text);
      open.title = mendSpaces(`${open.title}${annotation ? annotation.rest : text}`);
      if (annotation) {
        open.units = annotation.units;
        if (annotation.deadlineText) open.cells = { ...open.cells, deadline: annotation.deadlineText };
        runs.dropMeasure(open);
        open = null;
      }
    } else {
      result.unplaced.push({ line: line.n, text });
      continue;
    }
    result.lastLine = line.n;
  }
  runs.finish();
  return result;
}
