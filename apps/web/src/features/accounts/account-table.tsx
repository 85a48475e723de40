import {
  type ColumnDef,
  createSolidTable,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
} from '@tanstack/solid-table';
import { createSignal, For, type JSX, Show } from 'solid-js';
import type { ManagedAccount } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { type Account, account, ROLE_LABELS } from '../session/session.ts';

export type AccountAction = 'edit' | 'disable' | 'enable' | 'reset';

function StatusTags(props: { account: ManagedAccount }): JSX.Element {
  return (
    <>
      <span class={props.account.disabled ? 'tag tag-dropped' : 'tag tag-covered'}>
        {props.account.disabled ? t('accounts.state.disabled') : t('accounts.state.active')}
      </span>
      <Show when={props.account.mustChangePassword && !props.account.disabled}>
        {' '}
        <span class="tag tag-localized">{t('accounts.state.mustChange')}</span>
      </Show>
    </>
  );
}

/**
 * A page of accounts, sortable by column, with each row's actions (never disabling or resetting
 * oneself: the server refuses it, so no button offers it).
 */
export function AccountTable(props: {
  accounts: ManagedAccount[];
  caption: string;
  onAction: (action: AccountAction, account: ManagedAccount) => void;
}): JSX.Element {
  const me = () => (account() as Account).username;
  const columns: ColumnDef<ManagedAccount>[] = [
    { id: 'username', accessorKey: 'username', header: () => t('accounts.col.username') },
    {
      id: 'displayName',
      accessorKey: 'displayName',
      header: () => t('accounts.col.name'),
      cell: (info) => (
        <>
          {info.row.original.displayName}
          <Show when={info.row.original.username === me()}>
            <span class="muted">{t('accounts.self')}</span>
          </Show>
        </>
      ),
    },
    { id: 'org', accessorKey: 'orgName', header: () => t('accounts.col.org') },
    {
      id: 'role',
      accessorFn: (a) => ROLE_LABELS[a.role],
      header: () => t('accounts.col.role'),
    },
    { id: 'phone', accessorFn: (a) => a.phone ?? '', header: () => t('accounts.col.phone') },
    {
      id: 'status',
      accessorFn: (a) => (a.disabled ? 2 : a.mustChangePassword ? 1 : 0),
      header: () => t('accounts.col.status'),
      cell: (info) => <StatusTags account={info.row.original} />,
    },
    {
      id: 'actions',
      enableSorting: false,
      header: () => t('accounts.col.actions'),
      cell: (info) => {
        const a = info.row.original;
        const label = (action: string) => `${action} ${a.username}`;
        return (
          <span class="row-actions">
            <button
              type="button"
              class="small"
              aria-label={label(t('accounts.edit'))}
              onClick={() => props.onAction('edit', a)}
            >
              {t('accounts.edit')}
            </button>
            <Show when={a.username !== me()}>
              <Show
                when={a.disabled}
                fallback={
                  <button
                    type="button"
                    class="small danger"
                    aria-label={label(t('accounts.disable'))}
                    onClick={() => props.onAction('disable', a)}
                  >
                    {t('accounts.disable')}
                  </button>
                }
              >
                <button
                  type="button"
                  class="small"
                  aria-label={label(t('accounts.enable'))}
                  onClick={() => props.onAction('enable', a)}
                >
                  {t('accounts.enable')}
                </button>
              </Show>
              <button
                type="button"
                class="small"
                aria-label={label(t('accounts.reset'))}
                onClick={() => props.onAction('reset', a)}
              >
                {t('accounts.reset')}
              </button>
            </Show>
          </span>
        );
      },
    },
  ];
  const [sorting, setSorting] = createSignal<SortingState>([]);
  const table = createSolidTable({
    get data() {
      return props.accounts;
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
  return (
    <div class="table-scroll">
      <table class="data-table accounts-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <For each={table.getHeaderGroups()}>
            {(group) => (
              <tr>
                <For each={group.headers}>
                  {(header) => (
                    <th
                      scope="col"
                      aria-sort={
                        header.column.getIsSorted() === 'asc'
                          ? 'ascending'
                          : header.column.getIsSorted() === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      <Show
                        when={header.column.getCanSort()}
                        fallback={flexRender(header.column.columnDef.header, header.getContext())}
                      >
                        <button type="button" class="link" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {{ asc: ' ▲', desc: ' ▼' }[header.column.getIsSorted() as string] ?? ''}
                        </button>
                      </Show>
                    </th>
                  )}
                </For>
              </tr>
            )}
          </For>
        </thead>
        <tbody>
          <For each={table.getRowModel().rows}>
            {(row) => (
              <tr classList={{ 'row-disabled': row.original.disabled }} data-username={row.original.username}>
                <For each={row.getVisibleCells()}>
                  {(cell) => <td>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
