import type { OutlineEdit, OutlineMove, OutlineRow } from './outline.ts';
import { renumberOutline } from './outline.ts';

/**
 * Taking an outline change back (撤销): the moves that undo a move, and where a removed item
 * (with what was under it) goes back. Undo is sent as ordinary outline changes, so the event log
 * keeps it like any other edit.
 */

const depthOf = (row: OutlineRow) => row.path.length;

/**
 * The moves that bring `id` back to where it stood in `rows` before `move`: 上移 ↔ 下移, 降级 ↔ 升级,
 * and an 升级 of an item that had siblings after it is a 降级 (it becomes its section's last item
 * again) followed by one 上移 per sibling that came after it.
 */
export function undoMoves(rows: readonly OutlineRow[], id: string, move: OutlineMove): OutlineMove[] {
  if (move === 'up') return ['down'];
  if (move === 'down') return ['up'];
  if (move === 'indent') return ['outdent'];
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) return ['indent'];
  const depth = depthOf(rows[index] as OutlineRow);
  let siblingsAfter = 0;
  for (let i = index + 1; i < rows.length; i++) {
    const d = depthOf(rows[i] as OutlineRow);
    if (d < depth) break;
    if (d === depth) siblingsAfter++;
  }
  return ['indent', ...Array.from({ length: siblingsAfter }, () => 'up' as const)];
}

/**
 * Where a removed item stood: right after `afterId` in document order (the row before it, or the
 * top of the outline), under `parentId`. The block is the item with the rows that were under it,
 * as they were numbered then.
 */
export type RemovedBlock = { rows: readonly OutlineRow[]; afterId: string | null; parentId: string | null };

/**
 * Puts a removed block back at its place and numbers the outline as it is now counted. Refused
 * when the place is gone (the row before it or its section was removed or moved, or the block's
 * ids are in use again): the block would otherwise land under another section or take over
 * someone else's items.
 */
export function reinsertOutlineBlock(rows: readonly OutlineRow[], block: RemovedBlock, renumber = true): OutlineEdit {
  const root = block.rows[0];
  if (!root) return { ok: false, message: '没有可恢复的事项' };
  const ids = new Set(rows.map((r) => r.id));
  if (block.rows.some((r) => ids.has(r.id))) return { ok: false, message: `${root.label} 已在大纲中，无需恢复` };
  const at = block.afterId === null ? 0 : rows.findIndex((r) => r.id === block.afterId) + 1;
  if (at === 0 && block.afterId !== null)
    return { ok: false, message: `${root.label} 原来的位置已不在大纲中（前一项已被删除），无法恢复到原处` };
  // The section it sits under once back: the nearest row before it one level up.
  const depth = depthOf(root);
  let parent: OutlineRow | undefined;
  for (let i = at - 1; i >= 0; i--) {
    const d = depthOf(rows[i] as OutlineRow);
    if (d < depth) {
      parent = rows[i];
      break;
    }
  }
  const next = rows[at];
  if ((parent?.id ?? null) !== block.parentId || (depth > 1 && !parent) || (next && depthOf(next) > depth))
    return { ok: false, message: `${root.label} 原来所在的章节已被调整，无法恢复到原处` };
  const order = [...rows.slice(0, at), ...block.rows, ...rows.slice(at)];
  if (!renumber) {
    // A derived plan keeps its superior's numbers: only the order changes.
    const stack: OutlineRow[] = [];
    return {
      ok: true,
      rows: order.map((r, position) => {
        while (stack.length && depthOf(stack[stack.length - 1] as OutlineRow) >= depthOf(r)) stack.pop();
        const parentId = stack[stack.length - 1]?.id ?? null;
        stack.push(r);
        return { id: r.id, kind: r.kind, label: r.label, path: [...r.path], parentId, position };
      }),
    };
  }
  // Numbered as the outline is counted now (without the block), so numbers that run on through
  // the plan keep running on.
  return { ok: true, rows: renumberOutline(order, rows) };
}
