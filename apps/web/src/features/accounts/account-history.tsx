import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { type AccountEvent, api } from '../../api/client.ts';
import { labelsUnder, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { formatTime } from '../../ui/labels.ts';
import { ROLE_LABELS } from '../session/session.ts';

const PAGE = 20;
const EVENT_LABELS = labelsUnder('accountEvent');

/** What a user.updated changed, in words: 角色：方案起草 → 任务报送. */
function changesText(event: AccountEvent): string {
  const show = (field: string, value: unknown) =>
    value === null || value === ''
      ? '—'
      : field === 'role'
        ? ((ROLE_LABELS as Record<string, string>)[String(value)] ?? String(value))
        : String(value);
  return Object.entries(event.changes ?? {})
    .map(
      ([field, { from, to }]) =>
        `${EVENT_LABELS[`field.${field}`] ?? field}：${show(field, from)} → ${show(field, to)}`,
    )
    .join('；');
}

/**
 * 管理记录: who created, changed, disabled, enabled or reset which account of the subtree, when and
 * from where — newest first, a page at a time. `version` reloads it after a change on the page.
 */
export function AccountHistory(props: { version: number }): JSX.Element {
  const [first] = createResource(
    () => props.version,
    () => api.accountEvents(0, PAGE),
  );
  const [older, setOlder] = createSignal<AccountEvent[]>([]);
  const [moreError, setMoreError] = createSignal<unknown>();
  const items = () => {
    const head = first()?.items ?? [];
    const seen = new Set(head.map((e) => e.id));
    return [...head, ...older().filter((e) => !seen.has(e.id))];
  };
  const left = () => Math.max(0, (first()?.total ?? 0) - items().length);
  const more = async () => {
    setMoreError(undefined);
    try {
      setOlder([...older(), ...(await api.accountEvents(items().length, PAGE)).items]);
    } catch (error) {
      setMoreError(error);
    }
  };
  return (
    <section class="account-history" aria-labelledby="account-history-title">
      <h3 id="account-history-title">{t('accounts.history')}</h3>
      <p class="muted">{t('accounts.historyIntro')}</p>
      <ErrorMessage error={first.error} />
      <Show when={first()} fallback={<Loading what={t('accounts.historyWhat')} />}>
        <Show when={items().length} fallback={<p class="muted">{t('accounts.historyEmpty')}</p>}>
          <table class="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('accounts.history.time')}</th>
                <th scope="col">{t('accounts.history.action')}</th>
                <th scope="col">{t('accounts.history.target')}</th>
                <th scope="col">{t('accounts.history.actor')}</th>
                <th scope="col">{t('accounts.history.address')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={items()}>
                {(event) => (
                  <tr>
                    <td class="nowrap">{formatTime(event.at)}</td>
                    <td>
                      {EVENT_LABELS[event.type] ?? event.type}
                      <Show when={event.changes}>
                        <span class="muted"> {changesText(event)}</span>
                      </Show>
                    </td>
                    <td>
                      {event.displayName} <span class="muted">{event.username}</span>
                      <br />
                      <span class="muted">{event.orgName}</span>
                    </td>
                    <td>{event.actor.id === 'system:cli' ? t('accounts.history.console') : event.actor.name}</td>
                    <td>{event.address ?? '—'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <ErrorMessage error={moreError()} />
          <Show when={left() > 0}>
            <button type="button" class="link" onClick={() => void more()}>
              {t('accounts.historyMore', { n: Math.min(left(), PAGE) })}
            </button>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
