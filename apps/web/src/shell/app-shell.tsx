import { A, type RouteSectionProps } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { keepUnreadFresh, unread } from '../features/notifications/unread.ts';
import { FailedLoginsNotice } from '../features/session/failed-logins-notice.tsx';
import { type Account, account, ROLE_LABELS, signOut } from '../features/session/session.ts';
import { type MessageKey, t } from '../ui/dictionary.ts';
import { LocaleSwitch } from '../ui/locale-switch.tsx';

type NavItem = { href: string; label: MessageKey; roles?: Account['role'][] };

const NAV: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/plans', label: 'nav.plans' },
  { href: '/inbox', label: 'nav.inbox', roles: ['deriver', 'admin'] },
  { href: '/workflows', label: 'nav.workflows', roles: ['author', 'admin'] },
  { href: '/ledger', label: 'nav.ledger' },
  { href: '/dashboard', label: 'nav.dashboard', roles: ['supervisor', 'admin'] },
  { href: '/supervision-notices', label: 'nav.notices' },
  { href: '/orgs', label: 'nav.orgs' },
  { href: '/sign-ins', label: 'nav.signIns', roles: ['admin'] },
  { href: '/accounts', label: 'nav.accounts', roles: ['admin'] },
];

/** Header with the account and the sections its role works in; the page below. */
export function AppShell(props: RouteSectionProps): JSX.Element {
  keepUnreadFresh();
  const current = () => account() as Account;
  return (
    <div class="shell">
      <header class="app-header">
        <h1>{t('app.title')}</h1>
        <nav class="main-nav" aria-label={t('nav.main')}>
          <For each={NAV.filter((n) => !n.roles || n.roles.includes(current().role))}>
            {(item) => (
              <A href={item.href} end={item.href === '/'} activeClass="active">
                {t(item.label)}
              </A>
            )}
          </For>
        </nav>
        <A href="/notifications" class="notice-link" activeClass="active">
          {t('nav.messages')}
          <Show when={unread() > 0}>
            <span class="badge">
              {unread()}
              <span class="visually-hidden">{t('nav.unread')}</span>
            </span>
          </Show>
        </A>
        <A href="/sign-ins" class="account" title={t('account.current')}>
          {current().orgName} · {ROLE_LABELS[current().role]} · {current().displayName}
        </A>
        <LocaleSwitch class="header-button" />
        <button type="button" class="header-button" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
      </header>
      <main class="page">
        <FailedLoginsNotice />
        {props.children}
      </main>
    </div>
  );
}
