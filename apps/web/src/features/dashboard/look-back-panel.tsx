import { A } from '@solidjs/router';
import { createSignal, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';

/** 回头看: reopen a past year's unfinished work as rectification and carry it into the next year. */
export function LookBackPanel(props: { orgId: string }): JSX.Element {
  const [year, setYear] = createSignal(2021);
  const [result, setResult] = createSignal<Awaited<ReturnType<typeof api.lookBack>> | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const run = async (event: SubmitEvent) => {
    event.preventDefault();
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
      <section class="card look-back" aria-label="回头看">
        <h3>回头看</h3>
        <p class="muted">
          对所选年度本单位及下级的任务逐项回头看：未完成的重新打开整改，并结转到下一年度方案，与原任务关联；已核验的抽取一部分供复查。
        </p>
        <form class="form inline" onSubmit={run}>
          <label class="inline">
            年度
            <input
              type="number"
              min="2000"
              max="2100"
              value={year()}
              onInput={(e) => setYear(Number(e.currentTarget.value))}
            />
          </label>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? '正在回头看…' : '开始回头看'}
          </button>
        </form>
        <ErrorMessage error={error()} />
        <Show when={result()}>
          {(r) => (
            <p class="form-ok" role="status">
              未完成 {r().unfinished} 项，已重新打开整改 {r().reopened} 项，结转到 {year() + 1} 年 {r().carried}{' '}
              项；抽查已核验 {r().sampledVerified.length} 项。
              <A href={`/ledger?state=rectifying&year=${year()}`}>查看整改台账</A>
            </p>
          )}
        </Show>
      </section>
    </Show>
  );
}
