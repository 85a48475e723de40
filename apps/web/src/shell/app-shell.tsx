import { A, type RouteSectionProps } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../api/client.ts';
import { type Account, account, ROLE_LABELS, signOut } from '../features/session/session.ts';

type NavItem = { href: string; label: string; roles?: Account['role'][] };

const NAV: NavItem[] = [
  { href: '/', label: '工作台' },
  { href: '/plans', label: '方案' },
  { href: '/inbox', label: '待分解', roles: ['deriver', 'admin'] },
  { href: '/ledger', label: '台账' },
  { href: '/dashboard', label: '督查汇总', roles: ['supervisor', 'admin'] },
  { href: '/orgs', label: '组织机构' },
];

/** Header with the account and the sections its role works in; the page below. */
export function AppShell(props: RouteSectionProps): JSX.Element {
  const [inbox] = createResource(() => api.notifications().catch(() => ({ items: [], unread: 0 })));
  const current = () => account() as Account;
  return (
    <div class="shell">
      <header class="app-header">
        <h1>政务公开工作计划管理平台</h1>
        <nav class="main-nav" aria-label="主导航">
          <For each={NAV.filter((n) => !n.roles || n.roles.includes(current().role))}>
            {(item) => (
              <A href={item.href} end={item.href === '/'} activeClass="active">
                {item.label}
              </A>
            )}
          </For>
        </nav>
        <A href="/notifications" class="notice-link" activeClass="active">
          消息
          <Show when={(inbox()?.unread ?? 0) > 0}>
            <span class="badge">
              {inbox()?.unread}
              <span class="visually-hidden"> 条未读</span>
            </span>
          </Show>
        </A>
        <span class="account" title="当前账号">
          {current().orgName} · {ROLE_LABELS[current().role]} · {current().displayName}
        </span>
        <button type="button" class="header-button" onClick={() => void signOut()}>
          退出登录
        </button>
      </header>
      <main class="page">{props.children}</main>
    </div>
  );
}
