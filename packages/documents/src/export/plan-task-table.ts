import { type DraftItem, formatUnits, type PlanDraft } from '@cascade/engine';
import { readOutlineLabel } from '../import/outline-label.ts';

export type TaskColumnKey = 'number' | 'task' | 'measure' | 'lead' | 'responsible' | 'cooperate' | 'deadline';

export type TaskColumn = {
  key: TaskColumnKey;
  /** The header as official task tables print it (序号 / 工作任务 / 具体措施 …). */
  title: string;
  /** Share of the table's width, in percent. */
  width: number;
};

/**
 * A cell of a measure row: its paragraphs and how many rows it spans (merged down over the rows
 * below that say the same); 0, and no paragraphs, when a cell above covers it.
 */
export type TaskCell = { paragraphs: string[]; rowSpan: number };

export type TaskTableRow =
  /** An outline section above the 工作任务 column's level (一、 when there are （一） too): a full-width row. */
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'measure'; item: DraftItem; cells: Record<TaskColumnKey, TaskCell> };

export type TaskTable = { columns: TaskColumn[]; rows: TaskTableRow[] };

/** Written in a units or deadline cell that has nothing once a cell above has something: an empty cell would read as "same as above". */
export const NOTHING = '—';

const levelOf = (label: string) => readOutlineLabel(`${label}x`)?.level ?? 3;

/** Columns merged down over rows that say the same, within one 工作任务 group. */
const MERGED: readonly TaskColumnKey[] = ['lead', 'responsible', 'cooperate', 'deadline'];

function columnsFor(plan: PlanDraft): TaskColumn[] {
  const hasCooperate = plan.items.some((i) => i.units.cooperate.length > 0);
  const columns: TaskColumn[] = [
    { key: 'number', title: '序号', width: 6 },
    { key: 'task', title: '工作任务', width: 15 },
    { key: 'measure', title: '具体措施', width: hasCooperate ? 33 : 39 },
    { key: 'lead', title: '牵头单位', width: hasCooperate ? 11 : 13 },
    { key: 'responsible', title: '责任单位', width: hasCooperate ? 13 : 15 },
  ];
  // Only plans that name 配合单位 get the column; the usual table has five after 序号.
  if (hasCooperate) columns.push({ key: 'cooperate', title: '配合单位', width: 10 });
  columns.push({ key: 'deadline', title: '完成时限', width: 12 });
  return columns;
}

/**
 * A plan's task table (附件: 任务分工表) as the exporters print it, Word and Excel alike:
 * - the 工作任务 column holds the deepest 一、/（一） heading above each measure, merged down over
 *   its measures; headings above that one are full-width rows (一、 over （一）); deeper headings
 *   (1. over （1）) open the 具体措施 cell of their first measure;
 * - 具体措施 is the measure with its own label ("1.依托…"), 序号 counts the measures;
 * - units and deadline cells merge over consecutive measures of one task that say the same; a
 *   cell with nothing says "—", since an empty cell in these tables means "same as above".
 * Read back (readDocx / readXlsx + importPlanText) it gives the same measures, units and deadlines.
 */
export function planTaskTable(plan: PlanDraft): TaskTable {
  const columns = columnsFor(plan);
  const rows: TaskTableRow[] = [];
  let previousPath: string[] = [];
  const said = new Set<TaskColumnKey>();
  plan.items.forEach((item, index) => {
    const trail = item.path.slice(0, -1).map((label, i) => ({
      label,
      title: item.headings[i] ?? '',
      level: levelOf(label),
      key: item.path.slice(0, i + 1).join('/'),
    }));
    const taskAt = trail.findLastIndex((h) => h.level <= 2);
    const isNew = (i: number) => previousPath.slice(0, i + 1).join('/') !== trail[i]?.key;
    trail.forEach((h, i) => {
      if (i < taskAt && isNew(i)) rows.push({ kind: 'heading', text: `${h.label}${h.title}`, level: h.level });
    });
    const task = trail[taskAt];
    const inner = trail.slice(taskAt + 1).filter((_, k) => isNew(taskAt + 1 + k));
    const cell = (paragraphs: string[]): TaskCell => ({ paragraphs, rowSpan: 1 });
    // Nothing to say: an empty cell while no row above has said anything (so "same as above" is
    // nothing too), else "—".
    const orNothing = (key: TaskColumnKey, text: string) => {
      if (text) said.add(key);
      return text || (said.has(key) ? NOTHING : '');
    };
    const units = (role: 'lead' | 'responsible' | 'cooperate') => orNothing(role, formatUnits(item.units[role]));
    rows.push({
      kind: 'measure',
      item,
      cells: {
        number: cell([String(index + 1)]),
        task:
          task && !isNew(taskAt)
            ? { paragraphs: [], rowSpan: 0 }
            : { paragraphs: task ? [`${task.label}${task.title}`] : [], rowSpan: 1 },
        measure: cell([...inner.map((h) => `${h.label}${h.title}`), ...`${item.label}${item.text}`.split('\n')]),
        lead: cell([units('lead')]),
        responsible: cell([units('responsible')]),
        cooperate: cell([units('cooperate')]),
        deadline: cell([orNothing('deadline', item.deadline.text.trim())]),
      },
    });
    previousPath = item.path.slice(0, -1);
  });
  mergeRuns(rows);
  return { columns, rows };
}

/** Sets rowSpan over runs: the task column by its heading, the others by equal text within a task. */
function mergeRuns(rows: TaskTableRow[]): void {
  let start: Record<TaskColumnKey, TaskCell> | null = null;
  let taskStart: TaskCell | null = null;
  for (const row of rows) {
    if (row.kind === 'heading') {
      start = null;
      taskStart = null;
      continue;
    }
    const { cells } = row;
    if (cells.task.rowSpan === 0 && taskStart) taskStart.rowSpan++;
    else {
      taskStart = cells.task;
      start = null;
    }
    for (const key of MERGED) {
      const first = start?.[key];
      if (first && first.rowSpan > 0 && first.paragraphs.join() === cells[key].paragraphs.join()) {
        first.rowSpan++;
        cells[key] = { paragraphs: [], rowSpan: 0 };
      }
    }
    if (!start) start = { ...cells };
    for (const key of MERGED) if (cells[key].rowSpan > 0 && start) start[key] = cells[key];
  }
}
