import {
  BASE_VARIANTS,
  composeReviewVariant,
  parseVariantId,
  reviewVariantId,
  STANDARD_WORKFLOW,
  validateWorkflow,
} from '@cascade/engine';
import { createEffect, createMemo, createSignal, Index, type JSX, on, Show } from 'solid-js';
import { api, type PlanItem } from '../../../api/client.ts';
import { t } from '../../../ui/dictionary.ts';
import { locale } from '../../../ui/locale.ts';
import { SaveBar } from '../../../ui/save-bar.tsx';
import { createSaveState } from '../../../ui/save-state.ts';
import { WorkflowDiagram } from './workflow-diagram.tsx';
import { workflowWord } from './workflow-words.ts';

/** Review steps offered in the palette (三审三校, legal review, secrecy check, the head's approval). */
/** A standard word in the reader's language; an author's own stays as typed. */
const word = (label: string) => workflowWord(label, locale() === 'en');

export const STEP_PALETTE = ['初审', '复审', '终审', '法制审核', '保密审查', '主要负责同志审批'];

/**
 * 办理流程: the item's workflow variant drawn as a state diagram; review steps added from a
 * palette (or typed) go between 已报送 and 已核验. The engine proves the result sound (every
 * state reachable, no dead ends) before it can be saved.
 */
export function WorkflowDesigner(props: {
  planId: string;
  item: PlanItem;
  editable: boolean;
  onSaved: () => void;
}): JSX.Element {
  const [baseId, setBaseId] = createSignal(STANDARD_WORKFLOW.id);
  const [steps, setSteps] = createSignal<string[]>([]);
  const [custom, setCustom] = createSignal('');
  const saving = createSaveState();
  createEffect(
    on(
      () => [props.item.id, props.item.version] as const,
      ([id], previous) => {
        const parsed = parseVariantId(props.item.workflowVariant);
        setBaseId(parsed.baseId);
        setSteps(parsed.steps);
        if (previous?.[0] !== id) saving.reset();
      },
    ),
  );
  const id = () => reviewVariantId(baseId(), steps());
  const resolved = createMemo(() => composeReviewVariant(baseId(), steps()));
  const problems = createMemo(() => {
    const r = resolved();
    return r.ok ? validateWorkflow(r.variant).map((p) => p.message) : [r.message];
  });
  const shown = () => {
    const r = resolved();
    return r.ok ? r.variant : (BASE_VARIANTS.find((v) => v.id === baseId()) ?? STANDARD_WORKFLOW);
  };
  const changed = () =>
    id() !== props.item.workflowVariant &&
    !(props.item.workflowVariant === 'three-reviews' && steps().join() === '初审,复审,终审' && baseId() === 'standard');
  const edit = (next: string[]) => {
    setSteps(next);
    saving.edited();
  };
  const move = (i: number, by: number) => {
    const next = [...steps()];
    const [s] = next.splice(i, 1);
    next.splice(i + by, 0, s as string);
    edit(next);
  };
  const addCustom = () => {
    const name = custom().trim();
    if (!name) return;
    edit([...steps(), name]);
    setCustom('');
  };
  const save = () =>
    saving.run(async () => {
      await api.patchItem(props.planId, props.item.id, props.item.version, { workflowVariant: id() });
      props.onSaved();
    });
  return (
    <section class="designer-section form" aria-labelledby="workflow-heading">
      <header>
        <h3 id="workflow-heading">{t('workflow.title')}</h3>
        <span class="muted">{word(shown().name)}</span>
      </header>
      <label>
        {t('workflow.base')}
        <select
          value={baseId()}
          disabled={!props.editable}
          onChange={(e) => {
            setBaseId(e.currentTarget.value);
            saving.edited();
          }}
        >
          <Index each={BASE_VARIANTS}>{(v) => <option value={v().id}>{word(v().name)}</option>}</Index>
        </select>
      </label>
      <div class="diagram-scroll">
        <WorkflowDiagram variant={shown()} highlight={steps().map((_, i) => `review${i + 1}`)} />
      </div>
      <p class="hint">{t('workflow.legend')}</p>
      <Show when={props.editable}>
        <fieldset class="palette">
          <legend>{t('workflow.palette')}</legend>
          <div class="actions left">
            <Index each={STEP_PALETTE}>
              {(name) => (
                <button type="button" disabled={steps().includes(name())} onClick={() => edit([...steps(), name()])}>
                  ＋ {word(name())}
                </button>
              )}
            </Index>
          </div>
          <div class="inline-form">
            <label>
              {t('workflow.custom')}
              <input
                value={custom()}
                maxLength={20}
                placeholder={t('workflow.customPlaceholder')}
                onInput={(e) => setCustom(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addCustom();
                  }
                }}
              />
            </label>
            <button type="button" onClick={addCustom} disabled={!custom().trim()}>
              {t('workflow.add')}
            </button>
          </div>
        </fieldset>
      </Show>
      <Show when={steps().length}>
        <ol class="step-list" aria-label={t('workflow.steps')}>
          <Index each={steps()}>
            {(step, i) => (
              <li>
                <span>{word(step())}</span>
                <Show when={props.editable}>
                  <span class="actions">
                    <button
                      type="button"
                      class="icon"
                      aria-label={t('workflow.up', { step: step() })}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon"
                      aria-label={t('workflow.down', { step: step() })}
                      disabled={i === steps().length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="icon danger"
                      aria-label={t('workflow.remove', { step: step() })}
                      onClick={() => edit(steps().filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                  </span>
                </Show>
              </li>
            )}
          </Index>
        </ol>
      </Show>
      <Show when={problems().length}>
        <ul class="form-error problems" role="alert" aria-label={t('workflow.problems')}>
          <Index each={problems()}>{(p) => <li>{p()}</li>}</Index>
        </ul>
      </Show>
      <SaveBar
        error={saving.error()}
        saved={saving.saved()}
        savedText={t('workflow.saved')}
        editable={props.editable}
        busy={saving.busy()}
        disabled={problems().length > 0 || !changed()}
        label={t('workflow.save')}
        busyLabel={t('workflow.saving')}
        onSave={() => void save()}
      />
    </section>
  );
}
