import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { formatTime } from '../../ui/labels.ts';
import { can } from './can.ts';
import { OwnSessions } from './own-sessions.tsx';
import { OwnSignIns } from './own-sign-ins.tsx';
import { type Account, account } from './session.ts';

const DAYS = 30;

/**
 * 登录记录: where the account is signed in now (ending the sessions it does not recognise), its own
 * sign-ins and failed attempts; for an admin, also the failures on the accounts of its org and
 * below, one row per account and address.
 */
export function SignInsPage(): JSX.Element {
  const current = () => account() as Account;
  const [org] = createResource(
    () => (can('loginFailure.read', current().orgPath) ? current().orgId : undefined),
    (orgId) => api.orgFailedLogins(orgId, DAYS),
  );
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>{t('signIns.title')}</h2>
        <A href="/password" class="button">
          {t('setPassword.link')}
        </A>
      </header>
      <OwnSessions />
      <OwnSignIns />
      <Show when={can('loginFailure.read', current().orgPath)}>
        <h3>{t('signIns.org', { org: current().orgName, days: DAYS })}</h3>
        <ErrorMessage error={org.error} />
        <Show when={org()} fallback={<Loading what={t('signIns.what')} />}>
          {(list) => (
            <Show when={list().rows.length} fallback={<p class="muted">{t('signIns.orgEmpty')}</p>}>
              <table class="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('signIns.col.lastTime')}</th>
                    <th scope="col">{t('signIns.col.account')}</th>
                    <th scope="col">{t('col.unit')}</th>
                    <th scope="col">{t('signIns.col.address')}</th>
                    <th scope="col">{t('signIns.col.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list().rows}>
                    {(r) => (
                      <tr>
                        <td class="nowrap" title={formatTime(r.firstAt)}>
                          {formatTime(r.lastAt)}
                        </td>
                        <td>
                          {r.displayName} <span class="muted">{r.username}</span>
                        </td>
                        <td>{r.orgName}</td>
                        <td>{r.address}</td>
                        <td class="num">{r.count}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
