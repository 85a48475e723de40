/** What a table column holds, read from its header. */
export type ColumnRole = 'task' | 'measure' | 'lead' | 'responsible' | 'cooperate' | 'deadline' | 'number' | 'other';

const HEADERS: [RegExp, ColumnRole][] = [
  [/^(序号|编号)$/, 'number'],
  [/^(工作任务|重点任务|任务|工作内容|主要任务|任务分类|工作要点)$/, 'task'],
  [/^(具体措施|落实举措|工作措施|具体任务|主要措施|任务内容|措施|具体内容|工作举措)$/, 'measure'],
  [/^(牵头单位|牵头部门|牵头)$/, 'lead'],
  [/^(责任单位|责任部门|落实单位|实施单位|责任主体|承办单位)$/, 'responsible'],
  [/^(配合单位|配合部门|协助单位|协办单位)$/, 'cooperate'],
  [/^(完成时限|时间要求|完成时间|时限|办结时限|时间节点|进度安排|完成期限)$/, 'deadline'],
];

export function readColumnRole(cell: string): ColumnRole | null {
  const t = cell.replace(/\s+/g, '');
  return HEADERS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** A header row names at least two known columns, one of them units or a measure. */
export function readHeaderRow(cells: string[]): ColumnRole[] | null {
  const roles = cells.map(readColumnRole);
  const known = roles.filter((r) => r !== null);
  if (known.length < 2 || !known.some((r) => r === 'measure' || r === 'lead' || r === 'responsible')) return null;
  return roles.map((r) => r ?? 'other');
}

/**
 * Without a header row, the cells after a measure are read by what they say: a deadline cell
 * is a deadline; of two unit cells the first is the lead unit; a lone one is responsible.
 */
export function guessRolesAfterMeasure(after: string[], isDeadline: (cell: string) => boolean): ColumnRole[] {
  const filled = after.map((c) => c.trim());
  const deadlineAt = filled.findIndex((c) => c && isDeadline(c));
  const unitSlots = (deadlineAt >= 0 ? filled.slice(0, deadlineAt) : filled).length;
  const units: ColumnRole[] =
    unitSlots >= 3 ? ['lead', 'responsible', 'cooperate'] : unitSlots === 2 ? ['lead', 'responsible'] : ['responsible'];
  return deadlineAt >= 0 ? [...units.slice(0, deadlineAt), 'deadline'] : units;
}

/** Unit and deadline columns after the measure column, in order: what the cells after a measure mean. */
export function rolesAfterMeasure(header: ColumnRole[] | null): ColumnRole[] {
  const fallback: ColumnRole[] = ['responsible', 'deadline'];
  if (!header) return fallback;
  const at = header.indexOf('measure');
  const after = (at >= 0 ? header.slice(at + 1) : header).filter(
    (r) => r !== 'other' && r !== 'number' && r !== 'task',
  );
  return after.length ? after : fallback;
}
