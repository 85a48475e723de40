import type { StateCategory } from '@cascade/engine';
import { createSignal, For, Index, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { addState, CATEGORIES, type Definition, isStart, removeState, updateState } from './variant-draft.ts';
import { CATEGORY_LABELS } from './workflow-labels.ts';

/**
 * The variant's states: name, category (what the state means to lights, escalation and the
 * roll-up), final or not; add one, rename it, remove it. The start (where issued tasks wait)
 * keeps its category.
 */
export function StatesTable(props: {
  definition: Definition;
  editable: boolean;
  faulty: (path: string) => boolean;
  onEdit: (next: Definition) => void;
}): JSX.Element {
  const [label, setLabel] = createSignal('');
  const [category, setCategory] = createSignal<StateCategory>('open');
  const add = () => {
    const name = label().trim();
    if (!name) return;
    props.onEdit(addState(props.definition, name, category()));
    setLabel('');
  };
  const rows = () => Object.entries(props.definition.states);
  return (
    <section class="wfd-states" aria-labelledby="wfd-states-heading">
      <h3 id="wfd-states-heading">{t('wfd.states')}</h3>
      <Show when={rows().length} fallback={<p class="muted">{t('wfd.noStates')}</p>}>
        <table class="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('wfd.col.stateName')}</th>
              <th scope="col">{t('wfd.col.category')}</th>
              <th scope="col">{t('wfd.col.final')}</th>
              <th scope="col">{t('col.link')}</th>
            </tr>
          </thead>
          <tbody>
            {/* Index, not For: rows keep their inputs while the definition is replaced on every edit. */}
            <Index each={rows()}>
              {(row) => {
                const key = () => row()[0];
                const state = () => row()[1];
                return (
                  <tr classList={{ 'has-problem': props.faulty(`states.${key()}`) }} data-state={key()}>
                    <td>
                      <input
                        value={state().label}
                        maxLength={30}
                        disabled={!props.editable}
                        aria-label={t('wfd.stateName', { name: state().label })}
                        onChange={(e) =>
                          props.onEdit(updateState(props.definition, key(), { label: e.currentTarget.value }))
                        }
                      />
                      <Show when={key() === props.definition.initial}>
                        <span class="tag">{t('wfd.start')}</span>
                      </Show>
                    </td>
                    <td>
                      <select
                        value={state().category}
                        disabled={!props.editable || isStart(key())}
                        title={isStart(key()) ? t('wfd.startCategory') : undefined}
                        aria-label={t('wfd.stateCategory', { name: state().label })}
                        onChange={(e) =>
                          props.onEdit(
                            updateState(props.definition, key(), { category: e.currentTarget.value as StateCategory }),
                          )
                        }
                      >
                        <For each={CATEGORIES}>{(c) => <option value={c}>{CATEGORY_LABELS[c]}</option>}</For>
                      </select>
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        checked={Boolean(state().final)}
                        disabled={!props.editable}
                        aria-label={t('wfd.stateFinal', { name: state().label })}
                        onChange={(e) =>
                          props.onEdit(updateState(props.definition, key(), { final: e.currentTarget.checked }))
                        }
                      />
                    </td>
                    <td>
                      <Show when={props.editable}>
                        <button
                          type="button"
                          class="icon danger"
                          aria-label={t('wfd.removeState', { name: state().label })}
                          onClick={() => props.onEdit(removeState(props.definition, key()))}
                        >
                          ×
                        </button>
                      </Show>
                    </td>
                  </tr>
                );
              }}
            </Index>
          </tbody>
        </table>
      </Show>
      <Show when={props.editable}>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label>
            {t('wfd.newStateName')}
            <input
              value={label()}
              maxLength={30}
              placeholder={t('wfd.newStatePlaceholder')}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('wfd.col.category')}
            <select
              value={category()}
              aria-label={t('wfd.newStateCategory')}
              onChange={(e) => setCategory(e.currentTarget.value as StateCategory)}
            >
              <For each={CATEGORIES}>{(c) => <option value={c}>{CATEGORY_LABELS[c]}</option>}</For>
            </select>
          </label>
          <button type="submit" disabled={!label().trim()}>
            {t('wfd.addState')}
          </button>
        </form>
      </Show>
    </section>
  );
}
