import type { WorkflowVariant } from '@cascade/engine';
import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { CATEGORY_LABELS, guardName, inputsOf, whoFires } from './workflow-labels.ts';

/**
 * 模拟运行: walks the variant by clicking its events, from where an issued task starts. Each step
 * says who would fire it and what they would have to give; conditions are listed, not evaluated
 * (they read facts of a real step). Any edit to the variant starts the walk again.
 */
export function SimulatePanel(props: {
  variant: WorkflowVariant;
  onState: (state: string | undefined) => void;
}): JSX.Element {
  const [trail, setTrail] = createSignal<{ state: string; via?: string }[]>([]);
  const restart = () => setTrail(props.variant.states[props.variant.initial] ? [{ state: props.variant.initial }] : []);
  createEffect(on(() => props.variant, restart));
  const current = () => trail()[trail().length - 1]?.state;
  createEffect(() => props.onState(current()));
  const state = () => (current() ? props.variant.states[current() as string] : undefined);
  const label = (key: string) => props.variant.states[key]?.label ?? key;
  const steps = () => Object.entries(state()?.on ?? {});
  return (
    <section class="wfd-simulate" aria-labelledby="wfd-simulate-heading">
      <h3 id="wfd-simulate-heading">{t('wfd.simulate')}</h3>
      <Show when={state()} fallback={<p class="muted">{t('wfd.simulateEmpty')}</p>}>
        {(s) => (
          <>
            <p role="status">
              {t('wfd.simulateAt', { state: s().label, category: CATEGORY_LABELS[s().category] ?? s().category })}
              <Show when={s().final}> {t('wfd.simulateFinal')}</Show>
            </p>
            <div class="actions left">
              <For each={steps()}>
                {([event, step]) => (
                  <button
                    type="button"
                    data-event={event}
                    onClick={() => setTrail([...trail(), { state: step.target, via: step.label }])}
                  >
                    {t('wfd.simulateStep', { label: step.label, target: label(step.target) })}
                  </button>
                )}
              </For>
            </div>
            <Show when={steps().length}>
              <ul class="wfd-step-notes">
                <For each={steps()}>
                  {([, step]) => (
                    <li>
                      {step.label}：{t('wfd.simulateBy', { who: whoFires(step) })}
                      <Show when={step.input?.length}>；{t('wfd.simulateNeeds', { what: inputsOf(step) })}</Show>
                      <Show when={step.guards?.length}>
                        ；{t('wfd.simulateGuards', { what: (step.guards ?? []).map(guardName).join('、') })}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
      <Show when={trail().length > 1}>
        <ol class="wfd-trail" aria-label={t('wfd.simulateTrail')}>
          <For each={trail()}>
            {(step) => <li>{step.via ? `${step.via} → ${label(step.state)}` : label(step.state)}</li>}
          </For>
        </ol>
        <div class="actions left">
          <button type="button" onClick={() => setTrail(trail().slice(0, -1))}>
            {t('wfd.simulateBack')}
          </button>
          <button type="button" onClick={restart}>
            {t('wfd.simulateRestart')}
          </button>
        </div>
      </Show>
    </section>
  );
}
