import { createResource, For, type JSX, Show } from 'solid-js';
import { api, type SignInRecord } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { formatTime } from '../../ui/labels.ts';

/** 登录记录: this account's sign-ins and failed attempts of the last days, newest first. */
export function OwnSignIns(): JSX.Element {
  const [history] = createResource(() => api.signIns());
  return (
    <>
      <ErrorMessage error={history.error} />
      <Show when={history()} fallback={<Loading what={t('signIns.what')} />}>
        {(h) => (
          <>
            <h3>{t('signIns.own', { days: h().days })}</h3>
            <Show when={h().items.length} fallback={<p class="muted">{t('signIns.ownEmpty', { days: h().days })}</p>}>
              <p class="muted">{t('signIns.ownTotal', { signIns: h().signIns, failures: h().failures })}</p>
              <table class="data-table compact" aria-label={t('signIns.own', { days: h().days })}>
                <thead>
                  <tr>
                    <th scope="col">{t('signIns.col.time')}</th>
                    <th scope="col">{t('signIns.col.result')}</th>
                    <th scope="col">{t('signIns.col.method')}</th>
                    <th scope="col">{t('signIns.col.address')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={h().items}>
                    {(r: SignInRecord) => (
                      <tr classList={{ failed: !r.signedIn }}>
                        <td class="nowrap">{formatTime(r.at)}</td>
                        <td>{r.signedIn ? t('signIns.succeeded') : t('signIns.failed')}</td>
                        <td>{t(`signIns.method.${r.method}`)}</td>
                        <td>{r.address}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
