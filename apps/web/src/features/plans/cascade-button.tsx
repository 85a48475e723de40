import { createSignal, type JSX, onCleanup, Show } from 'solid-js';
import { api, type Job } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';

/** 逐级下达: derives drafts for every government below, in the background, with a progress bar. */
export function CascadeButton(props: { planId: string }): JSX.Element {
  const [job, setJob] = createSignal<Job | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [confirming, setConfirming] = createSignal(false);
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));
  const start = async () => {
    setError(null);
    try {
      const started = await api.cascade(props.planId);
      setJob(started);
      timer = setInterval(async () => {
        const current = await api.job(started.id).catch((e) => {
          setError(e);
          return null;
        });
        if (current) setJob(current);
        if (current?.state !== 'running' && current?.state !== 'queued') clearInterval(timer);
      }, 1000);
    } catch (e) {
      setError(e);
    }
  };
  const percent = () => {
    const j = job();
    return j?.total ? Math.round((j.done / j.total) * 100) : 0;
  };
  return (
    <div class="cascade">
      <button
        type="button"
        onClick={() => setConfirming(true)}
        disabled={job()?.state === 'running' || job()?.state === 'queued'}
      >
        {t('cascade.start')}
      </button>
      <ConfirmDialog
        open={confirming()}
        title={t('cascade.confirmTitle')}
        body={t('cascade.confirmBody')}
        confirm={t('cascade.confirm')}
        onConfirm={() => void start()}
        onClose={() => setConfirming(false)}
      />
      <Show when={job()}>
        {(j) => (
          <div class="progress-line" role="status">
            <progress max={100} value={percent()} aria-label={t('cascade.progress')} />
            <span>
              {j().state === 'queued'
                ? t('cascade.queued')
                : j().state === 'running'
                  ? t('cascade.running', { done: j().done, total: j().total, message: j().message })
                  : j().state === 'succeeded'
                    ? t('cascade.succeeded', { total: j().total })
                    : t('cascade.failed', { error: j().error ?? '' })}
            </span>
          </div>
        )}
      </Show>
      <ErrorMessage error={error()} />
    </div>
  );
}
