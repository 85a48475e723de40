import { createMemo, createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { ApiError, api, downloads, type FireableEvent, type LedgerRow } from '../../api/client.ts';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { ESCALATION_LABELS, EVENT_LABELS, formatTime, rowStateLabel, UNIT_ROLE_LABELS } from '../../ui/labels.ts';
import { RowNotices } from '../supervision-notices/row-notices.tsx';
import { isReturned } from './is-returned.ts';
import { ACTION_LABELS, quickActionOf, type RowAction, rowActions } from './ledger-actions.ts';

/** The form open in the drawer: 督办 (no state transition), or one event the server offers. */
type Choice = { urge: true } | { event: string };
type OpenForm = { kind: 'urge' } | { kind: 'event'; event: FireableEvent };

const EVIDENCE_TYPES = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt';

/**
 * One assignment: the task, the latest report and evidence, the timeline, and the action forms —
 * one button per event the server says this account can fire now (`transitions`), its form asking
 * exactly the event's inputs, and 督办.
 */
export function AssignmentDrawer(props: {
  row: LedgerRow;
  initialAction?: RowAction | undefined;
  onChanged: () => void;
  onClose: () => void;
}): JSX.Element {
  const [detail, { refetch }] = createResource(() => props.row.id, api.assignment);
  const initial = (): Choice | null => {
    const a = props.initialAction;
    if (!a) return null;
    if (a === 'urge') return { urge: true };
    // The event the row's quick action fires in its state (报送, 核验通过 or 初审通过, 退回).
    return { event: quickEvent(props.row.state, a) };
  };
  const [choice, setChoice] = createSignal<Choice | null>(initial());
  const [text, setText] = createSignal('');
  const [dueOn, setDueOn] = createSignal('');
  const [files, setFiles] = createSignal<File[]>([]);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  // What the last action did, said once it is done (the row may leave the filtered list meanwhile).
  const [done, setDone] = createSignal<string | null>(null);
  const current = () => detail()?.assignment ?? props.row;
  const transitions = () => detail()?.transitions ?? [];
  const urges = () => rowActions(current()).includes('urge');
  /** The open form, once the server has said which events this account can fire (kept while the same). */
  const form = createMemo(
    (): OpenForm | null => {
      const c = choice();
      if (!c) return null;
      if ('urge' in c) return urges() ? { kind: 'urge' } : null;
      const event = transitions().find((e) => e.event === c.event);
      return event ? { kind: 'event', event } : null;
    },
    null,
    { equals: (a, b) => formKey(a) === formKey(b) },
  );
  const choose = (next: Choice | null) => {
    setChoice(next);
    setError(null);
    setText('');
    setDueOn('');
    setFiles([]);
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const open = form();
    if (!open) return;
    const row = current();
    const refused =
      open.kind === 'event'
        ? missingInput(open.event, row, text(), dueOn(), files())
        : text().trim()
          ? undefined
          : t('drawer.missing', { field: t('drawer.field.urge') });
    setError(refused ? new Error(refused) : null);
    if (refused) return;
    setBusy(true);
    setDone(null);
    try {
      if (open.kind === 'urge') {
        await api.urge(row.id, text());
        setDone(t('drawer.done.urge'));
      } else {
        const fe = open.event;
        const quick = quickActionOf(fe.event, row.state);
        // A report's text is its own field (完成情况, up to 5000 characters): the /report alias takes it.
        if (fe.event === 'REPORT') await api.report(row.id, row.version, text(), files());
        else await api.transition(row.id, transitionBody(fe, row.version, text(), dueOn()), files());
        setDone(quick ? t(DONE[quick]) : t('drawer.done.event', { action: fe.label, state: fe.targetLabel }));
      }
      choose(null);
      await refetch();
      props.onChanged();
    } catch (failure) {
      setError(failure);
      // Someone changed the row meanwhile: show the latest (and its events) under the refusal.
      if (failure instanceof ApiError && failure.problem.status === 409) {
        await refetch();
        props.onChanged();
      }
    } finally {
      setBusy(false);
    }
  };
  // The reason of the return in force is shown above; the timeline does not say it a second time.
  const shownAbove = () => (isReturned(current()) ? (current().lastComment ?? undefined) : undefined);
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
            <Show when={isReturned(current())} fallback={rowStateLabel(current())}>
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
        {(said) => (
          <p class="form-ok" role="status">
            {said()}
          </p>
        )}
      </Show>
      <div class="actions">
        <For each={transitions()}>
          {(fe) => {
            const quick = () => quickActionOf(fe.event, current().state);
            return (
              <button
                type="button"
                classList={{
                  primary: quick() === 'report' || quick() === 'verify',
                  danger: quick() === 'return',
                }}
                onClick={() => choose({ event: fe.event })}
              >
                {fe.label}
              </button>
            );
          }}
        </For>
        <Show when={urges()}>
          <button type="button" onClick={() => choose({ urge: true })}>
            {ACTION_LABELS.urge}
          </button>
        </Show>
      </div>
      <Show when={detail() && !transitions().length && !urges()}>
        <p class="muted">{t('drawer.noTransitions')}</p>
      </Show>
      <Show when={form()} keyed>
        {(open) => {
          const label = open.kind === 'urge' ? ACTION_LABELS.urge : open.event.label;
          const fields = open.kind === 'urge' ? null : formFields(open.event, current());
          return (
            <form class="form" onSubmit={submit} aria-label={label} noValidate>
              <Show when={open.kind === 'urge'}>
                <label>
                  {t('drawer.prompt.urge')}
                  <textarea rows={4} value={text()} onInput={(e) => setText(e.currentTarget.value)} required />
                </label>
              </Show>
              <Show when={fields?.text}>
                {(field) => (
                  <label>
                    {field().prompt}
                    <textarea
                      rows={4}
                      value={text()}
                      onInput={(e) => setText(e.currentTarget.value)}
                      required={field().required}
                    />
                  </label>
                )}
              </Show>
              <Show when={fields?.dueOn}>
                {(name) => (
                  <label>
                    {t('drawer.required', { field: name() })}
                    <input type="date" value={dueOn()} onInput={(e) => setDueOn(e.currentTarget.value)} required />
                  </label>
                )}
              </Show>
              <Show when={fields?.evidence}>
                <label>
                  {t(current().evidenceRequired ? 'drawer.evidenceRequired' : 'drawer.evidence')}
                  <input
                    type="file"
                    multiple
                    accept={EVIDENCE_TYPES}
                    onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
                  />
                </label>
              </Show>
              <div class="actions">
                <button type="button" onClick={() => choose(null)}>
                  {t('common.cancel')}
                </button>
                <button type="submit" class="primary" disabled={busy()}>
                  {busy() ? t('common.submitting') : t('drawer.confirm', { action: label })}
                </button>
              </div>
            </form>
          );
        }}
      </Show>
      {/* Below the form, and still there when a refetch after a refusal closed it. */}
      <ErrorMessage error={error()} />
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
                      <time>{formatTime(e.at)}</time> {eventName(e)}
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

/** The event a quick action fires in a state (核验通过 is PASS in a review step). */
function quickEvent(state: string, action: Exclude<RowAction, 'urge'>): string {
  return ['REPORT', 'VERIFY', 'PASS', 'RETURN'].find((event) => quickActionOf(event, state) === action) ?? '';
}

const formKey = (form: OpenForm | null) => (form ? (form.kind === 'urge' ? 'urge' : form.event.event) : '');

/**
 * What an event's form asks: a text (报送's 完成情况; a required reason or comment; an optional
 * 核验意见 for an approval, kept as its comment), a new due date, evidence.
 */
function formFields(
  fe: FireableEvent,
  row: LedgerRow,
): { text?: { prompt: string; name: string; required: boolean }; dueOn?: string; evidence: boolean } {
  const quick = quickActionOf(fe.event, row.state);
  const evidence = fe.input.includes('evidence') || fe.event === 'REPORT';
  const dueOn = fe.input.includes('dueOn') ? t('drawer.field.dueOn') : undefined;
  const withDue = dueOn ? { dueOn } : {};
  if (fe.event === 'REPORT') {
    const name = t('drawer.prompt.report');
    return { text: { prompt: name, name, required: true }, evidence, ...withDue };
  }
  const needs = fe.input.includes('reason') ? 'reason' : fe.input.includes('comment') ? 'comment' : undefined;
  if (needs) {
    const name = t(needs === 'reason' ? 'drawer.field.reason' : 'drawer.field.comment', { action: fe.label });
    const prompt = quick === 'return' ? t('drawer.prompt.return') : t('drawer.required', { field: name });
    return { text: { prompt, name, required: true }, evidence, ...withDue };
  }
  if (quick === 'verify') {
    const prompt = t('drawer.prompt.verify');
    return { text: { prompt, name: prompt, required: false }, evidence, ...withDue };
  }
  return { evidence, ...withDue };
}

/** The first input the form lacks, in words naming the field (the server refuses it too). */
function missingInput(
  fe: FireableEvent,
  row: LedgerRow,
  text: string,
  dueOn: string,
  files: File[],
): string | undefined {
  const fields = formFields(fe, row);
  if (fields.text?.required && !text.trim()) return t('drawer.missing', { field: fields.text.name });
  if (fields.dueOn && !dueOn) return t('drawer.missingDate', { field: fields.dueOn });
  if (fe.input.includes('evidence') && row.evidenceRequired && !files.length) return t('drawer.missingEvidence');
  return undefined;
}

/** The transitions endpoint's body: the text as the event's reason (or comment), the date. */
function transitionBody(fe: FireableEvent, expectedVersion: number, text: string, dueOn: string) {
  const said = text.trim();
  // An approval's optional 核验意见 is its reason, as the /verify alias has it (the review comment).
  const asComment = fe.input.includes('comment') && !fe.input.includes('reason');
  return {
    event: fe.event,
    expectedVersion,
    ...(said ? (asComment ? { comment: said } : { reason: said }) : {}),
    ...(fe.input.includes('dueOn') && dueOn ? { dueOn } : {}),
  };
}

/**
 * The line under an event: a return's reason, an urge's message, an escalation's step and red days;
 * nothing for the text already shown above the timeline.
 */
/** A logged step's name: the dictionary's words, else the step's own label in its variant (a designed event). */
function eventName(e: { type: string; payload: Record<string, unknown> }): string {
  const label = e.payload.label;
  return e.type in EVENT_LABELS || typeof label !== 'string' ? (EVENT_LABELS[e.type] ?? e.type) : label;
}

function eventDetail(e: { type: string; payload: Record<string, unknown> }, shownAbove?: string): string | undefined {
  const p = e.payload;
  if (e.type === 'assignment.escalated' && typeof p.action === 'string')
    return t('timeline.escalated', {
      action: ESCALATION_LABELS[p.action] ?? p.action,
      days: String(p.redWorkingDays ?? '—'),
      due: String(p.due ?? '—'),
    });
  const fired = p.event as { reason?: string; dueOn?: string } | undefined;
  const detail = fired?.reason ?? (p.message as string | undefined);
  // A step that asked for a date (申请延期, 批准延期, 恢复执行) says it.
  const due = fired?.dueOn ? t('timeline.dueOn', { due: fired.dueOn }) : undefined;
  const said = detail === shownAbove ? undefined : detail;
  return [said, due].filter(Boolean).join(t('list.separator')) || undefined;
}
