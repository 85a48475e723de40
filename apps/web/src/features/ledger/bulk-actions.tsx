import { createSignal, For, type JSX, Show } from 'solid-js';
import { api, type BulkActionResult, type LedgerRow } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, errorText } from '../../ui/feedback.tsx';
import { ACTION_LABELS, rowActions } from './ledger-actions.ts';

type BulkAction = 'urge' | 'verify' | 'return';
const BULK_ACTIONS: BulkAction[] = ['urge', 'verify', 'return'];
/** Rows per request: the server takes at most this many at once (BULK_ACTION_MAX). */
const PIECE = 500;

/**
 * 批量办理: the chosen rows, what can be done to them all, one confirmation saying how many (and
 * how many the action does not fit, skipped), a progress bar while it runs, then each row's outcome.
 */
export function BulkActions(props: { rows: LedgerRow[]; onDone: () => void; onClear: () => void }): JSX.Element {
  const [action, setAction] = createSignal<BulkAction | null>(null);
  const fitting = (a: BulkAction) => props.rows.filter((r) => rowActions(r).includes(a));
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('bulk.toolbar')}>
      <span>{t('bulk.selected', { n: props.rows.length })}</span>
      <For each={BULK_ACTIONS}>
        {(a) => (
          <Show when={fitting(a).length}>
            <button type="button" classList={{ danger: a === 'return' }} onClick={() => setAction(a)}>
              {t('bulk.actionN', { action: ACTION_LABELS[a], n: fitting(a).length })}
            </button>
          </Show>
        )}
      </For>
      <button type="button" class="link" onClick={() => props.onClear()}>
        {t('bulk.clear')}
      </button>
      <Show when={action()} keyed>
        {(a) => (
          <BulkDialog
            action={a}
            rows={fitting(a)}
            skipped={props.rows.length - fitting(a).length}
            onClose={() => setAction(null)}
            onDone={props.onDone}
          />
        )}
      </Show>
    </div>
  );
}

const TEXT_PROMPT = {
  urge: 'drawer.prompt.urge',
  verify: 'drawer.prompt.verify',
  return: 'drawer.prompt.return',
} as const;

function BulkDialog(props: {
  action: BulkAction;
  rows: LedgerRow[];
  skipped: number;
  onClose: () => void;
  onDone: () => void;
}): JSX.Element {
  const [text, setText] = createSignal('');
  const [sent, setSent] = createSignal(0);
  const [running, setRunning] = createSignal(false);
  const [outcome, setOutcome] = createSignal<BulkActionResult | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const label = () => ACTION_LABELS[props.action];
  const byId = new Map(props.rows.map((r) => [r.id, r]));
  // The ledger is read again once the outcome has been read: rows that leave the filter would
  // otherwise take this dialog with them.
  const close = () => {
    if (outcome()) props.onDone();
    props.onClose();
  };

  async function run(event: SubmitEvent) {
    event.preventDefault();
    setRunning(true);
    setError(null);
    const total: BulkActionResult = { done: 0, failed: 0, results: [] };
    try {
      for (let at = 0; at < props.rows.length; at += PIECE) {
        const piece = props.rows.slice(at, at + PIECE).map((r) => ({ id: r.id, expectedVersion: r.version }));
        const words = text().trim();
        const answer = await api.bulkAction({
          action: props.action,
          rows: piece,
          ...(props.action === 'urge' ? { message: words } : {}),
          ...(props.action === 'return' ? { reason: words } : {}),
          ...(props.action === 'verify' && words ? { comment: words } : {}),
        });
        total.done += answer.done;
        total.failed += answer.failed;
        total.results.push(...answer.results);
        setSent(at + piece.length);
      }
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
      setOutcome(total);
    }
  }

  return (
    <Dialog open title={t('bulk.title', { action: label(), n: props.rows.length })} onClose={close}>
      <Show
        when={outcome()}
        fallback={
          <form class="form" onSubmit={run}>
            <p>
              {t('bulk.confirmBody', { action: label(), n: props.rows.length })}
              <Show when={props.skipped > 0}> {t('bulk.skipped', { n: props.skipped, action: label() })}</Show>
            </p>
            <label>
              {t(TEXT_PROMPT[props.action])}
              <textarea
                rows={3}
                value={text()}
                onInput={(e) => setText(e.currentTarget.value)}
                required={props.action !== 'verify'}
              />
            </label>
            <Show when={running()}>
              <progress max={props.rows.length} value={sent()} aria-label={t('bulk.progress')} />
            </Show>
            <div class="actions">
              <button type="button" onClick={() => props.onClose()} disabled={running()}>
                {t('common.cancel')}
              </button>
              <button type="submit" class="primary" disabled={running()}>
                {running() ? t('common.submitting') : t('bulk.confirm', { action: label(), n: props.rows.length })}
              </button>
            </div>
          </form>
        }
      >
        {(o) => (
          <>
            <p class="form-ok" role="status">
              {t('bulk.done', { action: label(), n: o().done })}
              <Show when={o().failed > 0}> {t('bulk.failed', { n: o().failed })}</Show>
            </p>
            <ErrorMessage error={error()} />
            <Show when={o().failed > 0}>
              <ul class="bulk-failures">
                <For each={o().results.filter((r) => !r.ok)}>
                  {(r) => {
                    const row = byId.get(r.id);
                    return (
                      <li>
                        {row ? `${row.itemLabel} ${row.orgName}` : r.id}：
                        {r.problem?.detail ?? r.problem?.title ?? errorText(r.problem)}
                      </li>
                    );
                  }}
                </For>
              </ul>
            </Show>
            <div class="actions">
              <button type="button" class="primary" onClick={close}>
                {t('bulk.close')}
              </button>
            </div>
          </>
        )}
      </Show>
    </Dialog>
  );
}
