import { A, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { PLAN_STATUS_LABELS } from '../../ui/labels.ts';
import { account } from '../session/session.ts';
import { ImportDialog } from './import-dialog.tsx';
import { isFiltered, PlanListFilters, type PlanListParams, planListQuery } from './plan-list-filters.tsx';

const PAGE = 20;

/**
 * Plans this org can see: its own, its superiors' (issued to it) and its subordinates' — after
 * 逐级下达 some 90 — searched, filtered, sorted and paged on the server, the filter in the address.
 */
export function PlansPage(): JSX.Element {
  const [params, setParams] = useSearchParams<PlanListParams>();
  const [plans] = createResource(() => planListQuery(params, PAGE), api.plans);
  const [importing, setImporting] = createSignal(false);
  const canImport = () => ['author', 'deriver', 'admin'].includes(account()?.role ?? '');
  const page = () => Math.floor((plans()?.offset ?? 0) / PAGE) + 1;
  const pages = () => Math.max(1, Math.ceil((plans()?.total ?? 0) / PAGE));
  const goTo = (n: number) => setParams({ page: n > 1 ? String(n) : undefined });
  const clear = () =>
    setParams({ q: undefined, year: undefined, status: undefined, level: undefined, page: undefined });
  return (
    <section class="page-section plans-page">
      <header class="page-header">
        <h2>{t('nav.plans')}</h2>
        <Show when={canImport()}>
          <button type="button" class="primary" onClick={() => setImporting(true)}>
            {t('plans.import')}
          </button>
        </Show>
      </header>
      <PlanListFilters params={params} years={plans.latest?.years ?? []} onChange={setParams} />
      <ErrorMessage error={plans.error} />
      <Show when={plans.latest} fallback={<Loading what={t('plans.what')} />}>
        {(list) => (
          <Show
            when={list().plans.length}
            fallback={
              isFiltered(params) || list().offset > 0 ? (
                <EmptyState title={t('planList.none.title')}>
                  {t('planList.none.body')}{' '}
                  <button type="button" onClick={clear}>
                    {t('planList.clear')}
                  </button>
                </EmptyState>
              ) : (
                <EmptyState title={t('plans.empty.title')}>
                  {canImport() ? t('plans.empty.import') : t('plans.empty.wait')}
                </EmptyState>
              )
            }
          >
            <p class="muted plan-count" role="status" aria-busy={plans.loading}>
              {list().total > list().plans.length
                ? t('planList.range', {
                    from: list().offset + 1,
                    to: list().offset + list().plans.length,
                    n: list().total,
                  })
                : t('planList.count', { n: list().total })}
            </p>
            <table class="data-table">
              <caption class="visually-hidden">{t('plans.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.year')}</th>
                  <th scope="col">{t('col.plan')}</th>
                  <th scope="col">{t('col.unit')}</th>
                  <th scope="col">{t('plans.source')}</th>
                  <th scope="col" class="num">
                    {t('plans.tasks')}
                  </th>
                  <th scope="col">{t('col.state')}</th>
                  <th scope="col" class="num">
                    {t('plans.version')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={list().plans}>
                  {(plan) => (
                    <tr>
                      <td>{plan.year}</td>
                      <td data-user-text>
                        <A href={`/plans/${encodeURIComponent(plan.id)}`}>{plan.title}</A>
                      </td>
                      <td data-user-text>{plan.ownerName}</td>
                      <td>{plan.parentPlanId ? t('plans.derived') : t('plans.own')}</td>
                      <td class="num">{plan.taskCount}</td>
                      <td>
                        <span class={`status status-${plan.status}`}>
                          {PLAN_STATUS_LABELS[plan.status] ?? plan.status}
                        </span>
                        <Show when={plan.unpublishedChanges}>
                          {' '}
                          <span class="tag">{t('planList.changedTag')}</span>
                        </Show>
                      </td>
                      <td class="num">
                        {plan.publishedVersion
                          ? t('plans.versionN', { v: plan.publishedVersion })
                          : t('plans.unpublished')}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={pages() > 1}>
              <nav class="pager" aria-label={t('planList.pager')}>
                <button type="button" disabled={page() <= 1} onClick={() => goTo(page() - 1)}>
                  {t('planList.prev')}
                </button>
                <span class="muted">{t('planList.page', { page: page(), pages: pages() })}</span>
                <button type="button" disabled={page() >= pages()} onClick={() => goTo(page() + 1)}>
                  {t('planList.next')}
                </button>
              </nav>
            </Show>
          </Show>
        )}
      </Show>
      <ImportDialog open={importing()} onClose={() => setImporting(false)} />
    </section>
  );
}
