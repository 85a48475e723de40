import type { LookBackResult } from '@cascade/contracts';
import { A } from '@solidjs/router';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { JobProgress } from '../jobs/job-progress.tsx';
import { watchJob } from '../jobs/watch-job.ts';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';
import { LookBackRuns } from './look-back-runs.tsx';

/**
 * 回头看: reopen a past year's unfinished work as rectification and carry it into the next year,
 * in the background (a province's look-back reopens tens of thousands of rows), with progress.
 * The result names the carry-over plans (their owners are told in their inbox) and an earlier run
 * of the same year; every run is listed below and can be reopened.
 */
export function LookBackPanel(props: { orgId: string }): JSX.Element {
  const [year, setYear] = createSignal(2021);
  // The year the running or finished look-back is about (the input may change meanwhile).
  const [ranYear, setRanYear] = createSignal(2021);
  const [confirming, setConfirming] = createSignal(false);
  const watch = watchJob();
  const result = () => {
    const j = watch.job();
    return j?.state === 'succeeded' ? (j.result as LookBackResult) : null;
  };
  const run = () => {
    setRanYear(year());
    void watch.start(() => api.lookBack(props.orgId, year()));
  };
  return (
    <Show when={can('lookback.run', account()?.orgPath ?? '')}>
      <section class="card look-back" aria-label={t('lookBack.title')}>
        <h3>{t('lookBack.title')}</h3>
        <p class="muted">{t('lookBack.help')}</p>
        <form
          class="form inline"
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <label class="inline">
            {t('lookBack.year')}
            <input
              type="number"
              min="2000"
              max="2100"
              value={year()}
              onInput={(e) => setYear(Number(e.currentTarget.value))}
            />
          </label>
          <button type="submit" class="primary" disabled={watch.running()}>
            {watch.running() ? t('lookBack.busy') : t('lookBack.start')}
          </button>
        </form>
        <ConfirmDialog
          open={confirming()}
          title={t('lookBack.confirmTitle', { year: year() })}
          body={t('lookBack.confirmBody', { year: year(), next: year() + 1 })}
          confirm={t('lookBack.start')}
          onConfirm={run}
          onClose={() => setConfirming(false)}
        />
        <Show when={watch.running() && watch.job()}>
          {(j) => (
            <div class="progress-line" aria-live="polite">
              <JobProgress
                job={j()}
                label={t('lookBack.progress')}
                counting={(job) => t('lookBack.running', { done: job.done, total: job.total })}
              />
            </div>
          )}
        </Show>
        <Show when={watch.job()?.state === 'failed'}>
          <p class="form-error" role="alert">
            {t('lookBack.failed', { error: watch.job()?.error ?? '' })}
          </p>
        </Show>
        <ErrorMessage error={watch.error()} />
        <Show when={result()}>
          {(r) => (
            <div class="form-ok" role="status">
              <p>
                {t('lookBack.result', {
                  unfinished: r().unfinished,
                  reopened: r().reopened,
                  next: ranYear() + 1,
                  carried: r().carried,
                  sampled: r().sampledVerified.length,
                })}
                <A href={`/ledger?state=rectifying&year=${ranYear() + 1}`}>{t('lookBack.ledger')}</A>
              </p>
              <For each={r().earlier}>
                {(e) => (
                  <p>
                    {t('lookBack.earlier', {
                      year: ranYear(),
                      date: e.startedAt.slice(0, 10),
                      who: e.startedByName,
                      reopened: e.reopened,
                    })}
                  </p>
                )}
              </For>
              <Show when={r().carryPlans.length}>
                <p>{t('lookBack.carryPlans')}</p>
                <ul>
                  <For each={r().carryPlans}>
                    {(p) => (
                      <li>
                        <A href={`/plans/${encodeURIComponent(p.planId)}`}>
                          {p.ownerName}《{p.title}》
                        </A>
                        <Show when={p.created}>
                          <span class="muted">（{t('lookBack.carryPlan.created')}）</span>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </div>
          )}
        </Show>
        <LookBackRuns orgId={props.orgId} version={`${watch.job()?.id ?? ''}:${watch.job()?.state ?? ''}`} />
      </section>
    </Show>
  );
}
