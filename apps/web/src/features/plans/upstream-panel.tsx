import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type Upstream } from '../../api/client.ts';
import { labelsUnder, t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { UNIT_ROLE_LABELS } from '../../ui/labels.ts';

const FIELD_LABELS: Record<string, string> = labelsUnder('upstream.field');
const KIND_LABELS: Record<string, string> = labelsUnder('upstream.kind');
const STATE_LABELS: Record<string, string> = labelsUnder('upstream.state');
const ROLES = ['lead', 'responsible', 'cooperate'] as const;

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  const v = value as {
    text?: string;
    due?: string | null;
    lead?: string[];
    responsible?: string[];
    cooperate?: string[];
  };
  if ('due' in v) return `${v.text ?? ''}${v.due ? t('upstream.due', { due: v.due }) : ''}`;
  if (v.lead || v.responsible)
    return ROLES.flatMap((role) => {
      const list = v[role];
      return list?.length
        ? [t('upstream.units', { role: UNIT_ROLE_LABELS[role] ?? role, units: list.join('、') })]
        : [];
    }).join(t('list.separator'));
  return JSON.stringify(value);
}

/** 上级更新: the superior's new version against this plan, field by field; conflicts chosen, then 签收. */
export function UpstreamPanel(props: {
  planId: string;
  planVersion: number;
  editable: boolean;
  onMerged: () => void;
}): JSX.Element {
  const [state, { refetch }] = createResource(() => props.planId, api.upstream);
  const [choices, setChoices] = createSignal<Record<string, 'ours' | 'theirs'>>({});
  const [error, setError] = createSignal<unknown>(null);
  const [done, setDone] = createSignal('');
  const choose = (key: string, field: string, choice: 'ours' | 'theirs') =>
    setChoices({ ...choices(), [`${key}|${field}`]: choice });
  const merge = async (u: Upstream) => {
    setError(null);
    try {
      const resolutions = Object.entries(choices()).map(([k, choice]) => {
        const [key, field] = k.split('|') as [string, 'text' | 'units' | 'deadline'];
        return { key, field, choice };
      });
      const result = await api.mergeUpstream(props.planId, { toVersion: u.toVersion, resolutions });
      setDone(t('upstream.merged', { v: u.toVersion, n: result.applied }));
      setChoices({});
      await refetch();
      props.onMerged();
    } catch (e) {
      setError(e);
    }
  };
  const setBinding = async (binding: 'followLatest' | 'pinned') => {
    setError(null);
    try {
      await api.setBinding(props.planId, { binding, expectedVersion: props.planVersion });
      setDone(binding === 'pinned' ? t('upstream.pinnedDone') : t('upstream.followDone'));
      await refetch();
      props.onMerged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-label={t('upstream.title')}>
      <ErrorMessage error={error() ?? state.error} />
      <Show when={state()}>
        {(u) => (
          <fieldset class="choice binding" disabled={!props.editable}>
            <legend>{t('upstream.binding')}</legend>
            <label>
              <input
                type="radio"
                name="binding"
                checked={u().binding === 'followLatest'}
                onChange={() => void setBinding('followLatest')}
              />{' '}
              {t('upstream.follow')}
            </label>
            <label>
              <input
                type="radio"
                name="binding"
                checked={u().binding === 'pinned'}
                onChange={() => void setBinding('pinned')}
              />{' '}
              {t('upstream.pin', { v: u().fromVersion })}
            </label>
          </fieldset>
        )}
      </Show>
      <Show when={done()}>
        <p class="form-ok" role="status">
          {done()}
        </p>
      </Show>
      <Show when={state()} fallback={<Loading what={t('upstream.title')} />}>
        {(u) => (
          <Show
            when={u().items.length}
            fallback={
              <Show
                when={u().fromVersion < u().toVersion}
                fallback={
                  <p class="muted">
                    <Show
                      when={u().latestVersion > u().toVersion}
                      fallback={t('upstream.upToDate', { v: u().toVersion })}
                    >
                      {t('upstream.pinnedBehind', { latest: u().latestVersion, v: u().toVersion })}
                    </Show>
                  </p>
                }
              >
                {/* A new version that changes nothing this plan took in: still to be signed for. */}
                <p>{t('upstream.nothingToTake', { to: u().toVersion, from: u().fromVersion })}</p>
                <div class="actions left">
                  <button type="button" class="primary" disabled={!props.editable} onClick={() => void merge(u())}>
                    {t('upstream.acknowledge', { v: u().toVersion })}
                  </button>
                </div>
              </Show>
            }
          >
            <p>
              {t('upstream.summary', {
                to: u().toVersion,
                from: u().fromVersion,
                n: u().items.length,
                conflicts: u().conflicts,
              })}
            </p>
            <ol class="merge-list">
              <For each={u().items}>
                {(item) => (
                  <li>
                    <p>
                      <span class="tag">{KIND_LABELS[item.kind]}</span> <strong>{item.label}</strong>{' '}
                      {item.text.slice(0, 60)}
                    </p>
                    <Show when={item.fields.length}>
                      <table class="data-table compact">
                        <thead>
                          <tr>
                            <th scope="col">{t('upstream.col.field')}</th>
                            <th scope="col">{t('upstream.col.base')}</th>
                            <th scope="col">{t('upstream.col.theirs')}</th>
                            <th scope="col">{t('upstream.col.ours')}</th>
                            <th scope="col">{t('upstream.col.action')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={item.fields.filter((f) => f.state !== 'same')}>
                            {(f) => (
                              <tr>
                                <td>{FIELD_LABELS[f.field]}</td>
                                <td>{show(f.base)}</td>
                                <td class="changed">{show(f.theirs)}</td>
                                <td>{show(f.ours)}</td>
                                <td>
                                  <Show when={f.state === 'conflict'} fallback={STATE_LABELS[f.state]}>
                                    <fieldset class="choice">
                                      <legend class="visually-hidden">
                                        {t('upstream.conflict', {
                                          label: item.label,
                                          field: FIELD_LABELS[f.field] ?? f.field,
                                        })}
                                      </legend>
                                      <label>
                                        <input
                                          type="radio"
                                          name={`${item.key}|${f.field}`}
                                          onChange={() => choose(item.key, f.field, 'ours')}
                                        />{' '}
                                        {t('upstream.keep')}
                                      </label>
                                      <label>
                                        <input
                                          type="radio"
                                          name={`${item.key}|${f.field}`}
                                          onChange={() => choose(item.key, f.field, 'theirs')}
                                        />{' '}
                                        {t('upstream.take')}
                                      </label>
                                    </fieldset>
                                  </Show>
                                </td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
            <Show when={props.editable}>
              <button
                type="button"
                class="primary"
                disabled={Object.keys(choices()).length < u().conflicts}
                onClick={() => void merge(u())}
              >
                {t('upstream.merge')}
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
