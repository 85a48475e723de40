import { type JSX, Show } from 'solid-js';
import type { Job } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';

/**
 * A background job's bar and words: until the job has counted its work the bar moves without a
 * value and says it is preparing (never "0/0"); then it fills as rows are done.
 */
export function JobProgress(props: { job: Job; label: string; counting: (job: Job) => string }): JSX.Element {
  const counted = () => props.job.total > 0;
  return (
    <>
      <Show when={counted()} fallback={<progress aria-label={props.label} />}>
        <progress max={props.job.total} value={props.job.done} aria-label={props.label} />
      </Show>
      <span>{counted() ? props.counting(props.job) : t('jobs.preparing')}</span>
    </>
  );
}
