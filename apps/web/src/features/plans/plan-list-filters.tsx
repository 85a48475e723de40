import { createEffect, createSignal, For, type JSX, on, onCleanup } from 'solid-js';
import type { PlanListQuery } from '../../api/client.ts';
import { type MessageKey, t } from '../../ui/dictionary.ts';

/** The list's filter as the address holds it (`/plans?q=石湾&level=township&page=2`). */
export type PlanListParams = {
  q?: string | undefined;
  year?: string | undefined;
  status?: string | undefined;
  level?: string | undefined;
  sort?: string | undefined;
  page?: string | undefined;
};

const STATUSES = ['draft', 'published', 'changed'] as const;
const LEVELS = ['province', 'city', 'county', 'township', 'department'] as const;
const SORTS = ['tree', 'updated', 'title'] as const;
const SEARCH_PAUSE_MS = 300;

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((v) => v === value);

/** The server's query for the address's filter and page (a value the menus do not offer is dropped). */
export function planListQuery(params: PlanListParams, pageSize: number): PlanListQuery {
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1);
  const year = Number.parseInt(params.year ?? '', 10);
  const status = oneOf(STATUSES, params.status);
  const level = oneOf(LEVELS, params.level);
  const sort = oneOf(SORTS, params.sort);
  return {
    limit: pageSize,
    offset: (page - 1) * pageSize,
    ...(params.q?.trim() ? { q: params.q.trim() } : {}),
    ...(year >= 2000 && year <= 2100 ? { year } : {}),
    ...(status ? { status } : {}),
    ...(level ? { level } : {}),
    ...(sort ? { sort } : {}),
  };
}

export const isFiltered = (params: PlanListParams) =>
  Boolean(params.q?.trim() || params.year || params.status || params.level);

/**
 * Search (applied as one types, once the typing pauses), year, status, the owner's level and the
 * order. Every change goes to the address and back to the first page.
 */
export function PlanListFilters(props: {
  params: PlanListParams;
  years: readonly number[];
  onChange: (next: Partial<PlanListParams>) => void;
}): JSX.Element {
  const [text, setText] = createSignal(props.params.q ?? '');
  // The address changed from elsewhere (back, a cleared filter): the box follows it.
  createEffect(
    on(
      () => props.params.q,
      (q) => {
        if (text().trim() !== (q ?? '')) setText(q ?? '');
      },
    ),
  );
  let typing: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(typing));
  const search = (value: string) => {
    setText(value);
    clearTimeout(typing);
    typing = setTimeout(() => {
      if ((props.params.q ?? '') !== value.trim()) props.onChange({ q: value.trim() || undefined, page: undefined });
    }, SEARCH_PAUSE_MS);
  };
  const choose = (key: 'year' | 'status' | 'level' | 'sort') => (e: { currentTarget: HTMLSelectElement }) =>
    props.onChange({ [key]: e.currentTarget.value || undefined, page: undefined });
  const years = () =>
    [...new Set([...props.years, ...(props.params.year ? [Number(props.params.year)] : [])])].sort((a, b) => b - a);
  return (
    <form class="filters" aria-label={t('planList.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('planList.search')}
        <input
          type="search"
          maxLength={100}
          placeholder={t('planList.searchPlaceholder')}
          value={text()}
          onInput={(e) => search(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('planList.year')}
        <select onChange={choose('year')}>
          <option value="">{t('planList.anyYear')}</option>
          <For each={years()}>
            {(y) => (
              <option value={String(y)} selected={String(y) === props.params.year}>
                {t('planList.yearN', { year: y })}
              </option>
            )}
          </For>
        </select>
      </label>
      <Menu label="planList.status" any="planList.anyStatus" values={STATUSES} value={props.params.status}>
        {choose('status')}
      </Menu>
      <Menu label="planList.level" any="planList.anyLevel" values={LEVELS} value={props.params.level}>
        {choose('level')}
      </Menu>
      <Menu label="planList.sort" values={SORTS} value={props.params.sort ?? 'tree'}>
        {choose('sort')}
      </Menu>
    </form>
  );
}

/** A select over fixed values named `<label>.<value>` in the dictionary; `any` offers "all". */
function Menu(props: {
  label: MessageKey;
  any?: MessageKey;
  values: readonly string[];
  value: string | undefined;
  children: (e: { currentTarget: HTMLSelectElement }) => void;
}): JSX.Element {
  return (
    <label>
      {t(props.label)}
      <select onChange={(e) => props.children(e)}>
        {props.any ? <option value="">{t(props.any)}</option> : null}
        <For each={props.values}>
          {(v) => (
            <option value={v} selected={v === props.value}>
              {t(`${props.label}.${v}` as MessageKey)}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
