import type { UnitRole } from '@cascade/engine';
import type { Block, MeasureCells } from './block.ts';

/**
 * Units and deadlines stated once for a run of measures (惠州: measures 14–16, then one units line
 * and one deadline line for all three — a merged cell the text copy printed after the run).
 *
 * Rule: a units line belongs to every measure since the previous units line, even across a
 * task-group heading (a merged units cell can span rows of two groups: 惠州 37 shares the units
 * printed after 40); the deadline line after it belongs to the same run. With several unit
 * columns in the header (牵头单位 / 责任单位), successive units lines fill them in order. Measures
 * left without units at the end take those of the run above ("same as above").
 */
export class RunCarryOver {
  private pending: Block[] = [];
  private run: Block[] = [];
  private column = 0;
  private last: MeasureCells = {};

  /** @param unitRoles the unit columns in header order; ['responsible'] without a header. */
  constructor(private readonly unitRoles: UnitRole[]) {}

  addMeasure(block: Block): void {
    this.pending.push(block);
  }

  /** A block that turned out to be a heading (a deeper number followed it) takes no units. */
  dropMeasure(block: Block): void {
    this.pending = this.pending.filter((b) => b !== block);
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Whether a units line now would fill a further unit column of the run above. */
  expectsMoreUnits(): boolean {
    return this.pending.length === 0 && this.run.length > 0 && this.column < this.unitRoles.length;
  }

  /** Whether a deadline line now has measures to belong to. */
  expectsDeadline(): boolean {
    return this.run.some((b) => !b.cells?.deadline) || this.pending.length > 0;
  }

  unitsLine(text: string): void {
    if (this.pending.length) {
      this.run = this.pending;
      this.pending = [];
      this.column = 0;
      this.last = {};
    }
    const role = this.unitRoles[Math.min(this.column, this.unitRoles.length - 1)] ?? 'responsible';
    for (const b of this.run) b.cells = { ...b.cells, [role]: join(b.cells?.[role], text) };
    this.last = { ...this.last, [role]: join(this.last[role], text) };
    this.column++;
  }

  deadlineLine(text: string): void {
    const target = this.run.some((b) => !b.cells?.deadline) ? this.run : this.pending;
    for (const b of target) b.cells = { ...b.cells, deadline: text };
    this.last = { ...this.last, deadline: text };
  }

  /**
   * Labelled cells ("牵头单位：A；责任单位：B"): they open a run like a units line, or add to the
   * run above what it lacks. Returns false when there is nothing for them to belong to.
   */
  labelledCells(cells: MeasureCells): boolean {
    if (this.pending.length) {
      this.run = this.pending;
      this.pending = [];
      this.column = this.unitRoles.length;
      this.last = {};
    }
    const keys = Object.keys(cells) as (keyof MeasureCells)[];
    if (!this.run.length || this.run.some((b) => keys.some((k) => b.cells?.[k]))) return false;
    for (const b of this.run) b.cells = { ...b.cells, ...cells };
    this.last = { ...this.last, ...cells };
    return true;
  }

  /** Measures still waiting at the end take the cells of the run above them. */
  finish(): void {
    for (const b of this.pending) b.cells = { ...this.last, ...b.cells };
    this.pending = [];
  }
}

function join(before: string | undefined, text: string): string {
  return before ? `${before}；${text}` : text;
}

/**
 * Table cells: an empty cell means "same as above" (a merged cell), while a cell that says it is
 * empty ("—", "无", or a cell between two separators: the value '') is empty; a row that
 * continues the one above (a page break inside a row) appends its cells to the cells above instead.
 */
export function fillDown(above: MeasureCells, row: MeasureCells, continued: boolean): MeasureCells {
  const filled: MeasureCells = { ...above };
  for (const [role, value] of Object.entries(row) as [keyof MeasureCells, string | undefined][]) {
    if (value === undefined) continue;
    if (value === '') {
      if (!continued) delete filled[role];
      continue;
    }
    filled[role] = continued ? `${above[role] ?? ''}${value}` : value;
  }
  return filled;
}
