import { splitOutsideParens } from '@cascade/engine';
import {
  createEffect,
  createResource,
  createSignal,
  createUniqueId,
  For,
  type JSX,
  on,
  onCleanup,
  Show,
} from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { UNIT_ROLE_LABELS } from '../../ui/labels.ts';

/**
 * One unit per phrase, as the field is saved: split at 、 , ; and new lines, but never inside
 * parentheses — 各镇（街道、管委会） is one phrase, as the importer reads it.
 */
export const splitUnits = (text: string) => splitOutsideParens(text, '、,，;；\n');

const SHOWN = 6;

/**
 * One role's units of a task: the phrase as written, who it names in the org tree (resolved as
 * publishing will resolve it into ledger rows, shown live while typing), and a picker of the
 * plan owner's own units that adds one to the phrase.
 */
export function UnitField(props: {
  planId: string;
  role: 'lead' | 'responsible' | 'cooperate';
  value: string;
  editable: boolean;
  onChange: (value: string) => void;
}): JSX.Element {
  const hintId = createUniqueId();
  const [phrases, setPhrases] = createSignal<string[]>(splitUnits(props.value));
  // Resolve once typing pauses, not at every key.
  createEffect(
    on(
      () => props.value,
      (value) => {
        const timer = setTimeout(() => setPhrases(splitUnits(value)), 300);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );
  const [resolution] = createResource(
    () => ({ planId: props.planId, phrases: phrases() }),
    ({ planId, phrases }) => api.resolveUnits(planId, phrases),
  );
  const role = () => UNIT_ROLE_LABELS[props.role] ?? props.role;
  const pick = (name: string) => {
    const current = splitUnits(props.value);
    if (!name || current.includes(name)) return;
    props.onChange([...current, name].join('、'));
  };
  return (
    <div class="unit-field">
      <label>
        {t('editor.units', { role: role() })}
        <input
          value={props.value}
          disabled={!props.editable}
          aria-describedby={hintId}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      </label>
      <div id={hintId} class="unit-resolution" aria-live="polite">
        <Show when={resolution.error}>
          <p class="muted">{t('units.unavailable')}</p>
        </Show>
        <For each={resolution.latest?.resolved ?? []}>
          {(r) => (
            <p classList={{ warn: r.orgs.length === 0 }}>
              <span class="phrase">{r.phrase}</span>
              {' → '}
              <Show when={r.orgs.length} fallback={t('units.nobody')}>
                {r.orgs.length > 1 ? t('units.many', { n: r.orgs.length }) : ''}
                {r.orgs
                  .slice(0, SHOWN)
                  .map((o) => o.name)
                  .join('、')}
                {r.orgs.length > SHOWN ? t('units.more', { n: r.orgs.length - SHOWN }) : ''}
              </Show>
            </p>
          )}
        </For>
      </div>
      <Show when={props.editable && resolution.latest?.choices.length}>
        <select
          class="unit-picker"
          aria-label={t('units.pick', { role: role() })}
          value=""
          onChange={(e) => {
            pick(e.currentTarget.value);
            e.currentTarget.value = '';
          }}
        >
          <option value="">{t('units.pick', { role: role() })}</option>
          <For each={resolution.latest?.choices ?? []}>{(o) => <option value={o.name}>{o.name}</option>}</For>
        </select>
      </Show>
    </div>
  );
}
