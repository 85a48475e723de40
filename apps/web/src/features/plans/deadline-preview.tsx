import { parseDeadline } from '@cascade/engine';
import { type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { DEADLINE_KIND_LABELS } from '../../ui/labels.ts';

/** What a deadline phrase means for the plan year, parsed as the user types (same parser as the server). */
export function DeadlinePreview(props: { text: string; year: number }): JSX.Element {
  const parsed = () => parseDeadline(props.text, { year: props.year });
  return (
    <p class="hint" aria-live="polite">
      {t('deadlinePreview.kind', { kind: DEADLINE_KIND_LABELS[parsed().kind] ?? parsed().kind })}
      <Show when={parsed().due}>{(due) => <>{t('deadlinePreview.due', { due: due() })}</>}</Show>
      <Show when={parsed().note}>{(note) => <>{t('deadlinePreview.note', { note: note() })}</>}</Show>
    </p>
  );
}
