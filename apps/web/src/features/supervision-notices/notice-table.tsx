import { A } from '@solidjs/router';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { type NoticeAction, type NoticeSummary, noticeDocx, noticesApi } from './notices-api.ts';

const ACTION_KEYS: Record<NoticeAction, MessageKey> = {
  sign: 'notices.action.sign',
  answer: 'notices.action.answer',
  return: 'notices.action.return',
  close: 'notices.action.close',
};
const DONE_KEYS: Record<NoticeAction, MessageKey> = {
  sign: 'notices.done.sign',
  answer: 'notices.done.answer',
  return: 'notices.done.return',
  close: 'notices.done.close',
};

/** Existing state colours: grey to sign for, amber signed, blue answered, green closed. */
const STATE_CLASS: Record<string, string> = {
  issued: 'state state-assigned',
  signed: 'state state-reported',
  answered: 'state tag-added',
  closed: 'state state-closed',
};

export const noticeKindLabel = (kind: string) => t(kind === 'interview' ? 'noticeKind.interview' : 'noticeKind.notice');
export const noticeStateLabel = (state: string) => t(`noticeState.${state}` as MessageKey);

/**
 * 督办单 / 约谈 in a table: 文号, kind, the other party, the tasks, the dates, the state (逾期未答复
 * in red), and what the signed-in account may do now — 签收 and 答复 for the unit, 退回 and 办结 for
 * the issuer — with 打印 (.docx) for everyone who sees it. 答复, 退回 and 办结 open a short form.
 */
export function NoticeTable(props: {
  items: NoticeSummary[];
  /** Which party the table is for: the unit sees the issuer, the issuer sees the unit. */
  side: 'issued' | 'received';
  onChanged: () => void;
}): JSX.Element {
  const [open, setOpen] = createSignal<{ notice: NoticeSummary; action: NoticeAction } | null>(null);
  const [text, setText] = createSignal('');
  const [date, setDate] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [done, setDone] = createSignal('');

  const run = async (notice: NoticeSummary, action: NoticeAction) => {
    setBusy(true);
    setError(undefined);
    try {
      if (action === 'sign') await noticesApi.sign(notice.id);
      else if (action === 'answer') await noticesApi.answer(notice.id, { plan: text(), rectifyBy: date() });
      else if (action === 'return') await noticesApi.return(notice.id, text());
      else await noticesApi.close(notice.id, text());
      setDone(t(DONE_KEYS[action], { number: notice.docNumber }));
      setOpen(null);
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const start = (notice: NoticeSummary, action: NoticeAction) => {
    setDone('');
    setError(undefined);
    setText('');
    setDate('');
    if (action === 'sign') void run(notice, action);
    else setOpen({ notice, action });
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const current = open();
    if (current) void run(current.notice, current.action);
  };

  return (
    <>
      <Show when={done()}>
        <p class="form-ok" role="status">
          {done()}
        </p>
      </Show>
      <Show when={!open()}>
        <ErrorMessage error={error()} />
      </Show>
      <div class="table-scroll">
        <table class="data-table compact notice-table">
          <thead>
            <tr>
              <th scope="col">{t('notices.col.number')}</th>
              <th scope="col">{t('notices.col.kind')}</th>
              <th scope="col">{t(props.side === 'issued' ? 'notices.col.unit' : 'notices.col.issuer')}</th>
              <th scope="col">{t('notices.col.tasks')}</th>
              <th scope="col">{t('notices.col.issuedOn')}</th>
              <th scope="col">{t('notices.col.answerDue')}</th>
              <th scope="col">{t('notices.col.state')}</th>
              <th scope="col">{t('notices.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(n) => (
                <tr data-notice={n.docNumber}>
                  <td class="nowrap">{n.docNumber}</td>
                  <td>
                    <span class={`tag escalation-${n.kind}`}>{noticeKindLabel(n.kind)}</span>
                  </td>
                  <td>{props.side === 'issued' ? n.unitName : n.issuerName}</td>
                  <td title={n.firstTask.text}>
                    <A
                      href={`/ledger?${n.firstTask.planId ? `planId=${encodeURIComponent(n.firstTask.planId)}&` : ''}assignment=${encodeURIComponent(n.firstTask.assignmentId)}`}
                    >
                      {n.firstTask.label}{' '}
                      {n.firstTask.text.length > 30 ? `${n.firstTask.text.slice(0, 30)}…` : n.firstTask.text}
                    </A>
                    <Show when={n.taskCount > 1}>
                      <span class="muted"> {t('notices.moreTasks', { count: n.taskCount })}</span>
                    </Show>
                  </td>
                  <td class="nowrap">{n.issuedOn}</td>
                  <td class="nowrap">{n.answerDueOn}</td>
                  <td>
                    <span class={STATE_CLASS[n.state] ?? 'state'}>{noticeStateLabel(n.state)}</span>
                    <Show when={n.overdue}>
                      {' '}
                      <span class="state state-rectifying">{t('notices.overdue')}</span>
                    </Show>
                    <Show when={n.rectifyBy}>
                      {(d) => <div class="muted">{t('notices.rectifyBy', { date: d() })}</div>}
                    </Show>
                  </td>
                  <td class="actions">
                    <For each={n.actions}>
                      {(a) => (
                        <button
                          type="button"
                          classList={{ primary: a !== 'return', danger: a === 'return' }}
                          disabled={busy()}
                          onClick={() => start(n, a)}
                        >
                          {t(ACTION_KEYS[a])}
                        </button>
                      )}
                    </For>
                    <a href={noticeDocx(n.id)} download="" title={t('notices.printTitle', { number: n.docNumber })}>
                      {t('notices.print')}
                    </a>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={open()}>
        {(o) => (
          <form class="form" onSubmit={submit} aria-label={`${t(ACTION_KEYS[o().action])} ${o().notice.docNumber}`}>
            <p>
              <strong>{o().notice.docNumber}</strong> {noticeKindLabel(o().notice.kind)}
            </p>
            <label>
              {t(
                o().action === 'answer'
                  ? 'notices.answer.plan'
                  : o().action === 'return'
                    ? 'notices.return.reason'
                    : 'notices.close.note',
              )}
              <textarea
                rows={3}
                value={text()}
                onInput={(e) => setText(e.currentTarget.value)}
                required={o().action !== 'close'}
              />
            </label>
            <Show when={o().action === 'answer'}>
              <label>
                {t('notices.answer.rectifyBy')}
                <input type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} required />
              </label>
            </Show>
            <ErrorMessage error={error()} />
            <div class="actions">
              <button type="button" onClick={() => setOpen(null)}>
                {t('common.cancel')}
              </button>
              <button type="submit" class="primary" disabled={busy()}>
                {busy() ? t('common.submitting') : t('notices.confirm', { action: t(ACTION_KEYS[o().action]) })}
              </button>
            </div>
          </form>
        )}
      </Show>
    </>
  );
}
