/** What a table column holds, read from its header. */
export type ColumnRole = 'task' | 'measure' | 'lead' | 'responsible' | 'cooperate' | 'deadline' | 'number' | 'other';

const HEADERS: [RegExp, ColumnRole][] = [
  [/^(序号|编号)$/, 'number'],
  [/^(工作任务|重点任务|重点工作|任务|工作内容|主要任务|任务分类|工作要点|工作事项|工作类别)$/, 'task'],
  [
    /^(具体措施|落实举措|工作措施|具体任务|主要措施|任务内容|措施|具体内容|工作举措|主要内容|具体工作|工作要求|任务措施|具体举措|重点工作任务|工作任务及措施)$/,
    'measure',
  ],
  [/^(牵头单位|牵头部门|牵头科室|牵头科\(室\)|牵头股室|牵头处室|牵头)$/, 'lead'],
  [
    /^(责任单位|责任部门|责任科室|责任科\(室\)|责任股室|责任处室|落实单位|实施单位|责任主体|承办单位|具体落实单位|责任单位\(部门\))$/,
    'responsible',
  ],
  [/^(配合单位|配合部门|配合科室|协助单位|协办单位|参与单位)$/, 'cooperate'],
  [/^(完成时限|时间要求|完成时间|时限|办结时限|时间节点|进度安排|完成期限|时限要求|完成时间节点)$/, 'deadline'],
];

export function readColumnRole(cell: string): ColumnRole | null {
  const t = cell.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/\*\*/g, '');
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
 * Without a header row, the cells after a measure are read by what they say, over the whole
 * table: a column whose cells are mostly deadlines is the deadline; of the other columns one is
 * responsible, two are lead + responsible, three lead + responsible + cooperate.
 */
export function guessRolesAfterMeasure(after: string[][], isDeadline: (cell: string) => boolean): ColumnRole[] {
  const width = Math.max(0, ...after.map((cells) => cells.findLastIndex((c) => c.trim() !== '') + 1));
  const kinds = Array.from({ length: width }, (_, k) => {
    const values = after.map((cells) => cells[k]?.trim() ?? '').filter(Boolean);
    if (!values.length) return 'empty' as const;
    return values.filter(isDeadline).length * 2 >= values.length ? ('deadline' as const) : ('units' as const);
  });
  const unitCount = kinds.filter((k) => k === 'units').length;
  const unitRoles: ColumnRole[] =
    unitCount >= 3 ? ['lead', 'responsible', 'cooperate'] : unitCount === 2 ? ['lead', 'responsible'] : ['responsible'];
  let u = 0;
  return kinds.map((k) => (k === 'deadline' ? 'deadline' : k === 'units' ? (unitRoles[u++] ?? 'other') : 'other'));
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
