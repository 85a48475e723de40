import { createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js';
import { OrgDetail } from './features/org-browser/org-detail.tsx';
import { OrgSearch } from './features/org-browser/org-search.tsx';
import { OrgTree } from './features/org-browser/org-tree.tsx';
import { LoginPage } from './features/session/login-page.tsx';
import { account, ROLE_LABELS, resumeSession, signOut } from './features/session/session.ts';

/** The shell: sign-in first; then the header with the account, the org tree and the selected org. */
export function App(): JSX.Element {
  onMount(() => void resumeSession());
  return (
    <Switch fallback={<div class="boot">正在加载…</div>}>
      <Match when={account() === null}>
        <LoginPage />
      </Match>
      <Match when={account()}>{(current) => <Workspace account={current()} />}</Match>
    </Switch>
  );
}

function Workspace(props: { account: NonNullable<ReturnType<typeof account>> }): JSX.Element {
  const initial = new URLSearchParams(location.search).get('org');
  const [selected, setSelected] = createSignal<string | null>(initial);
  const select = (id: string) => {
    setSelected(id);
    history.replaceState(null, '', `?org=${encodeURIComponent(id)}`);
  };
  return (
    <div class="layout">
      <header class="app-header">
        <h1>政务公开工作计划管理平台</h1>
        <span class="subtitle">组织机构</span>
        <span class="account" title="当前账号">
          {props.account.orgName} · {ROLE_LABELS[props.account.role]} · {props.account.displayName}
        </span>
        <button type="button" class="header-button" onClick={() => void signOut()}>
          退出登录
        </button>
      </header>
      <aside class="sidebar">
        <OrgSearch onSelect={select} />
        <OrgTree selectedId={selected()} onSelect={select} />
      </aside>
      <main class="content">
        <Show
          when={selected()}
          fallback={
            <div class="empty-state">
              <h2>选择一个单位</h2>
              <p>
                在左侧展开组织机构树，或输入单位名称、区划代码搜索（如“博罗”“441322”），查看该单位的基本情况、部门和下级区划。
              </p>
            </div>
          }
        >
          {(id) => <OrgDetail id={id()} onSelect={select} />}
        </Show>
      </main>
    </div>
  );
}
