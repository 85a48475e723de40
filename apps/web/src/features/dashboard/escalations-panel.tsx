import { A } from '@solidjs/router';
import { createResource, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { NoticeTable } from '../supervision-notices/notice-table.tsx';
import { noticesApi } from '../supervision-notices/notices-api.ts';
import { DashboardPanel } from './dashboard-panel.tsx';

/**
 * 督办单 / 约谈: the notices the subtree's offices issued for the year (by the deadline scan's
 * escalation or by hand), counted by state from the notices themselves — 待签收, 已签收, 已答复,
 * 已办结 and 逾期未答复 — each with its 文号, state, 打印 and what the issuer may do (退回, 办结).
 */
export function EscalationsPanel(props: { orgId: string; year: number }): JSX.Element {
  const [list, { refetch }] = createResource(
    () => [props.orgId, props.year] as const,
    ([orgId, year]) => noticesApi.list({ side: 'issued', orgId, year }),
  );
  return (
    <DashboardPanel id="escalations-title" title={t('dashboard.escalations.title')} resource={list}>
      {(l) => (
        <Show
          when={l().items.length}
          fallback={<p class="empty-state">{t('dashboard.escalations.empty', { year: props.year })}</p>}
        >
          <p role="status">
            {t('notices.counts', {
              notice: l().counts.notice.total,
              noticeIssued: l().counts.notice.issued,
              noticeSigned: l().counts.notice.signed,
              noticeAnswered: l().counts.notice.answered,
              noticeClosed: l().counts.notice.closed,
              noticeOverdue: l().counts.notice.overdue,
              interview: l().counts.interview.total,
              interviewClosed: l().counts.interview.closed,
              interviewOverdue: l().counts.interview.overdue,
            })}{' '}
            <A href="/supervision-notices?side=issued">{t('nav.notices')}</A>
          </p>
          <NoticeTable items={l().items} side="issued" onChanged={() => void refetch()} />
        </Show>
      )}
    </DashboardPanel>
  );
}
