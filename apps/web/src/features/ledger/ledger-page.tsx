import { useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, onCleanup, Show } from 'solid-js';
import { api, downloads, type LedgerQuery, type LedgerRow } from '../../api/client.ts';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { LIGHT_LABELS, STATE_LABELS } from '../../ui/labels.ts';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';
import { AssignmentDrawer } from './assignment-drawer.tsx';
import { BulkActions } from './bulk-actions.tsx';
import type { RowAction } from './ledger-actions.ts';
import { type GroupBy, LedgerTable } from './ledger-table.tsx';

const MAX_ROWS = 10_000;
const SEARCH_PAUSE_MS = 300;
/** The state menu's choice for returned rows (a filter of its own on the server). */
const RETURNED = 'returned';

/** 台账: every assignment of this org and below, filtered on the server, sorted and grouped here. */
export function LedgerPage(): JSX.Element {
  const [params, setParams] = useSearchParams<{
    state?: string;
    returned?: string;
    light?: string;
    q?: string;
    planId?: string;
    assignment?: string;
    year?: string;
    orgId?: string;
    underOrgId?: string;
  }>();
  const [groupBy, setGroupBy] = createSignal<GroupBy>('none');
  // The search applies as one types, once the typing pauses (not at every key, not only on Enter).
  let typing: ReturnType<typeof setTimeout> | undefined;
  const search = (text: string) => {
    clearTimeout(typing);
    if ((params.q ?? '') !== text.trim()) setParams({ q: text.trim() || undefined });
  };
  const searchAsTyped = (text: string) => {
    clearTimeout(typing);
    typing = setTimeout(() => search(text), SEARCH_PAUSE_MS);
  };
  onCleanup(() => clearTimeout(typing));
  const [open, setOpen] = createSignal<{ row: LedgerRow; action?: RowAction | undefined } | null>(null);
  // Rows chosen for a bulk action; only those the current filter lists count.
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const select = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected());
    for (const id of ids) on ? next.add(id) : next.delete(id);
    setSelected(next);
  };
  const chosen = () => page()?.rows.filter((r) => selected().has(r.id)) ?? [];
  const [plans] = createResource(() => api.plans());
  // The unit filter (from a drilled-into unit of 督查汇总) is shown by name, with a way to drop it.
  const unitFilter = () => params.underOrgId ?? params.orgId;
  const [unit] = createResource(
    () => unitFilter(),
    (id) => api.org(id).then((o) => o.org.name),
  );
  // The menus fill after the plans arrive: each option says whether it is the address's, so the
  // menu shows the filter in force (a select's value set before its options exist is lost).
  const planMissing = () => Boolean(params.planId && plans() && !plans()?.plans.some((p) => p.id === params.planId));
  const years = () =>
    [...new Set([...(plans()?.plans ?? []).map((p) => p.year), ...(params.year ? [Number(params.year)] : [])])].sort(
      (a, b) => b - a,
    );
  const isFiltered = () =>
    Boolean(
      params.state || params.returned || params.light || params.q || params.planId || params.year || unitFilter(),
    );
  const query = (): LedgerQuery => ({
    limit: MAX_ROWS,
    ...(params.state ? { state: params.state } : {}),
    ...(params.returned === 'true' ? { returned: 'true' as const } : {}),
    ...(params.light ? { light: params.light } : {}),
    ...(params.q ? { q: params.q } : {}),
    ...(params.planId ? { planId: params.planId } : {}),
    ...(params.year ? { year: Number(params.year) } : {}),
    ...(params.orgId ? { orgId: params.orgId } : {}),
    ...(params.underOrgId ? { underOrgId: params.underOrgId } : {}),
  });
  const [page, { refetch }] = createResource(query, async (q) => {
    const result = await api.ledger(q);
    if (params.assignment && !open()) {
      const row =
        result.rows.find((r) => r.id === params.assignment) ??
        (await api
          .assignment(params.assignment)
          .then((d) => d.assignment)
          .catch(() => null));
      if (row) setOpen({ row });
    }
    return result;
  });
  return (
    <section class="page-section ledger-page">
      <header class="page-header">
        <h2>{t('nav.ledger')}</h2>
        <a
          class="button"
          href={downloads.ledgerXlsx({ ...(query() as Record<string, string | number>), limit: undefined })}
          download=""
        >
          {t('ledger.exportExcel')}
        </a>
      </header>
      <form class="filters" aria-label={t('ledger.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('ledger.plan')}
          <select
            value={params.planId ?? ''}
            onChange={(e) => setParams({ planId: e.currentTarget.value || undefined })}
          >
            <option value="">{t('ledger.allPlans')}</option>
            <For each={plans()?.plans ?? []}>
              {(p) => (
                <option value={p.id} selected={p.id === params.planId}>
                  {p.title}
                </option>
              )}
            </For>
            <Show when={planMissing()}>
              <option value={params.planId} selected>
                {page()?.rows.find((r) => r.planId === params.planId)?.planTitle ?? params.planId}
              </option>
            </Show>
          </select>
        </label>
        <label>
          {t('common.year')}
          <select value={params.year ?? ''} onChange={(e) => setParams({ year: e.currentTarget.value || undefined })}>
            <option value="">{t('ledger.allYears')}</option>
            <For each={years()}>
              {(y) => (
                <option value={y} selected={String(y) === params.year}>
                  {y}
                </option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t('ledger.state')}
          <select
            value={params.returned === 'true' ? RETURNED : (params.state ?? '')}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setParams(
                v === RETURNED
                  ? { state: undefined, returned: 'true' }
                  : { state: v || undefined, returned: undefined },
              );
            }}
          >
            <option value="">{t('ledger.allStates')}</option>
            {/* 已退回 is no state of its own (the row waits for a report again), yet what a supervisor looks for. */}
            <option value={RETURNED} selected={params.returned === 'true'}>
              {t('ledger.returned')}
            </option>
            {/* Ledger rows are never drafts; the review steps of 三审三校 variants are states too. */}
            <For each={Object.entries(STATE_LABELS).filter(([k]) => k !== 'draft')}>
              {([k, v]) => <option value={k}>{v}</option>}
            </For>
          </select>
        </label>
        <label>
          {t('ledger.light')}
          <select value={params.light ?? ''} onChange={(e) => setParams({ light: e.currentTarget.value || undefined })}>
            <option value="">{t('ledger.allLights')}</option>
            <For each={Object.entries(LIGHT_LABELS)}>{([k, v]) => <option value={k}>{v}</option>}</For>
          </select>
        </label>
        <label>
          {t('ledger.search')}
          <input
            type="search"
            placeholder={t('ledger.searchPlaceholder')}
            value={params.q ?? ''}
            onInput={(e) => searchAsTyped(e.currentTarget.value)}
            onChange={(e) => search(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('ledger.group')}
          <select value={groupBy()} onChange={(e) => setGroupBy(e.currentTarget.value as GroupBy)}>
            <option value="none">{t('ledger.group.none')}</option>
            <option value="section">{t('ledger.group.section')}</option>
            <option value="unit">{t('ledger.group.unit')}</option>
            <option value="state">{t('ledger.group.state')}</option>
            <option value="light">{t('ledger.group.light')}</option>
          </select>
        </label>
        <Show when={unitFilter()}>
          <fieldset class="filter-unit">
            <legend>{params.underOrgId ? t('ledger.unitAndBelow') : t('ledger.unit')}</legend>
            <span class="filter-chip">
              <output>{unit() ?? unitFilter()}</output>
              <button
                type="button"
                class="icon-button"
                aria-label={t('ledger.clearUnit')}
                title={t('ledger.clearUnit')}
                onClick={() => setParams({ orgId: undefined, underOrgId: undefined })}
              >
                ×
              </button>
            </span>
          </fieldset>
        </Show>
      </form>
      <ErrorMessage error={page.error} />
      <Show
        when={page()}
        fallback={
          <Show when={!page.error}>
            <Loading what={t('nav.ledger')} />
          </Show>
        }
      >
        {(p) => (
          <>
            <p class="muted" role="status">
              {p().total > MAX_ROWS
                ? t('ledger.totalCapped', { total: p().total, max: MAX_ROWS })
                : t('ledger.total', { total: p().total })}
            </p>
            <div class="ledger-layout" classList={{ 'with-drawer': Boolean(open()) }}>
              <Show
                when={p().rows.length}
                fallback={
                  <EmptyState title={t('ledger.empty.title')}>
                    {t(emptyBody())}
                    <Show when={isFiltered()}> {t('ledger.empty.filtered')}</Show>
                  </EmptyState>
                }
              >
                <Show when={chosen().length}>
                  <BulkActions
                    rows={chosen()}
                    onClear={() => setSelected(new Set<string>())}
                    onDone={() => {
                      setSelected(new Set<string>());
                      void refetch();
                    }}
                  />
                </Show>
                <LedgerTable
                  rows={p().rows}
                  groupBy={groupBy()}
                  onOpen={(row, action) => setOpen({ row, action })}
                  selected={selected()}
                  onSelect={select}
                />
              </Show>
              {/* Outside the table: after an action the row may leave the filtered list, its details stay. */}
              <Show when={open()} keyed>
                {(o) => (
                  <AssignmentDrawer
                    row={o.row}
                    initialAction={o.action}
                    onChanged={() => void refetch()}
                    onClose={() => {
                      setOpen(null);
                      setParams({ assignment: undefined });
                    }}
                  />
                )}
              </Show>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}

/** Where an empty ledger's rows would come from, in words of what this account can do about it. */
function emptyBody(): MessageKey {
  const orgPath = account()?.orgPath ?? '';
  if (can('plan.publish', orgPath)) return 'ledger.empty.body';
  if (can('assignment.report', orgPath)) return 'ledger.empty.reporter';
  return 'ledger.empty.supervisor';
}
