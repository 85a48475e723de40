import { numberAsOwnOutline, type OutlineRow } from '../plans/outline.ts';

import { type TraceStep, traced } from './trace.ts';
import { say } from './trace-words.ts';

type Numbered = { label: string; path: string[]; sourceLabel: string; sourcePath?: string[]; trace?: TraceStep[] };

const KEY = '\u0001';

/**
 * A derived plan numbers its outline as its own (1. …), not with the parent's numbers: the
 * headings and tasks it kept, in order, renumbered in the parent's styles from 1. The parent's
 * label stays in `sourceLabel` and its path in `sourcePath`, for the trace and 逐项对照.
 */
export function numberDerivedItems<T extends Numbered>(items: readonly T[]): T[] {
  const rows: OutlineRow[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const path = item.sourcePath ?? item.path;
    for (let depth = 1; depth < path.length; depth++) {
      const prefix = path.slice(0, depth);
      const id = prefix.join(KEY);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({ id, kind: 'section', label: prefix.at(-1) as string, path: prefix });
    }
    rows.push({ id: `${path.join(KEY)}${KEY}task`, kind: 'task', label: path.at(-1) as string, path });
  }
  const placed = new Map(numberAsOwnOutline(rows).map((r) => [r.id, r]));
  return items.map((item) => {
    const path = item.sourcePath ?? item.path;
    const own = placed.get(`${path.join(KEY)}${KEY}task`);
    if (!own) return item;
    const renumbered = own.label !== item.sourceLabel && item.trace;
    const trace = renumbered
      ? [
          ...(item.trace ?? []),
          traced('label', 'numbering:ownOutline', say('ownNumbering'), { from: item.sourceLabel, to: own.label }),
        ]
      : item.trace;
    return { ...item, label: own.label, path: own.path, sourcePath: path, ...(trace ? { trace } : {}) };
  });
}

/** The own path of a parent heading, read off the first derived item under it. */
export function ownPathOfHeading(items: readonly Numbered[], sourcePath: readonly string[]): string[] | undefined {
  const under = items.find((i) => sourcePath.every((label, d) => (i.sourcePath ?? i.path)[d] === label));
  return under?.path.slice(0, sourcePath.length);
}
