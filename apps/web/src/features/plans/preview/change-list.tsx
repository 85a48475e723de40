import { For, type JSX, Show } from 'solid-js';
import { t } from '../../../ui/dictionary.ts';

/**
 * What changed at this level for one task and why, in the engine's words (编号, 用语, 承办单位,
 * 指导单位, 改为配合, 时限 — `describeChanges`), and the superior's units that guide it.
 */
export function ChangeList(props: { changes: readonly string[]; guidedBy?: readonly string[] }): JSX.Element {
  return (
    <div class="change-list">
      <Show when={props.guidedBy?.length}>
        <p class="guided-by">{t('preview.guidedBy', { units: props.guidedBy?.join('、') ?? '' })}</p>
      </Show>
      <Show when={props.changes.length} fallback={<p class="muted">{t('preview.inherited')}</p>}>
        <ul class="changes" aria-label={t('preview.changes')}>
          <For each={props.changes}>{(change) => <li>{change}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
