import {
  STANDARD_VARIANTS,
  TRANSITION_ACTORS,
  TRANSITION_INPUTS,
  type TransitionActor,
  type TransitionInput,
  type WorkflowTransition,
} from '@cascade/engine';
import { createSignal, For, Index, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { TransitionGuards } from './transition-guards.tsx';
import {
  addTransition,
  type Definition,
  freeEventName,
  removeTransition,
  transitionsOf,
  updateTransition,
} from './variant-draft.ts';
import { ACTOR_LABELS, INPUT_NAMES } from './workflow-labels.ts';

/**
 * The variant's transitions: from, name, to, who may fire it, what they must give, whether it
 * moves the due date, and its conditions (a row opens to the rule builder). Adding one names
 * its two ends and its label; the event's code is generated unless the author types one.
 */
export function TransitionsTable(props: {
  definition: Definition;
  editable: boolean;
  faulty: (path: string) => boolean;
  onEdit: (next: Definition) => void;
}): JSX.Element {
  const [open, setOpen] = createSignal<string | null>(null);
  const states = () => Object.entries(props.definition.states);
  const labelOf = (key: string) => props.definition.states[key]?.label ?? key;
  const update = (from: string, event: string, patch: Partial<WorkflowTransition>) =>
    props.onEdit(updateTransition(props.definition, from, event, patch));
  return (
    <section class="wfd-transitions" aria-labelledby="wfd-transitions-heading">
      <h3 id="wfd-transitions-heading">{t('wfd.transitions')}</h3>
      <Show when={transitionsOf(props.definition).length} fallback={<p class="muted">{t('wfd.noTransitions')}</p>}>
        <table class="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('wfd.col.from')}</th>
              <th scope="col">{t('wfd.col.transition')}</th>
              <th scope="col">{t('wfd.col.to')}</th>
              <th scope="col">{t('wfd.col.by')}</th>
              <th scope="col">{t('wfd.col.input')}</th>
              <th scope="col">{t('wfd.col.guards')}</th>
              <th scope="col">{t('col.link')}</th>
            </tr>
          </thead>
          <tbody>
            {/* Index, not For: rows keep their inputs (and focus) while the definition is replaced on every edit. */}
            <Index each={transitionsOf(props.definition)}>
              {(row) => {
                const from = () => row().from;
                const event = () => row().event;
                const transition = () => row().transition;
                const key = () => `${from()}.${event()}`;
                const name = () => t('wfd.transitionName', { from: labelOf(from()), label: transition().label });
                return (
                  <>
                    <tr
                      classList={{ 'has-problem': props.faulty(`states.${from()}.on.${event()}`) }}
                      data-event={event()}
                    >
                      <td>{labelOf(from())}</td>
                      <td>
                        <input
                          value={transition().label}
                          maxLength={30}
                          disabled={!props.editable}
                          aria-label={t('wfd.transitionLabel', { name: name() })}
                          onChange={(e) => update(from(), event(), { label: e.currentTarget.value })}
                        />
                        <span class="muted code">{event()}</span>
                      </td>
                      <td>
                        <select
                          value={transition().target}
                          disabled={!props.editable}
                          aria-label={t('wfd.transitionTarget', { name: name() })}
                          onChange={(e) => update(from(), event(), { target: e.currentTarget.value })}
                        >
                          <For each={states()}>{([k, s]) => <option value={k}>{s.label}</option>}</For>
                        </select>
                      </td>
                      <td>
                        <Choices
                          all={TRANSITION_ACTORS}
                          chosen={(transition().by ?? []).filter(
                            (a): a is (typeof TRANSITION_ACTORS)[number] => typeof a === 'string',
                          )}
                          labels={ACTOR_LABELS}
                          disabled={!props.editable}
                          name={(c) => t('wfd.byChoice', { name: name(), who: ACTOR_LABELS[c] ?? c })}
                          onChange={(by) =>
                            update(from(), event(), {
                              by: [
                                ...by,
                                ...(transition().by ?? []).filter((a): a is TransitionActor => typeof a === 'object'),
                              ],
                            })
                          }
                        />
                      </td>
                      <td>
                        <Choices
                          all={TRANSITION_INPUTS}
                          chosen={transition().input ?? []}
                          labels={INPUT_NAMES}
                          disabled={!props.editable}
                          name={(c) => t('wfd.inputChoice', { name: name(), input: INPUT_NAMES[c] ?? c })}
                          onChange={(input) => update(from(), event(), { input: input as TransitionInput[] })}
                        />
                        <label class="check">
                          <input
                            type="checkbox"
                            checked={transition().effect === 'reschedule'}
                            disabled={!props.editable}
                            onChange={(e) => {
                              const on = e.currentTarget.checked;
                              const input = new Set(transition().input ?? []);
                              if (on) input.add('dueOn');
                              update(from(), event(), {
                                ...(on ? { effect: 'reschedule' as const } : { effect: undefined }),
                                input: [...input],
                              });
                            }}
                          />
                          {t('wfd.reschedule')}
                        </label>
                      </td>
                      <td>
                        <button
                          type="button"
                          aria-expanded={open() === key()}
                          aria-label={t('wfd.editGuards', { name: name() })}
                          onClick={() => setOpen(open() === key() ? null : key())}
                        >
                          {transition().guards?.length
                            ? t('wfd.guardCount', { n: transition().guards?.length ?? 0 })
                            : t('wfd.noGuard')}
                        </button>
                      </td>
                      <td>
                        <Show when={props.editable}>
                          <button
                            type="button"
                            class="icon danger"
                            aria-label={t('wfd.removeTransition', { name: name() })}
                            onClick={() => props.onEdit(removeTransition(props.definition, from(), event()))}
                          >
                            ×
                          </button>
                        </Show>
                      </td>
                    </tr>
                    <Show when={open() === key()}>
                      <tr class="wfd-guard-row">
                        <td colSpan={7}>
                          <TransitionGuards
                            guards={transition().guards ?? []}
                            name={name()}
                            editable={props.editable}
                            onChange={(guards) => update(from(), event(), { guards })}
                          />
                        </td>
                      </tr>
                    </Show>
                  </>
                );
              }}
            </Index>
          </tbody>
        </table>
      </Show>
      <Show when={props.editable && states().length}>
        <AddTransition definition={props.definition} onEdit={props.onEdit} />
      </Show>
    </section>
  );
}

/** A row of checkboxes over a fixed list (who fires, what must be given). */
function Choices<T extends string>(props: {
  all: readonly T[];
  chosen: readonly string[];
  labels: Record<string, string>;
  disabled: boolean;
  name: (choice: T) => string;
  onChange: (chosen: T[]) => void;
}): JSX.Element {
  return (
    <span class="choices">
      <For each={props.all}>
        {(c) => (
          <label class="check">
            <input
              type="checkbox"
              checked={props.chosen.includes(c)}
              disabled={props.disabled}
              aria-label={props.name(c)}
              onChange={(e) =>
                props.onChange(props.all.filter((x) => (x === c ? e.currentTarget.checked : props.chosen.includes(x))))
              }
            />
            {props.labels[c] ?? c}
          </label>
        )}
      </For>
    </span>
  );
}

/** The form that adds a transition: from, to, its name, and optionally its event code. */
function AddTransition(props: { definition: Definition; onEdit: (next: Definition) => void }): JSX.Element {
  const first = () => Object.keys(props.definition.states)[0] ?? '';
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [label, setLabel] = createSignal('');
  const [code, setCode] = createSignal('');
  const source = () => (props.definition.states[from()] ? from() : first());
  const target = () => (props.definition.states[to()] ? to() : first());
  const add = () => {
    const name = label().trim();
    if (!name) return;
    const event = code().trim().toUpperCase() || freeEventName(props.definition, source());
    props.onEdit(addTransition(props.definition, source(), event, { target: target(), label: name }));
    setLabel('');
    setCode('');
  };
  const options = () => Object.entries(props.definition.states);
  return (
    <form
      class="inline-form wfd-add-transition"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label>
        {t('wfd.col.from')}
        <select value={source()} aria-label={t('wfd.newFrom')} onChange={(e) => setFrom(e.currentTarget.value)}>
          <For each={options()}>{([k, s]) => <option value={k}>{s.label}</option>}</For>
        </select>
      </label>
      <label>
        {t('wfd.col.to')}
        <select value={target()} aria-label={t('wfd.newTo')} onChange={(e) => setTo(e.currentTarget.value)}>
          <For each={options()}>{([k, s]) => <option value={k}>{s.label}</option>}</For>
        </select>
      </label>
      <label>
        {t('wfd.newTransitionName')}
        <input
          value={label()}
          maxLength={30}
          placeholder={t('wfd.newTransitionPlaceholder')}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('wfd.eventCode')}
        <input
          value={code()}
          maxLength={40}
          list="wfd-known-events"
          placeholder={t('wfd.eventCodePlaceholder')}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      <datalist id="wfd-known-events">
        <For each={KNOWN_EVENTS}>{(e) => <option value={e} />}</For>
      </datalist>
      <button type="submit" disabled={!label().trim()}>
        {t('wfd.addTransition')}
      </button>
    </form>
  );
}

/** Event codes the library's variants use (报送 REPORT, 核验 VERIFY, 销号 CLOSE …), offered as the author types. */
const KNOWN_EVENTS = [
  ...new Set(STANDARD_VARIANTS.flatMap((v) => Object.values(v.states).flatMap((s) => Object.keys(s.on ?? {})))),
];
