// The ledger is a virtualized grid: ARIA table roles on divs (a <table> cannot absolutely position its rows), see biome.json.
import {
  type ColumnDef,
  createSolidTable,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
} from '@tanstack/solid-table';
import { createVirtualizer } from '@tanstack/solid-virtual';
import { createEffect, createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import type { LedgerRow } from '../../api/client.ts';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { LIGHT_LABELS, rowStateLabel, UNIT_ROLE_LABELS } from '../../ui/labels.ts';
import { isReturned } from './is-returned.ts';
import { ACTION_LABELS, type RowAction, rowButtons } from './ledger-actions.ts';

export type GroupBy = 'none' | 'section' | 'unit' | 'state' | 'light';

const LIGHT_ORDER: Record<string, number> = { red: 0, yellow: 1, green: 2, none: 3 };

/** Column headers, read through the dictionary when drawn (they follow the language switch). */
const HEADERS: Record<string, MessageKey> = {
  select: 'ledger.select',
  light: 'col.light',
  item: 'col.task',
  unit: 'ledger.unit',
  role: 'ledger.role',
  due: 'col.due',
  state: 'col.state',
  actions: 'ledger.actions',
};

const columns: ColumnDef<LedgerRow>[] = [
  { id: 'select', enableSorting: false, size: 32 },
  { id: 'light', accessorFn: (r) => LIGHT_ORDER[r.light] ?? 9, size: 56 },
  { id: 'item', accessorFn: (r) => `${r.itemPath.join('')}`, size: 420, minSize: 160 },
  { id: 'unit', accessorFn: (r) => r.orgName, size: 200 },
  { id: 'role', accessorFn: (r) => r.role, size: 64 },
  { id: 'due', accessorFn: (r) => r.dueOn ?? '9999', size: 110 },
  { id: 'state', accessorFn: (r) => r.state, size: 90 },
  { id: 'actions', enableSorting: false, size: 180 },
];

const groupKey: Record<Exclude<GroupBy, 'none'>, (r: LedgerRow) => string> = {
  section: (r) => r.itemPath.slice(0, -1).join(' ') || t('ledger.noSection'),
  unit: (r) => r.orgName,
  state: (r) => rowStateLabel(r),
  light: (r) => LIGHT_LABELS[r.light] ?? r.light,
};

type Line = { kind: 'group'; key: string; count: number } | { kind: 'row'; row: LedgerRow };

/**
 * The ledger table: sorts on the client (10,000 rows sort in a few ms), draws only the rows in
 * view (virtual scrolling), and can group rows under headings by section, unit, state or light.
 */
export function LedgerTable(props: {
  rows: LedgerRow[];
  groupBy: GroupBy;
  onOpen: (row: LedgerRow, action?: RowAction) => void;
  /** Rows chosen for a bulk action (批量办理), by id. */
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
}): JSX.Element {
  const [sorting, setSorting] = createSignal<SortingState>([]);
  const table = createSolidTable({
    get data() {
      return props.rows;
    },
    columns,
    state: {
      get sorting() {
        return sorting();
      },
    },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const lines = createMemo<Line[]>(() => {
    const sorted = table.getRowModel().rows.map((r) => r.original);
    if (props.groupBy === 'none') return sorted.map((row) => ({ kind: 'row', row }));
    const key = groupKey[props.groupBy];
    const groups = new Map<string, LedgerRow[]>();
    for (const row of sorted) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    return [...groups].flatMap(([k, rows]) => [
      { kind: 'group', key: k, count: rows.length } as Line,
      ...rows.map((row): Line => ({ kind: 'row', row })),
    ]);
  });
  let scroller: HTMLDivElement | undefined;
  const virtualizer = createVirtualizer({
    get count() {
      return lines().length;
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: () => 44,
    overscan: 12,
  });
  // One template for the header and every row: the task column takes the room left (narrower beside
  // the drawer), the others keep their width. Below the sum of minimums the whole table scrolls
  // sideways as one (.ledger-table), never the rows without their header.
  const template = columns.map((c) => (c.minSize ? `minmax(${c.minSize}px, 1fr)` : `${c.size ?? 100}px`)).join(' ');
  // (Column gaps, the row's padding and the scrollbar's gutter, as in styles.css.)
  const minWidth = `${columns.reduce((w, c) => w + (c.minSize ?? c.size ?? 100), 0) + 8 * (columns.length - 1) + 20 + 16}px`;
  return (
    <div class="ledger-table" role="table" aria-label={t('nav.ledger')} aria-rowcount={props.rows.length + 1}>
      <div class="ledger-head" role="row" style={{ 'grid-template-columns': template, 'min-width': minWidth }}>
        <For each={table.getHeaderGroups()[0]?.headers ?? []}>
          {(header) => (
            <Show
              when={header.column.id !== 'select'}
              fallback={<SelectAll rows={props.rows} selected={props.selected} onSelect={props.onSelect} />}
            >
              <div
                role="columnheader"
                aria-sort={
                  header.column.getIsSorted() === 'asc'
                    ? 'ascending'
                    : header.column.getIsSorted() === 'desc'
                      ? 'descending'
                      : 'none'
                }
              >
                <Show when={header.column.getCanSort()} fallback={t(HEADERS[header.column.id] ?? 'col.task')}>
                  <button type="button" class="sort" onClick={header.column.getToggleSortingHandler()}>
                    {t(HEADERS[header.column.id] ?? 'col.task')}
                    {{ asc: ' ▲', desc: ' ▼' }[header.column.getIsSorted() as string] ?? ''}
                  </button>
                </Show>
              </div>
            </Show>
          )}
        </For>
      </div>
      <div class="ledger-scroll" ref={scroller} style={{ 'min-width': minWidth }}>
        <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          <For each={virtualizer.getVirtualItems()}>
            {(v) => {
              // When a search shrinks the list, a line drawn a moment ago may be past its end until the
              // virtualizer catches up: it draws nothing rather than reading a line that is gone.
              const line = () => lines()[v.index];
              const group = () => {
                const l = line();
                return l?.kind === 'group' ? l : undefined;
              };
              const row = () => {
                const l = line();
                return l?.kind === 'row' ? l.row : undefined;
              };
              return (
                <div class="ledger-line" style={{ transform: `translateY(${v.start}px)`, height: `${v.size}px` }}>
                  <Show when={group()}>
                    {(g) => (
                      <div class="group-row" role="row">
                        {g().key}（{g().count}）
                      </div>
                    )}
                  </Show>
                  <Show when={row()}>
                    {(r) => (
                      <Row
                        row={r()}
                        template={template}
                        onOpen={props.onOpen}
                        selected={props.selected.has(r().id)}
                        onSelect={(on) => props.onSelect([r().id], on)}
                      />
                    )}
                  </Show>
                </div>
              );
            }}
          </For>
        </div>
      </div>
    </div>
  );
}

/** The header's box: every row the filter lists (all pages of it) chosen, or none. */
function SelectAll(props: {
  rows: LedgerRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
}): JSX.Element {
  const all = () => props.rows.length > 0 && props.rows.every((r) => props.selected.has(r.id));
  return (
    <div role="columnheader">
      <input
        type="checkbox"
        aria-label={t('ledger.selectAll', { n: props.rows.length })}
        title={t('ledger.selectAll', { n: props.rows.length })}
        checked={all()}
        ref={(box) => {
          // Some chosen, not all: the box shows it is partly checked.
          createEffect(() => {
            box.indeterminate = !all() && props.rows.some((r) => props.selected.has(r.id));
          });
        }}
        onChange={(e) =>
          props.onSelect(
            props.rows.map((r) => r.id),
            e.currentTarget.checked,
          )
        }
      />
    </div>
  );
}

function Row(props: {
  row: LedgerRow;
  template: string;
  onOpen: (row: LedgerRow, action?: RowAction) => void;
  selected: boolean;
  onSelect: (on: boolean) => void;
}): JSX.Element {
  return (
    <div
      class="ledger-row"
      classList={{ selected: props.selected }}
      role="row"
      aria-selected={props.selected}
      style={{ 'grid-template-columns': props.template }}
    >
      <div role="cell">
        <input
          type="checkbox"
          aria-label={t('ledger.selectRow', { item: props.row.itemLabel, unit: props.row.orgName })}
          checked={props.selected}
          onChange={(e) => props.onSelect(e.currentTarget.checked)}
        />
      </div>
      <div role="cell">
        <span
          class={`light light-${props.row.light}`}
          title={LIGHT_LABELS[props.row.light]}
          aria-label={LIGHT_LABELS[props.row.light]}
        />
      </div>
      <div role="cell" class="task-cell">
        <button type="button" class="link" onClick={() => props.onOpen(props.row)}>
          {props.row.itemLabel} {props.row.itemText}
        </button>
      </div>
      <div role="cell">{props.row.orgName}</div>
      <div role="cell">{UNIT_ROLE_LABELS[props.row.role] ?? props.row.role}</div>
      <div role="cell">{props.row.dueOn ?? props.row.deadlineText ?? '—'}</div>
      <div role="cell">
        {/* A returned row waits for a report like a new one; the badge says it needs rework, and why. */}
        <Show
          when={isReturned(props.row)}
          fallback={<span class={`state state-${props.row.state}`}>{rowStateLabel(props.row)}</span>}
        >
          <span class="state state-returned" title={t('ledger.returnedWhy', { reason: props.row.lastComment ?? '—' })}>
            {t('ledger.returned')}
          </span>
        </Show>
      </div>
      <div role="cell" class="row-actions">
        <For each={rowButtons(props.row)}>
          {(a) => (
            <button
              type="button"
              class="small"
              onClick={() => (a === 'handle' ? props.onOpen(props.row) : props.onOpen(props.row, a))}
            >
              {a === 'handle' ? t('ledger.handle') : ACTION_LABELS[a]}
            </button>
          )}
        </For>
      </div>
    </div>
  );
}
