import { createSignal, type JSX, Show } from 'solid-js';
import { OrgDetail } from './features/org-browser/org-detail.tsx';
import { OrgSearch } from './features/org-browser/org-search.tsx';
import { OrgTree } from './features/org-browser/org-tree.tsx';

/** The shell: header, the org tree and search on the left, the selected org on the right. */
export function App(): JSX.Element {
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
