import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type OwnSession } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { formatTime } from '../../ui/labels.ts';
import { deviceLabel } from './device-label.ts';

/**
 * 登录设备: where this account is signed in now. A session one does not recognise is ended here
 * (one at a time, or all but this one) — what to do when a password may have leaked.
 */
export function OwnSessions(): JSX.Element {
  const [sessions, { refetch }] = createResource(() => api.ownSessions());
  const [confirmAll, setConfirmAll] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [done, setDone] = createSignal('');
  const others = () => sessions()?.sessions.filter((s) => !s.current) ?? [];

  async function end(action: () => Promise<{ ended: number }>) {
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      const { ended } = await action();
      setDone(t('sessions.ended', { n: ended }));
      await refetch();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <header class="section-header">
        <h3>{t('sessions.title')}</h3>
        <button type="button" disabled={busy() || others().length === 0} onClick={() => setConfirmAll(true)}>
          {t('sessions.endOthers')}
        </button>
      </header>
      <ErrorMessage error={error() ?? sessions.error} />
      <Show when={done()}>
        <p class="form-ok" role="status">
          {done()}
        </p>
      </Show>
      <Show when={sessions()} fallback={<Loading what={t('sessions.title')} />}>
        {(list) => (
          <table class="data-table compact" aria-label={t('sessions.title')}>
            <thead>
              <tr>
                <th scope="col">{t('sessions.col.device')}</th>
                <th scope="col">{t('signIns.col.address')}</th>
                <th scope="col">{t('sessions.col.started')}</th>
                <th scope="col">{t('sessions.col.lastUsed')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('sessions.col.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={list().sessions}>
                {(s: OwnSession) => (
                  <tr>
                    <td title={s.userAgent ?? ''}>
                      {deviceLabel(s.userAgent)}
                      <Show when={s.current}>
                        {' '}
                        <span class="badge">{t('sessions.current')}</span>
                      </Show>
                    </td>
                    <td>{s.address ?? '—'}</td>
                    <td class="nowrap">{formatTime(s.createdAt)}</td>
                    <td class="nowrap">{formatTime(s.lastUsedAt)}</td>
                    <td>
                      <Show when={!s.current}>
                        <button
                          type="button"
                          class="link"
                          disabled={busy()}
                          onClick={() => end(() => api.endSession(s.handle))}
                        >
                          {t('sessions.end')}
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
      <ConfirmDialog
        open={confirmAll()}
        title={t('sessions.endOthersTitle')}
        body={t('sessions.endOthersBody', { n: others().length })}
        confirm={t('sessions.endOthers')}
        onConfirm={() => end(() => api.endOtherSessions())}
        onClose={() => setConfirmAll(false)}
      />
    </>
  );
}
