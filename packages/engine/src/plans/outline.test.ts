import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import dianjiang from '../../../../tests/fixtures/import/dianjiang-county-2022.expected.json' with { type: 'json' };
import guixi from '../../../../tests/fixtures/import/guixi-city-2021.expected.json' with { type: 'json' };
import huizhou from '../../../../tests/fixtures/import/huizhou-city-2022.expected.json' with { type: 'json' };
import {
  chineseNumeral,
  insertOutlineItem,
  MAX_OUTLINE_DEPTH,
  moveOutlineItem,
  type OutlineMove,
  type OutlineRow,
  type PlacedRow,
  renumberOutline,
} from './outline.ts';

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

/** A seed document's imported outline: each heading the first time a measure under it appears. */
const SEED_DOCUMENTS = { 'huizhou-city-2022': huizhou, 'dianjiang-county-2022': dianjiang, 'guixi-city-2021': guixi };

function imported(name: keyof typeof SEED_DOCUMENTS): OutlineRow[] {
  const { items } = SEED_DOCUMENTS[name] as { items: { path: string[] }[] };
  const rows: OutlineRow[] = [];
  const seen = new Set<string>();
  for (const item of items)
    item.path.forEach((label, depth) => {
      const path = item.path.slice(0, depth + 1);
      if (seen.has(path.join(''))) return;
      seen.add(path.join(''));
      const kind = depth === item.path.length - 1 ? 'task' : 'section';
      rows.push({ id: path.join(''), kind, label, path });
    });
  return rows;
}

const paths = (rows: readonly PlacedRow[]) => rows.map((r) => r.path.join(''));
const moved = (rows: OutlineRow[], index: number, move: OutlineMove) => {
  const edit = moveOutlineItem(rows, (rows[index] as OutlineRow).id, move);
  if (!edit.ok) throw new Error(edit.message);
  return edit.rows;
};

describe('outline numbering', () => {
  it('writes Chinese numerals as 公文 do', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('renumbers tasks under each section from 1 in the style the plan already uses', () => {
    expect(paths(renumberOutline(DIANJIANG))).toEqual([
      '一、',
      '一、1.',
      '一、2.',
      '二、',
      '二、（一）',
      '二、（一）1.',
      '二、（一）2.',
      '二、（二）',
      '二、（二）1.',
    ]);
  });

  it('leaves the seed documents numbered as printed, measures running on through sections or not', () => {
    for (const name of Object.keys(SEED_DOCUMENTS) as (keyof typeof SEED_DOCUMENTS)[]) {
      const rows = imported(name);
      expect(paths(renumberOutline(rows)), name).toEqual(rows.map((r) => r.path.join('')));
    }
  });

  it('renumbers 惠州 measures 1–53 through all sections when one is added or moved', () => {
    const rows = imported('huizhou-city-2022');
    const three = rows.findIndex((r) => r.path.join('') === '（一）3.');
    const added = insertOutlineItem(rows, { id: 'new', kind: 'task' }, rows[three]?.id);
    expect(added.ok && paths(added.rows).slice(three, three + 4)).toEqual([
      '（一）3.',
      '（一）4.',
      '（二）',
      '（二）5.',
    ]);
    expect(added.ok && added.rows.at(-1)?.path.join('')).toBe('（十二）54.');
    const up = moved(
      rows,
      rows.findIndex((r) => r.path.join('') === '（二）5.'),
      'up',
    );
    expect(up.find((r) => r.id === '（二）5.')?.label).toBe('4.');
    expect(up.find((r) => r.id === '（二）4.')?.label).toBe('5.');
    expect(paths(up).slice(up.findIndex((r) => r.label === '6.'))).toEqual(
      paths(renumberOutline(rows)).slice(rows.findIndex((r) => r.label === '6.')),
    );
  });

  it('moves an item up with what is under it, renumbering both', () => {
    const rows = moved(DIANJIANG, 7, 'up');
    expect(paths(rows).slice(3)).toEqual([
      '二、',
      '二、（一）',
      '二、（一）1.',
      '二、（二）',
      '二、（二）1.',
      '二、（二）2.',
    ]);
    // The section that was （二） is now （一）, and keeps its own task.
    expect(rows[4]?.id).toBe(DIANJIANG[7]?.id);
    expect(rows[5]?.id).toBe(DIANJIANG[8]?.id);
    expect(rows[5]?.parentId).toBe(DIANJIANG[7]?.id);
  });

  it('indents a section under the one before it and outdents a task back after its section', () => {
    const indented = moved(DIANJIANG, 7, 'indent');
    // At depth 3 a section is numbered as the plan numbers its depth-3 tasks; depth 4 as 公文 do.
    expect(paths(indented).slice(4)).toEqual([
      '二、（一）',
      '二、（一）1.',
      '二、（一）2.',
      '二、（一）3.',
      '二、（一）3.（1）',
    ]);
    const outdented = moved(DIANJIANG, 5, 'outdent');
    expect(paths(outdented).slice(3)).toEqual([
      '二、',
      '二、（一）',
      '二、（一）1.',
      '二、1.',
      '二、（二）',
      '二、（二）1.',
    ]);
    expect(outdented[6]?.id).toBe(DIANJIANG[5]?.id);
  });

  it('says why a move is not possible and changes nothing', () => {
    const first = moveOutlineItem(DIANJIANG, DIANJIANG[0]?.id as string, 'up');
    expect(first).toEqual({ ok: false, message: '一、 已是本级第一项，无法上移' });
    const underTask = moveOutlineItem(DIANJIANG, DIANJIANG[2]?.id as string, 'indent');
    expect(underTask).toMatchObject({ ok: false, message: expect.stringContaining('只能降级到章节之下') });
    expect(moveOutlineItem(DIANJIANG, DIANJIANG[0]?.id as string, 'outdent')).toMatchObject({ ok: false });
  });

  it('numbers a new task after the one it follows and shifts the rest', () => {
    const edit = insertOutlineItem(DIANJIANG, { id: 'new', kind: 'task' }, DIANJIANG[5]?.id);
    expect(edit.ok && paths(edit.rows).slice(5, 8)).toEqual(['二、（一）1.', '二、（一）2.', '二、（一）3.']);
    expect(edit.ok && edit.rows[6]?.id).toBe('new');
    const inside = insertOutlineItem(DIANJIANG, { id: 'new', kind: 'task' }, DIANJIANG[7]?.id, true);
    expect(inside.ok && paths(inside.rows).slice(-2)).toEqual(['二、（二）1.', '二、（二）2.']);
    expect(insertOutlineItem(DIANJIANG, { id: 'new', kind: 'section' })).toMatchObject({
      ok: true,
      rows: expect.arrayContaining([expect.objectContaining({ id: 'new', path: ['三、'] })]),
    });
  });

  it('keeps every id, unique numbers and each item with its section through any sequence of moves', () => {
    const moves = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: DIANJIANG.length - 1 }),
        fc.constantFrom<OutlineMove>('up', 'down', 'indent', 'outdent'),
      ),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(moves, (steps) => {
        let rows: OutlineRow[] = renumberOutline(DIANJIANG);
        for (const [index, move] of steps) {
          const edit = moveOutlineItem(rows, (rows[index] as OutlineRow).id, move);
          if (edit.ok) rows = edit.rows;
        }
        const placed = renumberOutline(rows);
        expect(new Set(placed.map((r) => r.id))).toEqual(new Set(DIANJIANG.map((r) => r.id)));
        expect(new Set(paths(placed)).size).toBe(placed.length);
        const byId = new Map(placed.map((r) => [r.id, r]));
        for (const row of placed) {
          expect(row.path.length).toBeLessThanOrEqual(MAX_OUTLINE_DEPTH);
          const parent = row.parentId ? byId.get(row.parentId) : undefined;
          expect(row.path.slice(0, -1)).toEqual(parent?.path ?? []);
          if (parent) expect(parent.kind).toBe('section');
        }
        // The moves already numbered the outline: renumbering again changes nothing.
        expect(paths(placed)).toEqual(rows.map((r) => r.path.join('')));
      }),
      { numRuns: 300 },
    );
  });
});
