import type { UnitsByRole } from '@cascade/engine';
import type { OutlineLabel } from './outline-label.ts';

/** A numbered piece of the outline as read from the document, before it is placed. */
export type Block = {
  label: OutlineLabel['label'];
  level: OutlineLabel['level'];
  title: string;
  line: number;
  units?: UnitsByRole;
  /** A units line or cell as written, parsed when the item is assembled. */
  unitsText?: string;
  /** The deadline phrase from a deadline column or line, when the layout has one. */
  deadlineText?: string;
};

export type Unplaced = { line: number; text: string };

/** What a layout reader hands to the assembler. */
export type ReadResult = { blocks: Block[]; unplaced: Unplaced[]; preamble: Unplaced[] };
