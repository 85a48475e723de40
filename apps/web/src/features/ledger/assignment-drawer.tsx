import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, downloads, type LedgerRow } from '../../api/client.ts';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { ESCALATION_LABELS, EVENT_LABELS, formatTime, stateLabel, UNIT_ROLE_LABELS } from '../../ui/labels.ts';
import { RowNotices } from '../supervision-notices/row-notices.tsx';
import { isReturned } from './is-returned.ts';
import { ACTION_LABELS, type RowAction, rowActions } from './ledger-actions.ts';

/** One assignment: the task, the latest report and evidence, the timeline, and the action forms. */
export function AssignmentDrawer(props: {
  row: LedgerRow;
  initialAction?: RowAction | undefined;
  onChanged: () => void;
  onClose: () => void;
}): JSX.Element {
  const [detail, { refetch }] = createResource(() => props.row.id, api.assignment);
  const [action, setAction] = createSignal<RowAction | null>(props.initialAction ?? null);
  const [text, setText] = createSignal('');
  const [files, setFiles] = createSignal<File[]>([]);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  // What the last action did, said once it is done (the row may leave the filtered list meanwhile).
  const [done, setDone] = createSignal<RowAction | null>(null);
  const current = () => detail()?.assignment ?? props.row;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const row = current();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const a = action();
      if (a === 'report') await api.report(row.id, row.version, text(), files());
      else if (a === 'verify') await api.verify(row.id, row.version, text() || undefined);
      else if (a === 'return') await api.returnReport(row.id, row.version, text());
      else if (a === 'urge') await api.urge(row.id, text());
      setAction(null);
      setDone(a);
      setText('');
      setFiles([]);
      await refetch();
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // The reason of the return in force is shown above; the timeline does not say it a second time.
  const shownAbove = () => (isReturned(current()) ? (current().lastComment ?? undefined) : undefined);
  const prompts: Record<RowAction, MessageKey> = {
    report: 'drawer.prompt.report',
    verify: 'drawer.prompt.verify',
    return: 'drawer.prompt.return',
    urge: 'drawer.prompt.urge',
  };
  return (
    <aside class="drawer" aria-label={t('drawer.label')}>
      <header class="drawer-header">
        <h3>
          {current().itemLabel} {current().orgName}（{UNIT_ROLE_LABELS[current().role] ?? current().role}）
        </h3>
        <button type="button" class="icon-button" aria-label={t('drawer.close')} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      <p>{current().itemText}</p>
      <dl class="facts">
        <div class="fact">
          <dt>{t('col.state')}</dt>
          <dd>
            {/* A returned row waits for a report again: 已退回 says more than its state's name. */}
            <Show when={isReturned(current())} fallback={stateLabel(current().state)}>
              <span class="state state-returned">{t('ledger.returned')}</span>
            </Show>
          </dd>
        </div>
        <div class="fact">
          <dt>{t('drawer.deadline')}</dt>
          <dd>
            {current().deadlineText ?? '—'}
            <Show when={current().dueOn}>（{current().dueOn}）</Show>
          </dd>
        </div>
        <div class="fact">
          <dt>{t('drawer.plan')}</dt>
          <dd>{current().planTitle}</dd>
        </div>
      </dl>
      <Show when={current().lastReport}>
        {(report) => (
          <section class="report-box">
            <h4>{t('drawer.lastReport')}</h4>
            <p>{report().text}</p>
            <ul>
              <For each={report().evidence}>
                {(file) => (
                  <li>
                    <Show when={file.hash} fallback={file.name}>
                      {(hash) => (
                        <a href={downloads.evidence(current().id, hash())} download="">
                          {file.name}
                        </a>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </Show>
      <Show when={current().lastComment}>
        <p class="comment">
          {t(isReturned(current()) ? 'drawer.returnReason' : 'drawer.comment', {
            comment: current().lastComment ?? '',
          })}
        </p>
      </Show>
      <Show when={done()}>
        {(a) => (
          <p class="form-ok" role="status">
            {t(DONE[a()])}
          </p>
        )}
      </Show>
      <div class="actions">
        <For each={rowActions(current())}>
          {(a) => (
            <button
              type="button"
              classList={{ primary: a === 'report' || a === 'verify', danger: a === 'return' }}
              onClick={() => setAction(a)}
            >
              {ACTION_LABELS[a]}
            </button>
          )}
        </For>
      </div>
      <Show when={action()}>
        {(a) => (
          <form class="form" onSubmit={submit} aria-label={ACTION_LABELS[a()]}>
            <label>
              {t(prompts[a()])}
              <textarea
                rows={4}
                value={text()}
                onInput={(e) => setText(e.currentTarget.value)}
                required={a() !== 'verify'}
              />
            </label>
            <Show when={a() === 'report'}>
              <label>
                {t(current().evidenceRequired ? 'drawer.evidenceRequired' : 'drawer.evidence')}
                <input
                  type="file"
                  multiple
                  accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt"
                  onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
                />
              </label>
            </Show>
            <ErrorMessage error={error()} />
            <div class="actions">
              <button type="button" onClick={() => setAction(null)}>
                {t('common.cancel')}
              </button>
              <button type="submit" class="primary" disabled={busy()}>
                {busy() ? t('common.submitting') : t('drawer.confirm', { action: ACTION_LABELS[a()] })}
              </button>
            </div>
          </form>
        )}
      </Show>
      <RowNotices assignmentId={current().id} orgPath={current().orgPath} />
      <section>
        <h4>{t('drawer.timeline')}</h4>
        <Show when={detail()} fallback={<Loading />}>
          {(d) => (
            <Show when={d().events.length} fallback={<p class="muted">{t('drawer.noEvents')}</p>}>
              <ol class="timeline">
                <For each={d().events}>
                  {(e) => (
                    <li>
                      <time>{formatTime(e.at)}</time> {EVENT_LABELS[e.type]}
                      <span class="muted"> · {e.actorName}</span>
                      <Show when={eventDetail(e, shownAbove())}>{(why) => <div class="muted">{why()}</div>}</Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          )}
        </Show>
      </section>
    </aside>
  );
}

const DONE: Record<RowAction, MessageKey> = {
  report: 'drawer.done.report',
  verify: 'drawer.done.verify',
  return: 'drawer.done.return',
  urge: 'drawer.done.urge',
};

/**
 * The line under an event: a return's reason, an urge's message, an escalation's step and red days;
 * nothing for the text already shown above the timeline.
 */
function eventDetail(e: { type: string; payload: Record<string, unknown> }, shownAbove?: string): string | undefined {
  const p = e.payload;
  if (e.type === 'assignment.escalated' && typeof p.action === 'string')
    return t('timeline.escalated', {
      action: ESCALATION_LABELS[p.action] ?? p.action,
      days: String(p.redWorkingDays ?? '—'),
      due: String(p.due ?? '—'),
    });
  const detail = (p.event as { reason?: string } | undefined)?.reason ?? (p.message as string | undefined);
  return detail === shownAbove ? undefined : detail;
}
