import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import huizhou from '../../../../tests/fixtures/import/huizhou-city-2022.expected.json' with { type: 'json' };
import { moveOutlineItem, type OutlineMove, type OutlineRow, renumberOutline } from './outline.ts';
import { reinsertOutlineBlock, undoMoves } from './outline-undo.ts';

/** An outline written as "depth kind label" lines, the way a clerk reads it top to bottom. */
function outline(spec: string): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const stack: string[] = [];
  for (const line of spec.trim().split('\n')) {
    const [depth, kind, label] = line.trim().split(' ') as [string, 'section' | 'task', string];
    stack.length = Number(depth) - 1;
    stack.push(label);
    rows.push({ id: `${kind}-${label}-${rows.length}`, kind, label, path: [...stack] });
  }
  return rows;
}

const DIANJIANG = outline(`
  1 section 一、
  2 task 1.
  2 task 2.
  1 section 二、
  2 section （一）
  3 task 1.
  3 task 2.
  2 section （二）
  3 task 3.
`);

/** 惠州's outline as imported: measures 1–53 numbered through all sections. */
function huizhouRows(): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const seen = new Set<string>();
  for (const item of (huizhou as { items: { path: string[] }[] }).items)
    item.path.forEach((_, depth) => {
      const path = item.path.slice(0, depth + 1);
      const id = path.join('');
      if (seen.has(id)) return;
      seen.add(id);
      rows.push({ id, kind: depth === item.path.length - 1 ? 'task' : 'section', label: path[depth] as string, path });
    });
  return rows;
}

const paths = (rows: readonly OutlineRow[]) => rows.map((r) => `${r.id}=${r.path.join('')}`);

function apply(rows: OutlineRow[], id: string, moves: OutlineMove[]): OutlineRow[] {
  let current = rows;
  for (const move of moves) {
    const edit = moveOutlineItem(current, id, move);
    if (!edit.ok) throw new Error(edit.message);
    current = edit.rows;
  }
  return current;
}

describe('undoing an outline change', () => {
  it('takes back 升级 of a task from the middle of its section: the numbers are as before', () => {
    const rows = huizhouRows();
    const one = rows.find((r) => r.path.join('') === '（一）1.') as OutlineRow;
    const siblings = rows.filter((r) => r.path[0] === '（一）' && r.path.length === 2).length;
    const promoted = apply(rows, one.id, ['outdent']);
    // Promoted, 1. became the heading （二） and every later heading moved down one.
    expect(promoted.find((r) => r.id === one.id)?.path).toEqual(['（二）']);
    expect(undoMoves(rows, one.id, 'outdent')).toEqual(['indent', ...Array(siblings - 1).fill('up')]);
    expect(paths(apply(promoted, one.id, undoMoves(rows, one.id, 'outdent')))).toEqual(paths(rows));
  });

  it('takes back any single move the outline allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: DIANJIANG.length - 1 }),
        fc.constantFrom<OutlineMove>('up', 'down', 'indent', 'outdent'),
        (index, move) => {
          const rows = renumberOutline(DIANJIANG);
          const id = (rows[index] as OutlineRow).id;
          const edit = moveOutlineItem(rows, id, move);
          if (!edit.ok) return;
          expect(paths(apply(edit.rows, id, undoMoves(rows, id, move)))).toEqual(paths(rows));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('puts a removed section back with its tasks, numbered as before, and refuses when its place is gone', () => {
    const rows = renumberOutline(DIANJIANG);
    const block = rows.slice(4, 7); // （一） with its 1. and 2.
    const left = renumberOutline(
      rows.filter((r) => !block.includes(r)),
      rows,
    );
    expect(left.find((r) => r.id === rows[7]?.id)?.label).toBe('（一）');
    const back = reinsertOutlineBlock(left, {
      rows: block,
      afterId: rows[3]?.id ?? null,
      parentId: rows[3]?.id ?? null,
    });
    expect(back.ok && paths(back.rows)).toEqual(paths(rows));
    // The section before it was removed meanwhile: not put under another section.
    const gone = left.filter((r) => r.id !== rows[3]?.id);
    expect(
      reinsertOutlineBlock(gone, { rows: block, afterId: rows[3]?.id ?? null, parentId: rows[3]?.id ?? null }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('无法恢复到原处') });
    // Already back: nothing to restore.
    expect(
      reinsertOutlineBlock(rows, { rows: block, afterId: rows[3]?.id ?? null, parentId: rows[3]?.id ?? null }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('已在大纲中') });
  });

  it('puts a removed measure back into a plan numbered 1–53 through its sections', () => {
    const rows = huizhouRows();
    const index = rows.findIndex((r) => r.path.join('') === '（一）3.');
    const removed = rows[index] as OutlineRow;
    const left = renumberOutline(
      rows.filter((r) => r !== removed),
      rows,
    );
    const back = reinsertOutlineBlock(left, {
      rows: [removed],
      afterId: rows[index - 1]?.id ?? null,
      parentId: rows.find((r) => r.path.join('') === '（一）')?.id ?? null,
    });
    expect(back.ok && paths(back.rows)).toEqual(paths(rows));
  });

  it('keeps a derived plan’s numbers when asked not to renumber', () => {
    const rows = renumberOutline(DIANJIANG);
    const left = rows.filter((r) => r.id !== rows[2]?.id);
    const back = reinsertOutlineBlock(
      left,
      { rows: [rows[2] as OutlineRow], afterId: rows[1]?.id ?? null, parentId: rows[0]?.id ?? null },
      false,
    );
    expect(back.ok && back.rows.map((r) => [r.id, r.label, r.parentId, r.position])).toEqual(
      rows.map((r) => [r.id, r.label, r.parentId, r.position]),
    );
  });
});
