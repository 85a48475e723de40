import { A } from '@solidjs/router';
import { createSignal, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';

/** 回头看: reopen a past year's unfinished work as rectification and carry it into the next year. */
export function LookBackPanel(props: { orgId: string }): JSX.Element {
  const [year, setYear] = createSignal(2021);
  const [result, setResult] = createSignal<Awaited<ReturnType<typeof api.lookBack>> | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.lookBack(props.orgId, year()));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={can('lookback.run', account()?.orgPath ?? '')}>
      <section class="card look-back" aria-label={t('lookBack.title')}>
        <h3>{t('lookBack.title')}</h3>
        <p class="muted">{t('lookBack.help')}</p>
        <form
          class="form inline"
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <label class="inline">
            {t('lookBack.year')}
            <input
              type="number"
              min="2000"
              max="2100"
              value={year()}
              onInput={(e) => setYear(Number(e.currentTarget.value))}
            />
          </label>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? t('lookBack.busy') : t('lookBack.start')}
          </button>
        </form>
        <ConfirmDialog
          open={confirming()}
          title={t('lookBack.confirmTitle', { year: year() })}
          body={t('lookBack.confirmBody', { year: year(), next: year() + 1 })}
          confirm={t('lookBack.start')}
          onConfirm={() => void run()}
          onClose={() => setConfirming(false)}
        />
        <ErrorMessage error={error()} />
        <Show when={result()}>
          {(r) => (
            <p class="form-ok" role="status">
              {t('lookBack.result', {
                unfinished: r().unfinished,
                reopened: r().reopened,
                next: year() + 1,
                carried: r().carried,
                sampled: r().sampledVerified.length,
              })}
              <A href={`/ledger?state=rectifying&year=${year()}`}>{t('lookBack.ledger')}</A>
            </p>
          )}
        </Show>
      </section>
    </Show>
  );
}
