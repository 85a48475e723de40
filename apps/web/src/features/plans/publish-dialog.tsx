import { createSignal, type JSX, Show } from 'solid-js';
import { api, type PlanDetail } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';

/** 发布: a new immutable version with a change summary; its tasks go out to the units they name. */
export function PublishDialog(props: {
  plan: PlanDetail['plan'];
  /** Labels of the tasks naming no unit: published, they reach no ledger. */
  unaddressed: string[];
  open: boolean;
  onClose: () => void;
  onPublished: (result: { version: number; assignmentsIssued: number }) => void;
}): JSX.Element {
  const [summary, setSummary] = createSignal('');
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.publish(props.plan.id, props.plan.version, summary());
      props.onPublished(result);
      props.onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.open}
      title={t('publish.title', { v: props.plan.publishedVersion + 1 })}
      onClose={props.onClose}
    >
      <form class="form" onSubmit={submit}>
        <p>{t('publish.body', { n: props.plan.taskCount })}</p>
        <Show when={props.unaddressed.length}>
          <p class="form-warning" role="note">
            {t('publish.unaddressed', { n: props.unaddressed.length, labels: props.unaddressed.slice(0, 8).join(' ') })}
          </p>
        </Show>
        <label>
          {t('publish.summary')}
          <textarea
            rows={3}
            value={summary()}
            onInput={(e) => setSummary(e.currentTarget.value)}
            placeholder={t('publish.summaryPlaceholder')}
          />
        </label>
        <ErrorMessage error={error()} />
        <div class="actions">
          <button type="button" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? t('publish.busy') : t('publish.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
