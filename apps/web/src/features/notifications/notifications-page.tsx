import { A } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { EVENT_LABELS, formatTime } from '../../ui/labels.ts';
import { noticeHref } from './notice-href.ts';
import { refreshUnread } from './unread.ts';

type Notice = components['schemas']['Notification'];
const PAGE = 50;
const pageOf = (offset: number) => api.notifications(offset, PAGE);

/** 消息: urges, deadline reminders and returned reports addressed to this unit, newest first, 50 at a time. */
export function NotificationsPage(): JSX.Element {
  const [inbox, { refetch }] = createResource(() => pageOf(0));
  // Older pages, loaded on demand; one that arrived meanwhile shifts them, so entries are kept once.
  const [older, setOlder] = createSignal<Notice[]>([]);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<unknown>();
  const items = () => {
    const first = inbox()?.items ?? [];
    const seen = new Set(first.map((n) => n.eventId));
    return [...first, ...older().filter((n) => !seen.has(n.eventId))];
  };
  const left = () => Math.max(0, (inbox()?.total ?? 0) - items().length);
  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await pageOf(items().length);
      setOlder([...older(), ...next.items]);
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };
  const read = async (eventId: number) => {
    await api.markRead(eventId).catch(() => undefined);
    setOlder(older().map((n) => (n.eventId === eventId ? { ...n, read: true } : n)));
    void refetch();
    void refreshUnread();
  };
  const [marking, setMarking] = createSignal(false);
  const [marked, setMarked] = createSignal<number | null>(null);
  const [markError, setMarkError] = createSignal<unknown>();
  const readAll = async () => {
    setMarking(true);
    setMarkError(undefined);
    try {
      setMarked((await api.markAllRead()).marked);
      setOlder(older().map((n) => ({ ...n, read: true })));
      void refetch();
      void refreshUnread();
    } catch (error) {
      setMarkError(error);
    } finally {
      setMarking(false);
    }
  };
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>{t('nav.messages')}</h2>
        <Show when={(inbox()?.unread ?? 0) > 0}>
          <button type="button" disabled={marking()} onClick={() => void readAll()}>
            {t('notices.readAll', { n: inbox()?.unread ?? 0 })}
          </button>
        </Show>
      </header>
      <Show when={marked() !== null}>
        <p class="form-ok" role="status">
          {t('notices.readAllDone', { n: marked() ?? 0 })}
        </p>
      </Show>
      <ErrorMessage error={markError()} />
      <ErrorMessage error={inbox.error} />
      <Show when={inbox()} fallback={<Loading what={t('notices.what')} />}>
        {(list) => (
          <Show
            when={list().items.length}
            fallback={<EmptyState title={t('notices.empty.title')}>{t('notices.empty.body')}</EmptyState>}
          >
            <ul class="notices">
              <For each={items()}>
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
                    <A href={noticeHref(n)} onClick={() => void read(n.eventId)}>
                      {t('notices.handle')}
                    </A>
                  </li>
                )}
              </For>
            </ul>
            <ErrorMessage error={moreError()} />
            <Show when={left() > 0}>
              <button type="button" class="link" disabled={loadingMore()} onClick={() => void loadMore()}>
                {loadingMore() ? t('common.loading', { what: t('notices.what') }) : t('notices.more', { n: left() })}
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
