import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ESCALATION_LABELS, stateLabel } from '../../ui/labels.ts';
import { CardTable } from './card-table.tsx';
import { DashboardPanel } from './dashboard-panel.tsx';

/**
 * 督办单 / 约谈: the subtree's red assignments escalated past their reminder, at their highest step
 * (longest overdue first, as the server lists them); each opens in the ledger, filtered to its plan.
 */
export function EscalationsPanel(props: { orgId: string; year: number }): JSX.Element {
  const [list] = createResource(
    () => [props.orgId, props.year] as const,
    ([orgId, year]) => api.escalations(orgId, year),
  );
  return (
    <DashboardPanel id="escalations-title" title={t('dashboard.escalations.title')} resource={list}>
      {(l) => (
        <Show
          when={l().items.length}
          fallback={<p class="empty-state">{t('dashboard.escalations.empty', { year: props.year })}</p>}
        >
          <p role="status">
            {t('dashboard.escalations.summary', {
              notice: l().counts.notice,
              interview: l().counts.interview,
            })}
          </p>
          <CardTable
            columns={[
              t('dashboard.escalations.step'),
              t('col.unit'),
              t('col.task'),
              t('dashboard.escalations.redDays'),
              t('col.due'),
              t('col.state'),
            ]}
          >
            <For each={l().items}>
              {(e) => (
                <tr>
                  <td>
                    <span class={`tag escalation-${e.action}`}>{ESCALATION_LABELS[e.action] ?? e.actionLabel}</span>
                  </td>
                  <td>{e.orgName}</td>
                  <td>
                    <A
                      href={`/ledger?planId=${encodeURIComponent(e.planId)}&assignment=${encodeURIComponent(e.assignmentId)}`}
                      title={e.itemText}
                    >
                      {e.itemLabel} {e.itemText.length > 40 ? `${e.itemText.slice(0, 40)}…` : e.itemText}
                    </A>
                  </td>
                  <td class="num">{e.redWorkingDays}</td>
                  <td class="nowrap">{e.dueOn ?? '—'}</td>
                  <td class="nowrap">{stateLabel(e.state)}</td>
                </tr>
              )}
            </For>
          </CardTable>
        </Show>
      )}
    </DashboardPanel>
  );
}
