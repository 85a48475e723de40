import type { Said } from '@cascade/engine';
import { For, type JSX, Show } from 'solid-js';
import { t } from '../../../ui/dictionary.ts';
import { Fill, Say, UserText } from '../../../ui/said.tsx';

/**
 * What changed at this level for one task and why, in the engine's sentences (编号, 用语, 承办单位,
 * 指导单位, 改为配合, 时限 — `describeChangeNotes`) in the reader's language, and the superior's
 * units that guide it. `changes` (their Chinese) is what a server without notes sent.
 */
export function ChangeList(props: {
  changes: readonly string[];
  notes?: readonly Record<string, unknown>[];
  guidedBy?: readonly string[];
}): JSX.Element {
  return (
    <div class="change-list">
      <Show when={props.guidedBy?.length}>
        <p class="guided-by">
          <Fill template={t('preview.guidedBy')} parts={{ units: <UserText>{props.guidedBy?.join('、')}</UserText> }} />
        </p>
      </Show>
      <Show when={props.changes.length} fallback={<p class="muted">{t('preview.inherited')}</p>}>
        <ul class="changes" aria-label={t('preview.changes')}>
          <Show
            when={props.notes?.length}
            fallback={
              <For each={props.changes}>
                {(change) => (
                  <li>
                    <UserText>{change}</UserText>
                  </li>
                )}
              </For>
            }
          >
            <For each={props.notes}>
              {(note) => (
                <li>
                  <Say said={note as Said} />
                </li>
              )}
            </For>
          </Show>
        </ul>
      </Show>
    </div>
  );
}
