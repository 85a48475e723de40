import { diffVariants, type VariantChange, type WorkflowVariant } from '@cascade/engine';
import { For, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import type { Definition } from './variant-draft.ts';
import { FIELD_LABELS } from './workflow-labels.ts';

/** One change in words: 新增状态“延期待批”, 修改流转“批准延期”（须填写）. */
function changeText(change: VariantChange, fieldNames: (fields: readonly string[]) => string): string {
  switch (change.kind) {
    case 'initialChanged':
      return t('wfd.diff.initial', { from: change.from, to: change.to });
    case 'stateAdded':
      return t('wfd.diff.stateAdded', { label: change.label });
    case 'stateRemoved':
      return t('wfd.diff.stateRemoved', { label: change.label });
    case 'stateChanged':
      return t('wfd.diff.stateChanged', { label: change.label, fields: fieldNames(change.fields) });
    case 'transitionAdded':
      return t('wfd.diff.transitionAdded', { label: change.label });
    case 'transitionRemoved':
      return t('wfd.diff.transitionRemoved', { label: change.label });
    case 'transitionChanged':
      return t('wfd.diff.transitionChanged', { label: change.label, fields: fieldNames(change.fields) });
  }
}

/**
 * What publishing the draft changes against the published version (nothing published: all new),
 * listed before the author confirms. Rows running on the old version keep it until migrated.
 */
export function PublishDiff(props: { published: WorkflowVariant | null; draft: Definition }): JSX.Element {
  const changes = () => diffVariants(props.published, props.draft);
  const fieldNames = (fields: readonly string[]) => fields.map((f) => FIELD_LABELS[f] ?? f).join('、');
  return (
    <div class="wfd-diff">
      <Show when={changes().length} fallback={<p class="muted">{t('wfd.diff.none')}</p>}>
        <p>{props.published ? t('wfd.diff.against', { n: props.published.version }) : t('wfd.diff.first')}</p>
        <ul aria-label={t('wfd.diff.list')}>
          <For each={changes()}>{(c) => <li data-change={c.kind}>{changeText(c, fieldNames)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
