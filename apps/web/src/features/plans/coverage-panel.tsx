import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { COVERAGE_LABELS } from '../../ui/labels.ts';
import { ChangeList } from './preview/change-list.tsx';

/**
 * 逐项对照: every parent task addressed to this org — covered, changed, dropped with a reason, or
 * missing — with the number it has here, the units that guide it and what changed at this level and why.
 */
export function CoveragePanel(props: { planId: string; version: number }): JSX.Element {
  const [coverage] = createResource(
    () => [props.planId, props.version] as const,
    ([id]) => api.coverage(id),
  );
  return (
    <section class="coverage" aria-label={t('coverageTab.title')}>
      <ErrorMessage error={coverage.error} />
      <Show when={coverage()} fallback={<Loading what={t('coverageTab.title')} />}>
        {(c) => (
          <>
            <ul class="counts">
              <For each={['covered', 'modified', 'dropped', 'missing'] as const}>
                {(state) => (
                  <li class={`count count-${state}`}>
                    <span>{COVERAGE_LABELS[state]}</span>
                    <strong>{c().counts[state]}</strong>
                  </li>
                )}
              </For>
            </ul>
            <p class={c().canPublish ? 'form-ok' : 'form-error'} role="status">
              {c().canPublish ? t('coverageTab.ok') : c().problems.join(t('list.separator'))}
            </p>
            <table class="data-table compact">
              <caption class="visually-hidden">{t('coverageTab.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coverageTab.col.parent')}</th>
                  <th scope="col">{t('coverageTab.col.label')}</th>
                  <th scope="col">{t('coverageTab.col.state')}</th>
                  <th scope="col">{t('coverageTab.col.changes')}</th>
                  <th scope="col">{t('coverageTab.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={c().rows}>
                  {(row) => (
                    <tr>
                      <td>{row.sourceLabel}</td>
                      <td class="num">{row.label ?? '—'}</td>
                      <td>
                        <span class={`tag tag-${row.state}`}>{COVERAGE_LABELS[row.state]}</span>
                      </td>
                      <td>
                        <Show when={row.label !== undefined} fallback="—">
                          <ChangeList changes={row.changes} notes={row.notes} guidedBy={row.guidedBy} />
                        </Show>
                      </td>
                      <td>{row.justification ?? ''}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </>
        )}
      </Show>
    </section>
  );
}
