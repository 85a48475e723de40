import { A } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { PLAN_STATUS_LABELS } from '../../ui/labels.ts';
import { account } from '../session/session.ts';
import { ImportDialog } from './import-dialog.tsx';

/** Plans this org can see: its own, its superiors' (issued to it) and its subordinates'. */
export function PlansPage(): JSX.Element {
  const [plans] = createResource(() => api.plans());
  const [importing, setImporting] = createSignal(false);
  const canImport = () => ['author', 'deriver', 'admin'].includes(account()?.role ?? '');
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>{t('nav.plans')}</h2>
        <Show when={canImport()}>
          <button type="button" class="primary" onClick={() => setImporting(true)}>
            {t('plans.import')}
          </button>
        </Show>
      </header>
      <ErrorMessage error={plans.error} />
      <Show when={plans()} fallback={<Loading what={t('plans.what')} />}>
        {(list) => (
          <Show
            when={list().plans.length}
            fallback={
              <EmptyState title={t('plans.empty.title')}>
                {canImport() ? t('plans.empty.import') : t('plans.empty.wait')}
              </EmptyState>
            }
          >
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
                      <td>
                        <A href={`/plans/${encodeURIComponent(plan.id)}`}>{plan.title}</A>
                      </td>
                      <td>{plan.ownerName}</td>
                      <td>{plan.parentPlanId ? t('plans.derived') : t('plans.own')}</td>
                      <td class="num">{plan.taskCount}</td>
                      <td>
                        <span class={`status status-${plan.status}`}>
                          {PLAN_STATUS_LABELS[plan.status] ?? plan.status}
                        </span>
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
          </Show>
        )}
      </Show>
      <ImportDialog open={importing()} onClose={() => setImporting(false)} />
    </section>
  );
}
