import type { ColumnRole } from './column-roles.ts';
import { readOutlineLabel } from './outline-label.ts';

const isTextRole = (r: ColumnRole) => r === 'task' || r === 'measure' || r === 'detail';

/** Share of a column's filled cells whose first paragraph carries a measure number (1. / （1）). */
function numberedShare(data: string[][][], at: number): { filled: number; numbered: number } {
  const firsts = data.map((cells) => cells[at]?.[0] ?? '').filter(Boolean);
  const numbered = firsts.filter((p) => (readOutlineLabel(p)?.level ?? 0) >= 3).length;
  return { filled: firsts.length, numbered };
}

/**
 * Which text column holds the measures, by what the rows say rather than the header alone: the
 * rightmost text column whose cells are numbered 1. 2. … and filled on about as many rows as the
 * text column after it (a column filled on fewer rows is a merged task column). Without numbers,
 * the header's reading stands (see resolveTextColumns). Columns left of the measure are tasks
 * (headings), text columns right of it its detail.
 */
export function settleTextColumns(roles: ColumnRole[], data: string[][][]): ColumnRole[] {
  const text = roles.flatMap((r, i) => (isTextRole(r) ? [i] : []));
  if (text.length < 2) return roles.map((r) => (isTextRole(r) ? 'measure' : r));
  const stats = text.map((i) => ({ i, ...numberedShare(data, i) }));
  const candidates = stats.filter((s, k) => {
    const next = stats[k + 1];
    const numbered = s.filled > 0 && s.numbered * 10 >= s.filled * 3;
    return numbered && (!next || s.filled * 10 >= next.filled * 8);
  });
  const measureAt = candidates.at(-1)?.i ?? roles.indexOf('measure');
  if (measureAt < 0) return roles;
  return roles.map((r, i) => {
    if (!isTextRole(r)) return r;
    if (i === measureAt) return 'measure';
    return i < measureAt ? 'task' : 'detail';
  });
}
