import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { EVENT_LABELS, formatTime } from '../../ui/labels.ts';

/** 消息: urges, deadline reminders and returned reports addressed to this unit. */
export function NotificationsPage(): JSX.Element {
  const [inbox, { refetch }] = createResource(() => api.notifications());
  const read = async (eventId: number) => {
    await api.markRead(eventId).catch(() => undefined);
    void refetch();
  };
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>{t('nav.messages')}</h2>
      </header>
      <ErrorMessage error={inbox.error} />
      <Show when={inbox()} fallback={<Loading what={t('notices.what')} />}>
        {(list) => (
          <Show
            when={list().items.length}
            fallback={<EmptyState title={t('notices.empty.title')}>{t('notices.empty.body')}</EmptyState>}
          >
            <ul class="notices">
              <For each={list().items}>
                {(n) => (
                  <li classList={{ unread: !n.read }}>
                    <span class="tag">{EVENT_LABELS[n.type] ?? n.type}</span>
                    <div>
                      <p>{n.message}</p>
                      <p class="muted">
                        {n.orgName} · {n.itemText.slice(0, 60)}
                        {n.itemText.length > 60 ? '…' : ''} · {formatTime(n.at)}
                      </p>
                    </div>
                    <A
                      href={`/ledger?assignment=${encodeURIComponent(n.assignmentId)}`}
                      onClick={() => void read(n.eventId)}
                    >
                      {t('notices.handle')}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
