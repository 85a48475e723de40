import {
  BASE_VARIANTS,
  composeReviewVariant,
  isDesignedVariantRef,
  parseVariantId,
  parseVariantRef,
  reviewVariantId,
  STANDARD_VARIANTS,
  STANDARD_WORKFLOW,
  validateWorkflow,
  type WorkflowVariant,
} from '@cascade/engine';
import { A } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, Index, type JSX, on, Show } from 'solid-js';
import { api, type PlanItem } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { locale } from '../../ui/locale.ts';
import { SaveBar } from '../../ui/save-bar.tsx';
import { createSaveState } from '../../ui/save-state.ts';
import { WorkflowDiagram } from '../workflows/workflow-diagram.tsx';
import { workflowWord } from '../workflows/workflow-words.ts';

/** Review steps offered in the palette (三审三校, legal review, secrecy check, the head's approval). */
/** A standard word in the reader's language; an author's own stays as typed. */
const word = (label: string) => workflowWord(label, locale() === 'en');

export const STEP_PALETTE = ['初审', '复审', '终审', '法制审核', '保密审查', '主要负责同志审批'];

/** Library variants a task runs on as they are (可申请延期, 可暂缓): no review steps composed into them. */
const FIXED_LIBRARY = STANDARD_VARIANTS.filter(
  (v) => !BASE_VARIANTS.some((b) => b.id === v.id) && parseVariantId(v.id).steps.length === 0,
);

/** Whether a task's workflow is taken whole (a designed variant or a fixed library one), not composed. */
const isFixed = (ref: string) => isDesignedVariantRef(ref) || FIXED_LIBRARY.some((v) => v.id === ref);

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
  // A variant taken whole: its reference (wf-…@2, extension), else null (a base with review steps).
  const [fixed, setFixed] = createSignal<string | null>(null);
  const [library] = createResource(async () => (await api.workflowVariants()).variants);
  const designed = () => (library() ?? []).filter((v) => v.kind === 'designed' && v.ref);
  const designedOf = (ref: string) => designed().find((v) => v.id === parseVariantRef(ref).id);
  // The latest published version of each designed variant, and the version the task runs on if older.
  const designedOptions = () => {
    const latest = designed().map((v) => ({ ref: v.ref as string, name: v.name, n: v.publishedVersion }));
    const current = props.item.workflowVariant;
    if (!isDesignedVariantRef(current) || latest.some((o) => o.ref === current)) return latest;
    const { version } = parseVariantRef(current);
    return [{ ref: current, name: designedOf(current)?.name ?? current, n: version }, ...latest];
  };
  const saving = createSaveState();
  createEffect(
    on(
      () => [props.item.id, props.item.version] as const,
      ([id], previous) => {
        const ref = props.item.workflowVariant;
        setFixed(isFixed(ref) ? ref : null);
        const parsed = parseVariantId(isFixed(ref) ? STANDARD_WORKFLOW.id : ref);
        setBaseId(parsed.baseId);
        setSteps(parsed.steps);
        if (previous?.[0] !== id) saving.reset();
      },
    ),
  );
  const id = () => fixed() ?? reviewVariantId(baseId(), steps());
  const fixedVariant = (): WorkflowVariant | undefined => {
    const ref = fixed();
    if (!ref) return undefined;
    const known = FIXED_LIBRARY.find((v) => v.id === ref);
    // A task on an older version is drawn with the latest one of its variant (the nearest picture the list has).
    return known ?? (designedOf(ref)?.published as WorkflowVariant | undefined);
  };
  const resolved = createMemo(() => {
    const whole = fixedVariant();
    if (whole) return { ok: true as const, variant: whole };
    if (fixed()) return { ok: false as const, message: t('workflow.loadingDesigned') };
    return composeReviewVariant(baseId(), steps());
  });
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
          value={fixed() ?? baseId()}
          disabled={!props.editable}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setFixed(isFixed(value) ? value : null);
            if (!isFixed(value)) setBaseId(value);
            saving.edited();
          }}
        >
          <Index each={BASE_VARIANTS}>{(v) => <option value={v().id}>{word(v().name)}</option>}</Index>
          <Index each={FIXED_LIBRARY}>{(v) => <option value={v().id}>{word(v().name)}</option>}</Index>
          <Show when={designedOptions().length}>
            <optgroup label={t('workflow.designed')}>
              <For each={designedOptions()}>
                {(v) => <option value={v.ref}>{t('workflow.designedOption', { name: v.name, n: v.n })}</option>}
              </For>
            </optgroup>
          </Show>
        </select>
      </label>
      <div class="diagram-scroll">
        <WorkflowDiagram variant={shown()} highlight={steps().map((_, i) => `review${i + 1}`)} />
      </div>
      <p class="hint">
        {t('workflow.legend')} <A href="/workflows">{t('workflow.designLink')}</A>
      </p>
      <Show when={props.editable && !fixed()}>
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
      <Show when={steps().length && !fixed()}>
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
