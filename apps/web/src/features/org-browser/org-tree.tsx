import type { OrgDto } from '@cascade/contracts';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';

type TreeProps = { selectedId: string | null; onSelect: (id: string) => void };

/** One tree row; its children load the first time it opens. */
function TreeNode(props: TreeProps & { org: OrgDto; level: number }): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const hasChildren = () => props.org.level !== 'township';
  const [children] = createResource(
    () => (open() ? props.org.id : null),
    async (id) => (await api.orgChildren(id)).subordinates,
  );
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' && hasChildren()) setOpen(true);
    else if (e.key === 'ArrowLeft') setOpen(false);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelect(props.org.id);
    }
  };
  return (
    <li>
      <div
        class="tree-row"
        classList={{ selected: props.selectedId === props.org.id }}
        style={{ 'padding-left': `${props.level * 16}px` }}
      >
        <button
          type="button"
          class="twisty"
          aria-label={open() ? t('org.collapse', { name: props.org.name }) : t('org.expand', { name: props.org.name })}
          aria-expanded={hasChildren() ? open() : undefined}
          disabled={!hasChildren()}
          onClick={() => setOpen(!open())}
        >
          {hasChildren() ? (open() ? '▾' : '▸') : '·'}
        </button>
        <button
          type="button"
          class="tree-label"
          aria-current={props.selectedId === props.org.id ? 'true' : undefined}
          onClick={() => props.onSelect(props.org.id)}
          onKeyDown={onKey}
        >
          {props.org.name}
        </button>
      </div>
      <Show when={open()}>
        <Show when={!children.loading} fallback={<div class="tree-note">{t('org.loading')}</div>}>
          <Show when={!children.error} fallback={<div class="tree-note error">{String(children.error?.message)}</div>}>
            <ul>
              <For each={children()}>{(child) => <TreeNode {...props} org={child} level={props.level + 1} />}</For>
            </ul>
          </Show>
        </Show>
      </Show>
    </li>
  );
}

/** The org tree from the provinces down, loaded level by level. */
export function OrgTree(props: TreeProps): JSX.Element {
  const [roots] = createResource(async () => (await api.orgRoots()).subordinates);
  return (
    <nav class="org-tree" aria-label={t('org.tree')}>
      <Show
        when={!roots.error}
        fallback={<p class="error">{t('org.treeFailed', { message: String(roots.error?.message) })}</p>}
      >
        <Show when={roots()} fallback={<p class="muted">{t('org.loading')}</p>}>
          {(list) => (
            <Show when={list().length} fallback={<p class="muted">{t('org.noData')}</p>}>
              <ul>
                <For each={list()}>{(org) => <TreeNode {...props} org={org} level={0} />}</For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </nav>
  );
}
