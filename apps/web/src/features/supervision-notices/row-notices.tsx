import { createResource, createSignal, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { can } from '../session/can.ts';
import { NoticeTable } from './notice-table.tsx';
import { noticesApi } from './notices-api.ts';

/**
 * The ledger drawer's 督办单 / 约谈 section: the row's notices with their state and actions, and for
 * supervision above the unit, 发督办单 / 发约谈通知 by hand (the office's next 文号, the standard
 * requirement unless one is written).
 */
export function RowNotices(props: { assignmentId: string; orgPath: string }): JSX.Element {
  const [list, { refetch }] = createResource(
    () => props.assignmentId,
    (id) => noticesApi.ofAssignment(id),
  );
  const [kind, setKind] = createSignal<'notice' | 'interview' | null>(null);
  const [requirement, setRequirement] = createSignal('');
  const [days, setDays] = createSignal(5);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [done, setDone] = createSignal('');
  const issue = async (e: SubmitEvent) => {
    e.preventDefault();
    const k = kind();
    if (!k) return;
    setBusy(true);
    setError(undefined);
    try {
      const made = await noticesApi.issue({
        kind: k,
        assignmentIds: [props.assignmentId],
        answerWorkingDays: days(),
        ...(requirement().trim() ? { requirement: requirement().trim() } : {}),
      });
      setDone(t('notices.done.issue', { number: made.docNumber }));
      setKind(null);
      void refetch();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="row-notices">
      <h4>{t('notices.forRow')}</h4>
      <ErrorMessage error={list.error} />
      <Show when={list()?.items.length}>
        <NoticeTable items={list()?.items ?? []} side="issued" onChanged={() => void refetch()} />
      </Show>
      <Show when={done()}>
        <p class="form-ok" role="status">
          {done()}
        </p>
      </Show>
      <Show when={can('notice.issue', props.orgPath)}>
        <div class="actions">
          <button type="button" onClick={() => setKind('notice')}>
            {t('notices.issueNotice')}
          </button>
          <button type="button" onClick={() => setKind('interview')}>
            {t('notices.issueInterview')}
          </button>
        </div>
        <Show when={kind()}>
          {(k) => (
            <form
              class="form"
              onSubmit={issue}
              aria-label={t(k() === 'notice' ? 'notices.issueNotice' : 'notices.issueInterview')}
            >
              <label>
                {t('notices.issue.requirement')}
                <textarea rows={3} value={requirement()} onInput={(e) => setRequirement(e.currentTarget.value)} />
              </label>
              <label>
                {t('notices.issue.answerDays')}
                <input
                  type="number"
                  min="1"
                  max="60"
                  value={days()}
                  onInput={(e) => setDays(Number(e.currentTarget.value) || 5)}
                />
              </label>
              <ErrorMessage error={error()} />
              <div class="actions">
                <button type="button" onClick={() => setKind(null)}>
                  {t('common.cancel')}
                </button>
                <button type="submit" class="primary" disabled={busy()}>
                  {busy()
                    ? t('common.submitting')
                    : t(k() === 'notice' ? 'notices.issueNotice' : 'notices.issueInterview')}
                </button>
              </div>
            </form>
          )}
        </Show>
      </Show>
    </section>
  );
}
