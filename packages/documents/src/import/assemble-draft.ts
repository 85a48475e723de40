import {
  type DraftItem,
  emptyUnits,
  type OutlineHeading,
  parseDeadline,
  parseUnitsByRoleCells,
  parseUnitsInline,
  type UnitRole,
  type UnitsByRole,
} from '@cascade/engine';
import type { Block } from './block.ts';
import { mendSpaces } from './outline-label.ts';
import type { MeasureCells } from './read-table.ts';

/** Deadline phrases inside a measure's own text, for layouts without a deadline column. */
const DEADLINE_IN_TEXT =
  /(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*)?(?:底|末)?(?:前|之前)|\d{4}\s*年(?:底|末)|年底前|长期坚持|每(?:个)?季度|每半年|每年至少[^，。；,;]{0,12}次|\d+\s*个?工作日内|印发\d+日内/;

export type AssembleOptions = {
  year: number;
  issuedOn: string | null;
  defaultRole: UnitRole;
  cells?: Map<Block, MeasureCells>;
};

function unitsOf(block: Block, options: AssembleOptions): UnitsByRole {
  if (block.units) return block.units;
  const cells = options.cells?.get(block);
  if (cells) return parseUnitsByRoleCells(cells);
  if (block.unitsText) return parseUnitsInline(block.unitsText, options.defaultRole);
  return emptyUnits();
}

function deadlineOf(block: Block, options: AssembleOptions) {
  const context = { year: options.year, issuedOn: options.issuedOn };
  const written = block.deadlineText ?? options.cells?.get(block)?.deadline;
  if (written) return parseDeadline(written, context);
  const inText = DEADLINE_IN_TEXT.exec(block.title);
  const phrase = inText?.[0].trim();
  if (phrase && phrase !== '前' && phrase !== '之前') {
    const d = parseDeadline(phrase, context);
    if (d.kind !== 'unspecified') return d;
  }
  return parseDeadline('', context);
}

/**
 * Places the blocks into the outline: a block followed by a deeper one is a heading, the
 * others are the leaf measures, each with the labels of its headings as its path.
 */
export function assembleDraft(
  blocks: Block[],
  options: AssembleOptions,
): { headings: OutlineHeading[]; items: DraftItem[] } {
  const headings: OutlineHeading[] = [];
  const items: DraftItem[] = [];
  const stack: Block[] = [];
  blocks.forEach((block, i) => {
    while (stack.length && (stack.at(-1) as Block).level >= block.level) stack.pop();
    const next = blocks[i + 1];
    if (next && next.level > block.level) {
      headings.push({ label: block.label, title: block.title, level: block.level });
      stack.push(block);
      return;
    }
    const units = unitsOf(block, options);
    items.push({
      label: block.label,
      path: [...stack.map((b) => b.label), block.label],
      headings: stack.map((b) => b.title),
      text: mendSpaces(block.title),
      units,
      deadline: deadlineOf(block, options),
      line: block.line,
    });
  });
  return { headings, items };
}
