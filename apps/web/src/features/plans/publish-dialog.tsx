import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type PlanDetail } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';

type Preview = Awaited<ReturnType<typeof api.publishPreview>>;
type Warning = Preview['warnings'][number];
type Change = Preview['changes']['tasks'][number];
export type PublishOutcome = { version: number; assignmentsIssued: number; rescheduled: number; withdrawn: number };

/** How many changed tasks the dialog lists before it says how many more there are. */
const SHOWN_CHANGES = 8;
const SHOWN_LABELS = 8;
const LEDGER_EFFECTS = ['issued', 'redated', 'closed', 'unchanged'] as const;

const labelsText = (labels: string[]) => {
  const shown = labels.slice(0, SHOWN_LABELS).join(' ');
  return labels.length > SHOWN_LABELS ? t('publishPreview.labelsMore', { labels: shown }) : shown;
};
const unitsText = (units: string[]) => {
  const shown = units
    .slice(0, SHOWN_LABELS)
    .map((unit) => t('publishPreview.unit', { unit }))
    .join('、');
  return units.length > SHOWN_LABELS ? t('publishPreview.labelsMore', { labels: shown }) : shown;
};

/** A warning in the reader's language, from its code and what it names (the server's sentence is Chinese). */
function warningText(w: Warning, owner: string): string {
  const common = { n: w.labels.length, labels: labelsText(w.labels), units: unitsText(w.units), owner };
  switch (w.code) {
    case 'noUnits':
      return t('publish.unaddressed', common);
    case 'noDeadline':
      return t('publishPreview.warning.noDeadline', common);
    case 'unknownUnits':
      return t('publishPreview.warning.unknownUnits', common);
    case 'anotherPlace': {
      const why = [
        ...(w.issuer ? [t('publishPreview.why.issuer', { issuer: w.issuer })] : []),
        ...(w.units.length ? [t('publishPreview.why.units', common)] : []),
      ].join(t('list.separator'));
      return t('publishPreview.warning.anotherPlace', { ...common, why });
    }
    default:
      return w.message;
  }
}

const changesTitle = (p: Preview) =>
  p.sinceVersion ? t('publishPreview.changes', { v: p.sinceVersion }) : t('publishPreview.changesFirst');

function ChangeRow(props: { change: Change }): JSX.Element {
  const tag = { added: 'tag-added', removed: 'tag-dropped', changed: 'tag-modified' }[props.change.kind];
  return (
    <li>
      <span class={`tag ${tag}`}>{t(`publishPreview.kind.${props.change.kind}` as MessageKey)}</span>{' '}
      <span class="num">{props.change.label}</span> <span class="change-text">{props.change.text}</span>
      <For each={props.change.fields ?? []}>
        {(f) => (
          <div class="muted field-change">
            {t('publishPreview.fieldChange', {
              field: t(`publishPreview.field.${f.field}` as MessageKey),
              before: f.before || t('publishPreview.nothing'),
              after: f.after || t('publishPreview.nothing'),
            })}
          </div>
        )}
      </For>
    </li>
  );
}

/**
 * 发布: a new immutable version with a change summary; its tasks go out to the units they name.
 * Before it, what it will do: the tasks changed since the last version, the ledger rows issued,
 * re-dated and withdrawn (the server's own plan of the sync), and what looks wrong — which must be
 * acknowledged, and is recorded with the publish.
 */
export function PublishDialog(props: {
  plan: PlanDetail['plan'];
  open: boolean;
  onClose: () => void;
  onPublished: (result: PublishOutcome) => void;
}): JSX.Element {
  const [summary, setSummary] = createSignal('');
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const [acknowledged, setAcknowledged] = createSignal(false);
  // Read again each time the dialog opens on a new version of the plan.
  const [preview] = createResource(
    () => (props.open ? ([props.plan.id, props.plan.version] as const) : false),
    ([id]) => {
      setAcknowledged(false);
      return api.publishPreview(id);
    },
  );
  const warnings = () => preview()?.warnings ?? [];
  const blocked = () => busy() || preview.loading || (warnings().length > 0 && !acknowledged());
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (blocked()) return;
    setBusy(true);
    setError(null);
    try {
      const codes = warnings().map((w) => w.code);
      const result = await api.publish(props.plan.id, props.plan.version, summary(), codes);
      props.onPublished(result);
      props.onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.open}
      title={t('publish.title', { v: props.plan.publishedVersion + 1 })}
      onClose={props.onClose}
      wide
    >
      <form class="form publish-form" onSubmit={submit}>
        <p>{t('publish.body', { n: props.plan.taskCount })}</p>
        <ErrorMessage error={preview.error} />
        <Show
          when={preview()}
          fallback={<Show when={!preview.error}>{<Loading what={t('publishPreview.what')} />}</Show>}
        >
          {(p) => (
            <>
              <section class="publish-changes" aria-label={changesTitle(p())}>
                <h3>{changesTitle(p())}</h3>
                <Show
                  when={p().changes.tasks.length}
                  fallback={<p class="muted">{t('publishPreview.noChanges', { v: p().sinceVersion })}</p>}
                >
                  <p class="publish-counts">
                    {p().sinceVersion
                      ? t('publishPreview.counts', p().changes.counts)
                      : t('publishPreview.firstCount', { n: p().changes.counts.added })}
                  </p>
                  <Show when={p().sinceVersion}>
                    <ul class="publish-change-list">
                      <For each={p().changes.tasks.slice(0, SHOWN_CHANGES)}>{(c) => <ChangeRow change={c} />}</For>
                    </ul>
                    <Show when={p().changes.tasks.length > SHOWN_CHANGES}>
                      <p class="muted">{t('publishPreview.more', { n: p().changes.tasks.length - SHOWN_CHANGES })}</p>
                    </Show>
                  </Show>
                </Show>
              </section>
              <section class="publish-ledger" aria-label={t('publishPreview.ledger')}>
                <h3>{t('publishPreview.ledger')}</h3>
                <ul class="counts">
                  <For each={LEDGER_EFFECTS}>
                    {(effect) => (
                      <li class={`count count-${effect}`}>
                        <span>{t(`publishPreview.ledger.${effect}` as MessageKey)}</span>
                        <strong>{p().ledger[effect]}</strong>
                      </li>
                    )}
                  </For>
                </ul>
                <p class="muted">{t('publishPreview.ledgerHint')}</p>
              </section>
              <Show when={warnings().length}>
                <section class="form-warning publish-warnings" role="note" aria-label={t('publishPreview.warnings')}>
                  <h3>{t('publishPreview.warnings')}</h3>
                  <ul>
                    <For each={warnings()}>
                      {(w) => <li data-code={w.code}>{warningText(w, props.plan.ownerName)}</li>}
                    </For>
                  </ul>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={acknowledged()}
                      onChange={(e) => setAcknowledged(e.currentTarget.checked)}
                    />
                    {t('publishPreview.acknowledge')}
                  </label>
                </section>
              </Show>
            </>
          )}
        </Show>
        <label>
          {t('publish.summary')}
          <textarea
            rows={3}
            value={summary()}
            onInput={(e) => setSummary(e.currentTarget.value)}
            placeholder={t('publish.summaryPlaceholder')}
          />
        </label>
        <ErrorMessage error={error()} />
        <div class="actions">
          <button type="button" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="primary" disabled={blocked()}>
            {busy() ? t('publish.busy') : t('publish.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
