import { A } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { formatTime } from '../../ui/labels.ts';
import { dismissFailedLoginsNotice, failedLoginsNotice } from './session.ts';

/** 上次登录以来的失败尝试: shown once after signing in, until read or dismissed. */
export function FailedLoginsNotice(): JSX.Element {
  return (
    <Show when={failedLoginsNotice()}>
      {(notice) => (
        <div class="banner failed-logins-notice" role="status">
          <p>
            <strong>{t(notice().since ? 'signIns.notice' : 'signIns.noticeFirst', { n: notice().count })}</strong>{' '}
            {t('signIns.noticeHelp')}
          </p>
          <p class="muted">
            {t('signIns.latest')}
            <For each={notice().recent}>
              {(f, i) => (
                <>
                  {i() > 0 ? t('list.separator') : ''}
                  <time datetime={f.at}>{formatTime(f.at)}</time> {f.address}
                </>
              )}
            </For>
          </p>
          <p>
            <A href="/sign-ins" onClick={dismissFailedLoginsNotice}>
              {t('signIns.view')}
            </A>{' '}
            <button type="button" class="link" onClick={dismissFailedLoginsNotice}>
              {t('signIns.dismiss')}
            </button>
          </p>
        </div>
      )}
    </Show>
  );
}
