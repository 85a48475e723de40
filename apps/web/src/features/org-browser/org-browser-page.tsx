import { useSearchParams } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { DocWords, Fill } from '../../ui/said.tsx';
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
              <h2>{t('org.pick')}</h2>
              <p>
                <Fill template={t('org.pickHelp')} parts={{ example: <DocWords>博罗</DocWords> }} />
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
