import { moveOutlineItem, type OutlineMove } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import {
  actionOf,
  addEntry,
  moveEntry,
  type OutlineItem,
  planUndo,
  pushUndo,
  removeEntry,
  subjectOf,
  UNDO_LIMIT,
  type UndoEntry,
} from './outline-undo-stack.ts';

/** An outline written as "depth kind label text" lines. */
function outline(spec: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  const stack: string[] = [];
  for (const line of spec.trim().split('\n')) {
    const [depth, kind, label, text] = line.trim().split(' ') as [string, 'section' | 'task', string, string];
    stack.length = Number(depth) - 1;
    stack.push(label);
    items.push({ id: text, kind, label, path: [...stack], text });
  }
  return items;
}

const PLAN = outline(`
  1 section （一） 公开
  2 task 1. 建设全市规章库专栏
  2 task 2. 组织村民参与村务公开
  2 task 3. 公开重大项目审批信息
  1 section （二） 解读
  2 task 4. 做好政策解读
`);

/** The outline after `move`, as the server answers it. */
function moved(items: OutlineItem[], id: string, move: OutlineMove): OutlineItem[] {
  const edit = moveOutlineItem(items, id, move);
  if (!edit.ok) throw new Error(edit.message);
  const text = new Map(items.map((i) => [i.id, i.text]));
  return edit.rows.map((r) => ({ ...r, text: text.get(r.id) ?? '' }));
}

describe('the outline’s undo list', () => {
  it('names what it will undo by the number the item had and its text', () => {
    const after = moved(PLAN, '组织村民参与村务公开', 'outdent');
    const entry = moveEntry(PLAN, after, '组织村民参与村务公开', 'outdent');
    expect(actionOf(entry)).toBe('outdent');
    expect(subjectOf(entry)).toBe('（一）2.组织村民参与村务公开');
    expect(subjectOf({ label: '3.', text: '一二三四五六七八九十一二三四五六七八' }, 8)).toBe('3.一二三四五六七八…');
    expect(actionOf(removeEntry(PLAN, '做好政策解读', true))).toBe('notApplicable');
  });

  it('undoes 升级 from the middle of a section as 降级 then 上移, while the item stands where it was left', () => {
    const after = moved(PLAN, '组织村民参与村务公开', 'outdent');
    const entry = moveEntry(PLAN, after, '组织村民参与村务公开', 'outdent');
    expect(planUndo(entry, after)).toEqual({ kind: 'moves', itemId: '组织村民参与村务公开', moves: ['indent', 'up'] });
    // Someone else moved the heading after it meanwhile: its place is not the one left, so no undo.
    const meanwhile = moved(after, '解读', 'up');
    expect(planUndo(entry, meanwhile)).toBeNull();
  });

  it('undoes an addition by removing it, unless something was put under it meanwhile', () => {
    const withSection = [
      ...PLAN,
      { id: '新章节', kind: 'section' as const, label: '（三）', path: ['（三）'], text: '新章节' },
    ];
    const entry = addEntry(withSection, '新章节');
    expect(planUndo(entry, withSection)).toEqual({ kind: 'remove', itemId: '新章节' });
    const filled = [
      ...withSection,
      { id: '新任务', kind: 'task' as const, label: '5.', path: ['（三）', '5.'], text: '新任务' },
    ];
    expect(planUndo(entry, filled)).toBeNull();
  });

  it('restores a removal through the server, which knows where it stood', () => {
    expect(planUndo(removeEntry(PLAN, '公开', false), PLAN.slice(4))).toEqual({ kind: 'restore', itemId: '公开' });
  });

  it(`keeps the last ${UNDO_LIMIT} changes, newest last`, () => {
    let stack: UndoEntry[] = [];
    for (let i = 0; i < UNDO_LIMIT + 5; i++)
      stack = pushUndo(stack, { ...removeEntry(PLAN, '公开', false), label: `${i}` });
    expect(stack).toHaveLength(UNDO_LIMIT);
    expect(stack.at(-1)?.label).toBe(`${UNDO_LIMIT + 4}`);
    expect(stack[0]?.label).toBe('5');
  });
});
