import { createSignal, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { JobProgress } from '../jobs/job-progress.tsx';
import { watchJob } from '../jobs/watch-job.ts';

/** 逐级下达: derives drafts for every government below, in the background, with a progress bar. */
export function CascadeButton(props: { planId: string }): JSX.Element {
  const watch = watchJob();
  const [confirming, setConfirming] = createSignal(false);
  return (
    <div class="cascade">
      <button type="button" onClick={() => setConfirming(true)} disabled={watch.running()}>
        {t('cascade.start')}
      </button>
      <ConfirmDialog
        open={confirming()}
        title={t('cascade.confirmTitle')}
        body={t('cascade.confirmBody')}
        confirm={t('cascade.confirm')}
        onConfirm={() => void watch.start(() => api.cascade(props.planId))}
        onClose={() => setConfirming(false)}
      />
      <Show when={watch.job()}>
        {(j) => (
          <div class="progress-line" role="status">
            <Show
              when={j().state === 'queued' || j().state === 'running'}
              fallback={
                <span>
                  {j().state === 'succeeded'
                    ? t('cascade.succeeded', { total: j().total })
                    : t('cascade.failed', { error: j().error ?? '' })}
                </span>
              }
            >
              <JobProgress
                job={j()}
                label={t('cascade.progress')}
                counting={(job) =>
                  job.state === 'queued'
                    ? t('cascade.queued')
                    : t('cascade.running', { done: job.done, total: job.total, message: job.message })
                }
              />
            </Show>
          </div>
        )}
      </Show>
      <ErrorMessage error={watch.error()} />
    </div>
  );
}
