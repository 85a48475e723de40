import {
  type DeadlineContext,
  type DraftItem,
  emptyUnits,
  type OutlineHeading,
  parseDeadline,
  parseUnitsByRoleCells,
  type UnitsByRole,
} from '@cascade/engine';
import type { Block } from './block.ts';
import { findDeadlineInText } from './deadline-in-text.ts';
import { mendSpaces } from './outline-label.ts';

/** How deep a block sits: a table column's rank first, then its number's level. */
const depth = (block: Block) => (block.rank ?? 0) * 10 + block.level;

const hasUnits = (b: Block) => Boolean(b.units || b.cells?.lead || b.cells?.responsible || b.cells?.cooperate);

/** A measure without units of its own takes those its heading names (一、… 〔牵头单位∶…〕 over 1. 2.). */
function unitsOf(block: Block, headings: Block[]): UnitsByRole {
  const from = hasUnits(block) ? block : (headings.findLast(hasUnits) ?? block);
  if (from.units) return from.units;
  return from.cells ? parseUnitsByRoleCells(from.cells) : emptyUnits();
}

/**
 * The deadline column or line wins (the measure's, else its heading's); without one, a deadline
 * phrase in the measure's own text.
 */
function deadlineOf(block: Block, headings: Block[], context: DeadlineContext) {
  const written = block.cells?.deadline ?? headings.findLast((h) => h.cells?.deadline)?.cells?.deadline;
  if (written) return parseDeadline(written, context);
  return findDeadlineInText(block.title, context) ?? parseDeadline('', context);
}

/**
 * Places the blocks into the outline: a block followed by a deeper one is a heading, the
 * others are the leaf measures, each with the labels of its headings as its path.
 */
export function assembleDraft(
  blocks: Block[],
  context: DeadlineContext,
): { headings: OutlineHeading[]; items: DraftItem[] } {
  const headings: OutlineHeading[] = [];
  const items: DraftItem[] = [];
  const stack: Block[] = [];
  blocks.forEach((block, i) => {
    while (stack.length && depth(stack.at(-1) as Block) >= depth(block)) stack.pop();
    const next = blocks[i + 1];
    if (block.kind === 'heading' || (next && depth(next) > depth(block))) {
      headings.push({ label: block.label, title: mendSpaces(block.title), level: block.level });
      stack.push(block);
      return;
    }
    items.push({
      label: block.label,
      path: [...stack.map((b) => b.label), block.label],
      headings: stack.map((b) => mendSpaces(b.title)),
      text: mendSpaces(block.title),
      units: unitsOf(block, stack),
      deadline: deadlineOf(block, stack, context),
      line: block.line,
      ...(block.extras ? { extras: block.extras } : {}),
    });
  });
  return { headings, items };
}
