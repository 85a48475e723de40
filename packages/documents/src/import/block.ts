import type { UnitRole, UnitsByRole } from '@cascade/engine';
import type { OutlineLabel } from './outline-label.ts';

/** A line of the source text with its 1-based number. */
export type Line = {
  n: number;
  text: string;
  /**
   * Lines joined into this one (the pages of a document-sharing site's copy, see shared-pages):
   * the offset in `text` where each began and its line number, so text cut from it keeps its line.
   */
  joined?: { at: number; n: number }[];
};

/** Text kept with its line: unplaced, preamble or closing. */
export type TextLine = { line: number; text: string };

/** Unit and deadline cells of a measure as written (a table's columns, or the lines after a run). */
export type MeasureCells = Partial<Record<UnitRole | 'deadline', string>>;

/** A numbered piece of the outline as read from the document, before it is placed. */
export type Block = {
  label: OutlineLabel['label'];
  level: OutlineLabel['level'];
  title: string;
  line: number;
  /** Units already parsed (from a 〔牵头单位∶…〕 annotation). */
  units?: UnitsByRole;
  /** Unit and deadline cells as written, parsed when the item is assembled. */
  cells?: MeasureCells;
  /**
   * A table's column rank: headings of a task column nest over measures of the measure column
   * whatever their numbers say ("1.行政规范性文件集中公开" over "1.开展…"). Absent in prose.
   */
  rank?: number;
  /** Read from a task column: a heading even with no deeper number after it. */
  kind?: 'heading';
  /** Cells of columns kept aside (备注, 完成情况, 分值), with their header. */
  extras?: { column: string; text: string }[];
};

/** What a layout reader hands to the assembler. */
export type ReadResult = {
  blocks: Block[];
  unplaced: TextLine[];
  /** Recognised text that is not part of the outline: the plan's introduction, table headers. */
  preamble: TextLine[];
  /** The last line that belongs to the outline (a measure, its units or its deadline). */
  lastLine: number;
  /** A table's columns as read (none for prose). */
  columns?: { key: string; header: string; role: import('./column-roles.ts').ColumnRole }[];
};
