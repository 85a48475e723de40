import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type LookBackRun } from '../../api/client.ts';
import { labelsUnder, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { formatTime } from '../../ui/labels.ts';

const STATE_LABELS: Record<string, string> = labelsUnder('lookBack.state');
const OUTCOME_LABELS: Record<string, string> = labelsUnder('lookBack.outcome');

const countsOf = (run: LookBackRun) =>
  t('lookBack.counts', {
    unfinished: run.unfinished,
    reopened: run.reopened,
    carried: run.carried,
    sampled: run.sampled,
  });

/**
 * 回头看记录: every run over this org's subtree, newest first — who, when, the year, its counts —
 * each reopened on demand with the ledger rows it touched and each rectification's due date.
 * `version` changes as a run starts and finishes, to list it at once.
 */
export function LookBackRuns(props: { orgId: string; version: string }): JSX.Element {
  const [runs] = createResource(
    () => [props.orgId, props.version] as const,
    ([orgId]) => api.lookBacks(orgId),
  );
  const [openId, setOpenId] = createSignal<string | null>(null);
  const [detail] = createResource(openId, (id) => api.lookBackRun(id));
  return (
    <div class="look-back-runs">
      <h4>{t('lookBack.runs')}</h4>
      <ErrorMessage error={runs.error} />
      <Show when={runs()} fallback={<Show when={!runs.error}>{<Loading what={t('lookBack.runs')} />}</Show>}>
        {(list) => (
          <Show when={list().runs.length} fallback={<p class="empty-state">{t('lookBack.runs.empty')}</p>}>
            <table class="data-table compact">
              <caption class="visually-hidden">{t('lookBack.runs')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lookBack.col.year')}</th>
                  <th scope="col">{t('lookBack.col.scope')}</th>
                  <th scope="col">{t('lookBack.col.startedBy')}</th>
                  <th scope="col">{t('lookBack.col.startedAt')}</th>
                  <th scope="col">{t('lookBack.col.counts')}</th>
                  <th scope="col">{t('lookBack.col.state')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('lookBack.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={list().runs}>
                  {(run) => (
                    <tr class="look-back-run">
                      <td>{run.year}</td>
                      <td>{run.rootOrgName}</td>
                      <td>{run.startedByName}</td>
                      <td>{formatTime(run.startedAt)}</td>
                      <td>{countsOf(run)}</td>
                      <td>{STATE_LABELS[run.state] ?? run.state}</td>
                      <td>
                        <button
                          type="button"
                          class="link"
                          aria-label={t('lookBack.openNamed', { date: formatTime(run.startedAt) })}
                          aria-expanded={openId() === run.id}
                          onClick={() => setOpenId(openId() === run.id ? null : run.id)}
                        >
                          {openId() === run.id ? t('lookBack.close') : t('lookBack.open')}
                        </button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <Show when={openId()}>
        <ErrorMessage error={detail.error} />
        <Show when={detail()} fallback={<Show when={!detail.error}>{<Loading what={t('lookBack.runs')} />}</Show>}>
          {(d) => (
            <Show when={d().rows.length} fallback={<p class="empty-state">{t('lookBack.detail.empty')}</p>}>
              <table class="data-table compact look-back-rows">
                <caption>
                  {t('lookBack.detail.caption', { year: d().run.year, date: formatTime(d().run.startedAt) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('lookBack.col.unit')}</th>
                    <th scope="col">{t('lookBack.col.task')}</th>
                    <th scope="col">{t('lookBack.col.outcome')}</th>
                    <th scope="col">{t('lookBack.col.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={d().rows}>
                    {(row) => (
                      <tr>
                        <td>{row.orgName}</td>
                        <td>
                          {row.label} {row.text.slice(0, 40)}
                          {row.text.length > 40 ? '…' : ''}
                        </td>
                        <td>
                          {OUTCOME_LABELS[row.outcome] ?? row.outcome}
                          <Show when={row.message}>{(m) => <span class="muted">（{m()}）</span>}</Show>
                        </td>
                        <td>{row.dueOn ?? '—'}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </Show>
    </div>
  );
}
