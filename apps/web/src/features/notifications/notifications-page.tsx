import { A, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { EVENT_LABELS, formatTime } from '../../ui/labels.ts';
import { groupByPlan } from './group-by-plan.ts';
import { noticeHref } from './notice-href.ts';
import { refreshUnread } from './unread.ts';

type Notice = components['schemas']['Notification'];
/** Which entries the page lists: 待处理 (still asking for action) or 全部. */
type Scope = 'pending' | 'all';
const PAGE = 50;

/**
 * 消息: urges, deadline reminders, returned reports and escalations addressed to this unit, one
 * entry per task, kind and day (the server folds them), under a heading per plan, newest first,
 * 50 at a time. 待处理 (the default) lists what still needs action; 全部 also what has been acted
 * on, marked 已处理 without 去处理.
 */
export function NotificationsPage(): JSX.Element {
  const [params, setParams] = useSearchParams<{ show?: string }>();
  const show = (): Scope => (params.show === 'all' ? 'all' : 'pending');
  const pageOf = (offset: number) => api.notifications(offset, PAGE, show());
  // Older pages, loaded on demand; one that arrived meanwhile shifts them, so entries are kept once.
  const [older, setOlder] = createSignal<Notice[]>([]);
  const [inbox, { refetch }] = createResource(show, () => {
    setOlder([]);
    return pageOf(0);
  });
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
  // Reading an entry reads every event it folds (the server marks the whole digest).
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
  const tab = (key: Scope, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={show() === key}
      onClick={() => setParams({ show: key === 'all' ? 'all' : undefined })}
    >
      {label}
    </button>
  );
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
      <div class="tabs" role="tablist" aria-label={t('inbox.tabs')}>
        {tab('pending', t('inbox.pending', { n: inbox.latest?.pending ?? 0 }))}
        {tab('all', t('inbox.all'))}
      </div>
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
            fallback={
              show() === 'pending' ? (
                <EmptyState title={t('inbox.noPending.title')}>{t('inbox.noPending.body')}</EmptyState>
              ) : (
                <EmptyState title={t('notices.empty.title')}>{t('notices.empty.body')}</EmptyState>
              )
            }
          >
            <For each={groupByPlan(items())}>
              {(group) => (
                <section class="notice-plan" aria-label={group.planTitle || t('inbox.planless')}>
                  <h3>
                    {group.planTitle || t('inbox.planless')}
                    <span class="muted">{t('inbox.planCount', { n: group.items.length })}</span>
                  </h3>
                  <ul class="notices">
                    <For each={group.items}>{(n) => <NoticeEntry notice={n} onRead={read} />}</For>
                  </ul>
                </section>
              )}
            </For>
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

/** One entry: what it says, whom and which task it is about, and 去处理 — or 已处理 once acted on. */
function NoticeEntry(props: { notice: Notice; onRead: (eventId: number) => Promise<void> }): JSX.Element {
  const n = () => props.notice;
  return (
    <li classList={{ unread: !n().read, 'acted-on': n().actedOn }}>
      <span class="tag">{EVENT_LABELS[n().type] ?? n().type}</span>
      <div>
        <p>{n().message}</p>
        <p class="muted">
          {n().orgName} · {n().itemText.slice(0, 60)}
          {n().itemText.length > 60 ? '…' : ''} · {formatTime(n().at)}
        </p>
      </div>
      <Show
        when={!n().actedOn}
        fallback={
          <span class="notice-done">
            <span class="tag state-verified" title={t('inbox.actedOn.title')}>
              {t('inbox.actedOn')}
            </span>
            <Show when={!n().read}>
              <button type="button" class="link" onClick={() => void props.onRead(n().eventId)}>
                {t('inbox.markRead')}
              </button>
            </Show>
          </span>
        }
      >
        <A href={noticeHref(n())} onClick={() => void props.onRead(n().eventId)}>
          {t('notices.handle')}
        </A>
      </Show>
    </li>
  );
}
