import { createSignal, onCleanup } from 'solid-js';
import { api, type Job } from '../../api/client.ts';

/**
 * A background job the page started (逐级下达, 回头看), polled once a second until it ends, so
 * the page shows its progress bar and then its outcome. One watcher per button.
 */
export function watchJob() {
  const [job, setJob] = createSignal<Job | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));
  const running = () => job()?.state === 'running' || job()?.state === 'queued';
  const start = async (begin: () => Promise<Job>) => {
    setError(null);
    clearInterval(timer);
    try {
      const started = await begin();
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
  return { job, error, running, start };
}
