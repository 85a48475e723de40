import { useSearchParams } from '@solidjs/router';
import { createResource, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { can } from '../session/can.ts';
import { account } from '../session/session.ts';
import { NoticeTable } from './notice-table.tsx';
import { noticesApi } from './notices-api.ts';

/**
 * 督办通知: the 督办单 and 约谈 notices the unit received (签收, 答复) and, for supervision, those its
 * office and the offices below it issued (退回, 办结); 打印 on each.
 */
export function NoticesPage(): JSX.Element {
  const [params, setParams] = useSearchParams<{ side?: string }>();
  const supervises = () => can('escalation.read', account()?.orgPath ?? '');
  const side = (): 'issued' | 'received' =>
    params.side === 'issued' || (params.side !== 'received' && supervises()) ? 'issued' : 'received';
  const [list, { refetch }] = createResource(side, (s) => noticesApi.list({ side: s }));
  return (
    <section class="page">
      <h2>{t('notices.title')}</h2>
      <p class="muted">{t('notices.intro')}</p>
      <div class="actions">
        <button type="button" aria-pressed={side() === 'received'} onClick={() => setParams({ side: 'received' })}>
          {t('notices.received')}
        </button>
        <button type="button" aria-pressed={side() === 'issued'} onClick={() => setParams({ side: 'issued' })}>
          {t('notices.issued')}
        </button>
      </div>
      <ErrorMessage error={list.error} />
      <Show when={list()} fallback={<Show when={!list.error}>{<Loading />}</Show>}>
        {(l) => (
          <Show when={l().items.length} fallback={<p class="empty-state">{t('notices.empty')}</p>}>
            <NoticeTable items={l().items} side={l().side} onChanged={() => void refetch()} />
          </Show>
        )}
      </Show>
    </section>
  );
}
