import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js';
import { api, type PlanItem } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { DERIVATION_LABELS } from '../../ui/labels.ts';
import { DeadlinePreview } from './deadline-preview.tsx';
import { TraceLine } from './preview/traced-value.tsx';
import { splitUnits, UnitField } from './unit-field.tsx';

const ROLES = ['lead', 'responsible', 'cooperate'] as const;

/**
 * The item panel: text, units by role, deadline with its parsed meaning, evidence; for a derived
 * plan the reason of a local change and how each value was derived (the trace).
 */
export function ItemEditor(props: {
  planId: string;
  year: number;
  item: PlanItem;
  derived: boolean;
  editable: boolean;
  onSaved: (item: PlanItem) => void;
  /** Removed (or, inherited, marked 不适用): the outline's undo can take it back. */
  onRemoved: (result: { removed: number; markedNotApplicable: boolean }) => void;
}): JSX.Element {
  const [text, setText] = createSignal('');
  const [units, setUnits] = createSignal<Record<(typeof ROLES)[number], string>>({
    lead: '',
    responsible: '',
    cooperate: '',
  });
  const [deadline, setDeadline] = createSignal('');
  const [evidence, setEvidence] = createSignal(true);
  // 考核分值: empty means the task is not scored.
  const [weight, setWeight] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const [removing, setRemoving] = createSignal(false);
  const [removeReason, setRemoveReason] = createSignal('');
  // Fields follow the item as saved (a new version after each save); the "saved" note and any error
  // are cleared only when another item is opened, so the user still sees what just happened.
  createEffect(
    on(
      () => [props.item.id, props.item.version] as const,
      ([id], previous) => {
        const item = props.item;
        setText(item.text);
        setUnits({
          lead: item.units.lead.join('、'),
          responsible: item.units.responsible.join('、'),
          cooperate: item.units.cooperate.join('、'),
        });
        setDeadline(item.deadline?.text ?? '');
        setEvidence(item.evidenceRequired);
        setWeight(item.scoreWeight === null ? '' : String(item.scoreWeight));
        if (previous?.[0] !== id) {
          setReason('');
          setRemoving(false);
          setRemoveReason('');
          setError(null);
          setSaved(false);
        }
      },
    ),
  );
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const u = units();
      const updated = await api.patchItem(
        props.planId,
        props.item.id,
        props.item.version,
        {
          text: text(),
          units: {
            lead: splitUnits(u.lead),
            responsible: splitUnits(u.responsible),
            cooperate: splitUnits(u.cooperate),
          },
          ...(props.item.kind === 'task'
            ? {
                deadlineText: deadline(),
                evidenceRequired: evidence(),
                scoreWeight: weight().trim() === '' ? null : Number(weight()),
              }
            : {}),
        },
        reason() || undefined,
      );
      setSaved(true);
      props.onSaved(updated);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const inherited = () => props.derived && props.item.derivationStatus !== 'added';
  const remove = async () => {
    try {
      const result = await api.removeItem(
        props.planId,
        props.item.id,
        props.item.version,
        removeReason().trim() || undefined,
      );
      setRemoving(false);
      props.onRemoved(result);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form class="item-editor form" onSubmit={save} aria-label={t('editor.label', { label: props.item.label })}>
      <header>
        <h3>
          {props.item.kind === 'section' ? t('editor.section') : t('editor.task')} {props.item.label}
        </h3>
        <Show when={props.item.derivationStatus}>
          {(status) => <span class={`tag tag-${status()}`}>{DERIVATION_LABELS[status()] ?? status()}</span>}
        </Show>
      </header>
      <label>
        {props.item.kind === 'section' ? t('editor.title') : t('editor.text')}
        <textarea rows={5} value={text()} disabled={!props.editable} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <Show when={props.item.kind === 'task'}>
        <For each={ROLES}>
          {(role) => (
            <UnitField
              planId={props.planId}
              role={role}
              value={units()[role]}
              editable={props.editable}
              onChange={(value) => setUnits({ ...units(), [role]: value })}
            />
          )}
        </For>
        <label>
          {t('editor.deadline')}
          <input value={deadline()} disabled={!props.editable} onInput={(e) => setDeadline(e.currentTarget.value)} />
        </label>
        <DeadlinePreview text={deadline()} year={props.year} />
        <label class="check">
          <input
            type="checkbox"
            checked={evidence()}
            disabled={!props.editable}
            onChange={(e) => setEvidence(e.currentTarget.checked)}
          />
          {t('editor.evidence')}
        </label>
        <label>
          {t('editor.scoreWeight')}
          <input
            type="number"
            inputmode="decimal"
            min="0"
            max="1000"
            step="0.5"
            value={weight()}
            disabled={!props.editable}
            placeholder={t('editor.scoreWeightPlaceholder')}
            onInput={(e) => setWeight(e.currentTarget.value)}
          />
        </label>
      </Show>
      <Show when={props.derived && props.editable}>
        <label>
          {t('editor.reason')}
          <input
            value={reason()}
            onInput={(e) => setReason(e.currentTarget.value)}
            placeholder={t('editor.reasonPlaceholder')}
          />
        </label>
      </Show>
      <ErrorMessage error={error()} />
      <Show when={saved()}>
        <p class="form-ok" role="status">
          {t('editor.saved')}
        </p>
      </Show>
      <Show when={removing()}>
        <fieldset class="confirm-box">
          <legend>{inherited() ? t('editor.markNotApplicable') : t('editor.removeItem')}</legend>
          <Show when={inherited()} fallback={<p>{t('editor.removeConfirm', { label: props.item.label })}</p>}>
            <label>
              {t('editor.notApplicableReason')}
              <input value={removeReason()} onInput={(e) => setRemoveReason(e.currentTarget.value)} />
            </label>
          </Show>
          <div class="actions">
            <button type="button" onClick={() => setRemoving(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              class="danger"
              disabled={inherited() && !removeReason().trim()}
              onClick={() => void remove()}
            >
              {t('editor.confirm')}
            </button>
          </div>
        </fieldset>
      </Show>
      <Show when={props.editable && !removing()}>
        <div class="actions">
          <button type="button" class="danger" onClick={() => setRemoving(true)}>
            {inherited() ? t('editor.markNotApplicable') : t('editor.remove')}
          </button>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? t('editor.saving') : t('editor.save')}
          </button>
        </div>
      </Show>
      <Show when={props.item.trace?.length}>
        <details class="trace" open>
          <summary>{t('editor.trace')}</summary>
          <ul>
            <For each={props.item.trace ?? []}>
              {(step) => (
                <li>
                  <TraceLine step={step} />
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </form>
  );
}
