import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { labelsUnder, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { LightDot } from '../../ui/light-dot.tsx';
import { Fill, UserText } from '../../ui/said.tsx';
import { windowPhrase } from './window-phrase.ts';

const BINDING_LABELS: Record<string, string> = labelsUnder('subs.binding');

/**
 * 下级反馈: for a published plan, each addressed subordinate — whether it has fed back its own
 * plan (台账) within the window the plan states, with its light, and which of this plan's versions
 * its derived plan has taken in (签收). Fed back, late and the counts are the server's (one
 * definition for this tab, the dashboard and the API), on the server's day.
 */
export function SubordinatesPanel(props: { planId: string }): JSX.Element {
  const [feedback] = createResource(() => props.planId, api.feedback);
  const [acks] = createResource(() => props.planId, api.acknowledgements);
  const ackOf = (orgId: string) => acks()?.rows.find((r) => r.orgId === orgId);
  type Row = {
    orgId: string;
    orgName: string;
    state?: string;
    late?: boolean;
    dueOn?: string | null;
    light?: string;
    fedBackOn?: string | null;
  };
  // Addressed subordinates first; plans derived by others (not asked to feed back) after them.
  const rows = (): Row[] => {
    const asked: Row[] = feedback()?.rows ?? [];
    const known = new Set(asked.map((r) => r.orgId));
    return [...asked, ...(acks()?.rows ?? []).filter((a) => !known.has(a.orgId))];
  };
  return (
    <section aria-label={t('subs.title')}>
      <ErrorMessage error={feedback.error ?? acks.error} />
      <Show when={feedback() && acks()} fallback={<Loading what={t('subs.what')} />}>
        <Show when={rows().length} fallback={<p class="muted">{t('subs.none')}</p>}>
          <p role="status">
            <Show when={feedback()?.rows.length} fallback={t('subs.notAsked')}>
              <Fill
                template={t('subs.summary', {
                  total: feedback()?.counts.total ?? 0,
                  fedBack: feedback()?.counts.fedBack ?? 0,
                  late: feedback()?.counts.fedBackLate ?? 0,
                  pending: feedback()?.counts.pending ?? 0,
                  overdue: feedback()?.counts.overdue ?? 0,
                  today: feedback()?.today ?? '',
                })}
                parts={{ window: <UserText>{windowPhrase(feedback()?.rows[0]?.windowText ?? '')}</UserText> }}
              />
            </Show>
          </p>
          <table class="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('subs.col.unit')}</th>
                <th scope="col">{t('subs.col.feedback')}</th>
                <th scope="col">{t('subs.col.window')}</th>
                <th scope="col">{t('subs.col.light')}</th>
                <th scope="col">{t('subs.col.version')}</th>
                <th scope="col">{t('subs.col.binding')}</th>
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
                          ? t(row.late ? 'subs.fedBackLate' : 'subs.fedBack', { date: row.fedBackOn ?? '' })
                          : row.state
                            ? t(row.late ? 'subs.overdue' : 'subs.pending')
                            : t('subs.notRequired')}
                      </td>
                      <td>{row.dueOn ?? '—'}</td>
                      <td>
                        <Show when={row.light} fallback="—">
                          {(light) => <LightDot light={light()} />}
                        </Show>
                      </td>
                      <td>
                        <Show when={ack()} fallback={t('subs.notDerived')}>
                          {(a) => (
                            <>
                              {t('subs.version', {
                                v: a().acknowledgedVersion ?? '—',
                                current: a().isCurrent
                                  ? t('subs.latest')
                                  : t('subs.latestIs', { v: a().latestVersion }),
                              })}
                            </>
                          )}
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
