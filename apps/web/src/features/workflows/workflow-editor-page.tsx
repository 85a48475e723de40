import { checkIssuedState, validateWorkflow, type WorkflowVariant } from '@cascade/engine';
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, type JSX, on, Show } from 'solid-js';
import { api, type WorkflowVariantRecord } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { locale } from '../../ui/locale.ts';
import { createSaveState } from '../../ui/save-state.ts';
import { account } from '../session/session.ts';
import { canDesign } from './can-design.ts';
import { MigrationPanel } from './migration-panel.tsx';
import { PublishDiff } from './publish-diff.tsx';
import { SimulatePanel } from './simulate-panel.tsx';
import { StatesTable } from './states-table.tsx';
import { TransitionsTable } from './transitions-table.tsx';
import { asVariant, type Definition, emptyDefinition } from './variant-draft.ts';
import { WorkflowDiagram } from './workflow-diagram.tsx';
import { workflowWord } from './workflow-words.ts';

/**
 * 流程设计: one variant, full width — its diagram beside the tables of states and transitions,
 * checked by the engine as the author types; a simulation that walks it; the changes against the
 * published version before publishing; moving running tasks to the new version. A new variant
 * starts empty, or as a copy of a library one (`?from=`).
 */
export function WorkflowEditorPage(): JSX.Element {
  const params = useParams<{ variantId: string }>();
  const [search] = useSearchParams<{ from?: string }>();
  const navigate = useNavigate();
  const isNew = () => params.variantId === 'new';
  const [record, { refetch }] = createResource(() => (isNew() ? false : params.variantId), api.workflowVariant);
  const [library] = createResource(() => (isNew() && search.from) || false, copyOf);
  const [definition, setDefinition] = createSignal<Definition>(emptyDefinition(t('wfd.newName')));
  const [history, setHistory] = createSignal<Definition[]>([]);
  // What was last loaded or saved: unsaved changes are any difference from it (undo back to it is clean).
  const [baseline, setBaseline] = createSignal<Definition>(definition());
  const dirty = createMemo(() => JSON.stringify(definition()) !== JSON.stringify(baseline()));
  const [simulating, setSimulating] = createSignal(false);
  const [simulated, setSimulated] = createSignal<string | undefined>();
  const [publishing, setPublishing] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  const saving = createSaveState();
  const load = (next: Definition) => {
    setDefinition(next);
    setHistory([]);
    setBaseline(next);
  };
  createEffect(on(record, (r) => r && load(definitionOf(r.definition))));
  createEffect(on(library, (l) => l && load(l)));
  const edit = (next: Definition) => {
    setHistory([...history(), definition()].slice(-100));
    setDefinition(next);
    setNotice('');
    saving.edited();
  };
  const undo = () => {
    const previous = history().at(-1);
    if (!previous) return;
    setHistory(history().slice(0, -1));
    setDefinition(previous);
  };
  const variant = createMemo(() => asVariant(definition(), record()?.id, record()?.version));
  const problems = createMemo(() => [
    ...checkIssuedState(definition()),
    ...validateWorkflow(variant(), { requireActors: true }),
  ]);
  const faulty = (path: string) => problems().some((p) => p.path === path || p.path.startsWith(`${path}.`));
  const editable = () => canDesign() && (isNew() || record()?.ownerOrgId === account()?.orgId);
  const published = () => (record()?.published as WorkflowVariant | null | undefined) ?? null;
  const canPublish = () => !isNew() && !dirty() && problems().length === 0 && Boolean(record()?.hasDraft);

  const save = () =>
    saving.run(async () => {
      const current = record();
      if (!current) {
        const created = await api.createWorkflowVariant(definition());
        navigate(`/workflows/${encodeURIComponent(created.id)}`, { replace: true });
        return;
      }
      await api.saveWorkflowDraft(current.id, current.version, definition());
      // Read back whole: the earlier versions' states come with a read only (the migration's).
      await refetch();
      setNotice(t('wfd.savedDraft'));
    });
  const publish = () =>
    saving.run(async () => {
      const current = record() as WorkflowVariantRecord;
      const done = await api.publishWorkflowVariant(current.id, current.version);
      await refetch();
      setPublishing(false);
      setNotice(t('wfd.published', { n: done.publishedVersion }));
    });

  return (
    <section class="page-section workflow-editor">
      <header class="page-header">
        <h2>{t('wfd.editorTitle', { name: definition().name })}</h2>
        <A href="/workflows">{t('wfd.back')}</A>
      </header>
      <ErrorMessage error={record.error ?? library.error} />
      <Show when={isNew() || record()} fallback={<Loading what={t('wfd.what')} />}>
        <div class="wfd-toolbar">
          <label>
            {t('wfd.name')}
            <input
              value={definition().name}
              maxLength={40}
              disabled={!editable()}
              onChange={(e) => edit({ ...definition(), name: e.currentTarget.value })}
            />
          </label>
          <span class="muted" role="status">
            {record()?.publishedVersion
              ? t('wfd.version', { n: record()?.publishedVersion ?? 0 })
              : t('wfd.unpublished')}
            {dirty() ? ` · ${t('wfd.unsaved')}` : record()?.hasDraft ? ` · ${t('wfd.hasDraft')}` : ''}
          </span>
          <Show when={editable()}>
            <button type="button" onClick={undo} disabled={!history().length}>
              {t('wfd.undo')}
            </button>
            <button
              type="button"
              class="primary"
              disabled={saving.busy() || !dirty() || problems().length > 0}
              onClick={() => void save()}
            >
              {saving.busy() ? t('workflow.saving') : t('wfd.saveDraft')}
            </button>
            <button type="button" disabled={!canPublish()} onClick={() => setPublishing(true)}>
              {t('wfd.publish')}
            </button>
          </Show>
          <button type="button" aria-pressed={simulating()} onClick={() => setSimulating(!simulating())}>
            {simulating() ? t('wfd.simulateStop') : t('wfd.simulateStart')}
          </button>
        </div>
        <ErrorMessage error={saving.error()} />
        <Show when={notice()}>
          <p class="form-ok" role="status">
            {notice()}
          </p>
        </Show>
        <Show
          when={problems().length}
          fallback={
            <p class="form-ok" aria-live="polite">
              {t('wfd.sound')}
            </p>
          }
        >
          <ul class="form-error problems" aria-live="polite" aria-label={t('workflow.problems')}>
            <For each={problems()}>{(p) => <li>{p.message}</li>}</For>
          </ul>
        </Show>
        <div class="wfd-grid">
          <div class="wfd-picture">
            <div class="diagram-scroll">
              <Show when={Object.keys(definition().states).length} fallback={<p class="muted">{t('wfd.noStates')}</p>}>
                <WorkflowDiagram variant={variant()} current={simulating() ? simulated() : undefined} />
              </Show>
            </div>
            <Show when={simulating()}>
              <SimulatePanel variant={variant()} onState={setSimulated} />
            </Show>
          </div>
          <div class="wfd-tables">
            <StatesTable definition={definition()} editable={editable()} faulty={faulty} onEdit={edit} />
            <TransitionsTable definition={definition()} editable={editable()} faulty={faulty} onEdit={edit} />
          </div>
        </div>
        <Show when={editable() && record()?.publishedVersion && (record()?.publishedVersion ?? 0) > 1}>
          <MigrationPanel record={record() as WorkflowVariantRecord} />
        </Show>
      </Show>
      <Dialog
        open={publishing()}
        title={t('wfd.publishTitle', { name: definition().name })}
        onClose={() => setPublishing(false)}
        wide
      >
        <PublishDiff published={published()} draft={definition()} />
        <p class="hint">{t('wfd.publishHint')}</p>
        <ErrorMessage error={saving.error()} />
        <div class="actions">
          <button type="button" onClick={() => setPublishing(false)}>
            {t('wfd.cancel')}
          </button>
          <button type="button" class="primary" disabled={saving.busy()} onClick={() => void publish()}>
            {t('wfd.confirmPublish')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}

function definitionOf(stored: Record<string, unknown>): Definition {
  const v = stored as unknown as WorkflowVariant;
  return { name: v.name, initial: v.initial, states: v.states };
}

/** A library variant as the start of a new one: its states and steps, named as a copy. */
async function copyOf(from: string): Promise<Definition> {
  const found = (await api.workflowVariants()).variants.find((v) => v.id === from);
  if (!found) return emptyDefinition(t('wfd.newName'));
  const name = t('wfd.copyName', { name: workflowWord(found.name, locale() === 'en') });
  return { ...definitionOf(found.definition), name };
}
