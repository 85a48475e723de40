import { useSearchParams } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { OrgDetail } from './org-detail.tsx';
import { OrgSearch } from './org-search.tsx';
import { OrgTree } from './org-tree.tsx';

/** The org tree and search on the left, the selected org on the right (?org= keeps the choice). */
export function OrgBrowserPage(): JSX.Element {
  const [params, setParams] = useSearchParams<{ org?: string }>();
  const select = (id: string) => setParams({ org: id }, { replace: true });
  return (
    <div class="split">
      <aside class="sidebar">
        <OrgSearch onSelect={select} />
        <OrgTree selectedId={params.org ?? null} onSelect={select} />
      </aside>
      <section class="content">
        <Show
          when={params.org}
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
      </section>
    </div>
  );
}
