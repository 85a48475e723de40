import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { LightDot } from '../../ui/light-dot.tsx';
import { windowPhrase } from './window-phrase.ts';

const BINDING_LABELS: Record<string, string> = { followLatest: '跟随最新版本', pinned: '固定版本' };

/**
 * 下级反馈: for a published plan, each addressed subordinate — whether it has fed back its own
 * plan (台账) within the window the plan states, with its light, and which of this plan's versions
 * its derived plan has taken in (签收).
 */
export function SubordinatesPanel(props: { planId: string }): JSX.Element {
  const [feedback] = createResource(() => props.planId, api.feedback);
  const [acks] = createResource(() => props.planId, api.acknowledgements);
  const ackOf = (orgId: string) => acks()?.rows.find((r) => r.orgId === orgId);
  type Row = {
    orgId: string;
    orgName: string;
    state?: string;
    dueOn?: string | null;
    light?: string;
    fedBackAt?: string | null;
  };
  // Addressed subordinates first; plans derived by others (not asked to feed back) after them.
  const rows = (): Row[] => {
    const asked: Row[] = feedback()?.rows ?? [];
    const known = new Set(asked.map((r) => r.orgId));
    return [...asked, ...(acks()?.rows ?? []).filter((a) => !known.has(a.orgId))];
  };
  return (
    <section aria-label="下级反馈与签收">
      <ErrorMessage error={feedback.error ?? acks.error} />
      <Show when={feedback() && acks()} fallback={<Loading what="下级反馈" />}>
        <Show
          when={rows().length}
          fallback={
            <p class="muted">
              本方案没有要求下级反馈台账的单位。方案中写明“本文印发30日内”等反馈时限、并点名下级单位的任务，发布后会在这里逐一跟踪。
            </p>
          }
        >
          <p role="status">
            <Show when={feedback()?.rows.length} fallback="本方案未要求下级反馈台账；下面是已分解本方案的下级。">
              应反馈 {feedback()?.counts.total} 个单位：已反馈 {feedback()?.counts.fedBack} 个，待反馈{' '}
              {feedback()?.counts.pending} 个（时限：{windowPhrase(feedback()?.rows[0]?.windowText ?? '')}）。
            </Show>
          </p>
          <table class="data-table compact">
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">台账反馈</th>
                <th scope="col">反馈时限</th>
                <th scope="col">灯</th>
                <th scope="col">依据本方案版本（签收）</th>
                <th scope="col">跟随方式</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => {
                  const ack = () => ackOf(row.orgId);
                  return (
                    <tr>
                      <td>{row.orgName}</td>
                      <td>
                        {row.state === 'fedBack'
                          ? `已反馈 ${row.fedBackAt?.slice(0, 10) ?? ''}`
                          : row.state
                            ? '待反馈'
                            : '不要求'}
                      </td>
                      <td>{row.dueOn ?? '—'}</td>
                      <td>
                        <Show when={row.light} fallback="—">
                          {(light) => <LightDot light={light()} />}
                        </Show>
                      </td>
                      <td>
                        <Show when={ack()} fallback="尚未分解">
                          {(a) =>
                            `第 ${a().acknowledgedVersion ?? '—'} 版${a().isCurrent ? '（最新）' : `（最新为第 ${a().latestVersion} 版）`}`
                          }
                        </Show>
                      </td>
                      <td>{ack() ? BINDING_LABELS[ack()!.binding] : '—'}</td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </Show>
      </Show>
    </section>
  );
}
