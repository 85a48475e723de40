import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api, type OrgFeedback } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { LightDot } from '../../ui/light-dot.tsx';
import { UserText } from '../../ui/said.tsx';
import { windowPhrase } from '../plans/window-phrase.ts';
import { CardTable } from './card-table.tsx';
import { DashboardPanel } from './dashboard-panel.tsx';

type Pending = OrgFeedback['rows'][number];
const LIGHT_ORDER: Record<string, number> = { red: 0, yellow: 1, green: 2, none: 3 };

/**
 * 台账反馈: across this org's published plans of the year, the addressed subordinates that have
 * not fed back their ledger yet — overdue (red) first — each linking to the plan's 下级反馈与签收.
 * Rows and counts are the server's (GET /api/feedback), as the subordinates tab's are.
 */
export function LedgerFeedbackPanel(props: { orgId: string; year: number }): JSX.Element {
  const [feedback] = createResource(
    () => [props.orgId, props.year] as const,
    ([orgId, year]) => api.orgFeedback(orgId, year),
  );
  const pending = (): Pending[] =>
    (feedback()?.rows ?? [])
      .filter((r) => r.state === 'pending')
      .sort(
        (a, b) =>
          (LIGHT_ORDER[a.light] ?? 9) - (LIGHT_ORDER[b.light] ?? 9) ||
          (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
      );
  return (
    <DashboardPanel id="ledger-feedback-title" title={t('dashboard.feedback.title')} resource={feedback}>
      {(list) => (
        <Show when={list().counts.total} fallback={<p class="empty-state">{t('dashboard.feedback.noneAsked')}</p>}>
          <p role="status">
            {t('dashboard.feedback.summary', {
              total: list().counts.total,
              fedBack: list().counts.fedBack,
              pending: list().counts.pending,
              overdue: list().counts.overdue,
            })}
          </p>
          <Show when={pending().length} fallback={<p class="empty-state">{t('dashboard.feedback.allDone')}</p>}>
            <CardTable
              columns={[
                t('col.unit'),
                t('col.plan'),
                t('dashboard.feedback.window'),
                t('col.light'),
                <span class="visually-hidden">{t('col.link')}</span>,
              ]}
            >
              <For each={pending()}>
                {(row) => (
                  <tr>
                    <td>{row.orgName}</td>
                    <td>{row.planTitle}</td>
                    <td>
                      {row.dueOn ?? '—'}
                      <span class="muted">
                        （<UserText>{windowPhrase(row.windowText)}</UserText>）
                      </span>
                    </td>
                    <td>
                      <LightDot light={row.light} />
                    </td>
                    <td>
                      <A href={`/plans/${encodeURIComponent(row.planId)}?tab=subordinates`}>
                        {t('dashboard.feedback.open')}
                      </A>
                    </td>
                  </tr>
                )}
              </For>
            </CardTable>
          </Show>
        </Show>
      )}
    </DashboardPanel>
  );
}
