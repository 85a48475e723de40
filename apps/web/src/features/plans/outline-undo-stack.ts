import { type OutlineMove, undoMoves } from '@cascade/engine';

/**
 * The outline's undo list (撤销): what was done, newest last, and what undoing it needs. Undo is
 * sent to the server as ordinary changes (moves back, 撤销删除), so the event log keeps it. Before
 * an undo the item must still stand where the change left it; when someone else moved it (or the
 * items around it) meanwhile, the entry cannot be undone and is dropped, with the reason.
 */

/** How many changes can be taken back. */
export const UNDO_LIMIT = 20;

/** The outline as the undo list reads it (a plan's items in document order). */
export type OutlineItem = {
  id: string;
  kind: 'section' | 'task';
  label: string;
  path: readonly string[];
  text: string;
};

/** Where an item stands: under which section, between which siblings. */
export type Place = { parentId: string | null; previousId: string | null; nextId: string | null };

type Subject = { itemId: string; label: string; text: string };

export type UndoEntry =
  | (Subject & { kind: 'move'; move: OutlineMove; inverse: OutlineMove[]; place: Place })
  | (Subject & { kind: 'add'; place: Place })
  | (Subject & { kind: 'remove'; notApplicable: boolean });

/** What an entry's words say was done: a move's name, 新增, 删除 or 标为不适用. */
export type UndoAction = OutlineMove | 'add' | 'remove' | 'notApplicable';

export function actionOf(entry: UndoEntry): UndoAction {
  if (entry.kind === 'move') return entry.move;
  if (entry.kind === 'remove') return entry.notApplicable ? 'notApplicable' : 'remove';
  return 'add';
}

/** The item as a person recognises it: its number then the start of its text ("3.建设全市规章库…"). */
export function subjectOf(entry: Pick<UndoEntry, 'label' | 'text'>, length = 16): string {
  const text = entry.text.length > length ? `${entry.text.slice(0, length)}…` : entry.text;
  return `${entry.label}${text}`;
}

export function placeOf(items: readonly OutlineItem[], id: string): Place | null {
  const index = items.findIndex((i) => i.id === id);
  if (index < 0) return null;
  const depth = (items[index] as OutlineItem).path.length;
  let parentId: string | null = null;
  let previousId: string | null = null;
  for (let i = index - 1; i >= 0; i--) {
    const d = (items[i] as OutlineItem).path.length;
    if (d === depth && previousId === null) previousId = (items[i] as OutlineItem).id;
    if (d < depth) {
      parentId = (items[i] as OutlineItem).id;
      break;
    }
  }
  let nextId: string | null = null;
  for (let i = index + 1; i < items.length; i++) {
    const d = (items[i] as OutlineItem).path.length;
    if (d < depth) break;
    if (d === depth) {
      nextId = (items[i] as OutlineItem).id;
      break;
    }
  }
  return { parentId, previousId, nextId };
}

const samePlace = (a: Place | null, b: Place) =>
  a !== null && a.parentId === b.parentId && a.previousId === b.previousId && a.nextId === b.nextId;

const subject = (items: readonly OutlineItem[], id: string): Subject => {
  const item = items.find((i) => i.id === id);
  return { itemId: id, label: item?.path.join('') ?? '', text: item?.text ?? '' };
};

/** A move just made: `before` and `after` are the outline on either side of it. */
export function moveEntry(
  before: readonly OutlineItem[],
  after: readonly OutlineItem[],
  id: string,
  move: OutlineMove,
): UndoEntry {
  const rows = before.map((i) => ({ id: i.id, kind: i.kind, label: i.label, path: i.path }));
  return {
    kind: 'move',
    ...subject(before, id),
    move,
    inverse: undoMoves(rows, id, move),
    place: placeOf(after, id) ?? { parentId: null, previousId: null, nextId: null },
  };
}

/** An item just added, as it stands in `after`. */
export function addEntry(after: readonly OutlineItem[], id: string): UndoEntry {
  return {
    kind: 'add',
    ...subject(after, id),
    place: placeOf(after, id) ?? { parentId: null, previousId: null, nextId: null },
  };
}

/** An item just removed (or, inherited, marked 不适用), as it stood in `before`. */
export function removeEntry(before: readonly OutlineItem[], id: string, notApplicable: boolean): UndoEntry {
  return { kind: 'remove', ...subject(before, id), notApplicable };
}

/** The list with one more change; the oldest fall off past the limit. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry, limit = UNDO_LIMIT): UndoEntry[] {
  return [...stack, entry].slice(-limit);
}

/** What undoing the newest entry is sent as; null when the outline changed under it meanwhile. */
export type UndoPlan =
  | { kind: 'moves'; itemId: string; moves: OutlineMove[] }
  | { kind: 'remove'; itemId: string }
  | { kind: 'restore'; itemId: string };

/**
 * How to undo `entry` on the outline as it is now: refused (null) when the item is no longer
 * where the change left it — someone else moved it, or the items beside it, meanwhile. A removal
 * is checked by the server, which knows where the item stood.
 */
export function planUndo(entry: UndoEntry, items: readonly OutlineItem[]): UndoPlan | null {
  if (entry.kind === 'remove') return { kind: 'restore', itemId: entry.itemId };
  if (!samePlace(placeOf(items, entry.itemId), entry.place)) return null;
  if (entry.kind === 'add') {
    // Only what was added: not once something was put under it meanwhile.
    const index = items.findIndex((i) => i.id === entry.itemId);
    const next = items[index + 1];
    if (next && next.path.length > (items[index] as OutlineItem).path.length) return null;
    return { kind: 'remove', itemId: entry.itemId };
  }
  return { kind: 'moves', itemId: entry.itemId, moves: entry.inverse };
}
