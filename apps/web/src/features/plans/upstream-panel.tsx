import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type Upstream } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';

const FIELD_LABELS: Record<string, string> = { text: '内容', units: '承办单位', deadline: '完成时限' };
const KIND_LABELS: Record<string, string> = { added: '上级新增', removed: '上级删除', changed: '上级修改' };
const STATE_LABELS: Record<string, string> = {
  take: '自动采用上级',
  keep: '保留本级调整',
  conflict: '冲突，请选择',
  same: '无变化',
};

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
  if ('due' in v) return `${v.text ?? ''}${v.due ? `（${v.due}）` : ''}`;
  if (v.lead || v.responsible)
    return [
      ['牵头', v.lead],
      ['责任', v.responsible],
      ['配合', v.cooperate],
    ]
      .filter(([, list]) => (list as string[] | undefined)?.length)
      .map(([label, list]) => `${label}：${(list as string[]).join('、')}`)
      .join('；');
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
      setDone(`已合并上级第 ${u.toVersion} 版并签收（${result.applied} 项）。`);
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
      setDone(binding === 'pinned' ? '已固定于当前依据的上级版本。' : '已改为跟随上级最新版本。');
      await refetch();
      props.onMerged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-label="上级更新">
      <ErrorMessage error={error() ?? state.error} />
      <Show when={state()}>
        {(u) => (
          <fieldset class="choice binding" disabled={!props.editable}>
            <legend>跟随上级方案</legend>
            <label>
              <input
                type="radio"
                name="binding"
                checked={u().binding === 'followLatest'}
                onChange={() => void setBinding('followLatest')}
              />{' '}
              跟随最新版本（上级每次发布新版本，变化列在下面逐项合并）
            </label>
            <label>
              <input
                type="radio"
                name="binding"
                checked={u().binding === 'pinned'}
                onChange={() => void setBinding('pinned')}
              />{' '}
              固定于第 {u().fromVersion} 版（上级新版本只提示，不合并）
            </label>
          </fieldset>
        )}
      </Show>
      <Show when={done()}>
        <p class="form-ok" role="status">
          {done()}
        </p>
      </Show>
      <Show when={state()} fallback={<Loading what="上级更新" />}>
        {(u) => (
          <Show
            when={u().items.length}
            fallback={
              <p class="muted">
                <Show
                  when={u().latestVersion > u().toVersion}
                  fallback={`本方案依据上级第 ${u().toVersion} 版，已是最新。上级发布新版本后，变化会列在这里，逐项合并后签收。`}
                >
                  上级已发布第 {u().latestVersion} 版；本方案固定于第 {u().toVersion}{' '}
                  版。改为“跟随最新版本”后，变化会列在这里，逐项合并后签收。
                </Show>
              </p>
            }
          >
            <p>
              上级已发布第 {u().toVersion} 版（本方案依据第 {u().fromVersion} 版）：{u().items.length} 项有变化，其中{' '}
              {u().conflicts} 处冲突需要选择。
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
                            <th scope="col">字段</th>
                            <th scope="col">原上级</th>
                            <th scope="col">新上级</th>
                            <th scope="col">本级现值</th>
                            <th scope="col">处理</th>
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
                                      <legend class="visually-hidden">{`${item.label}${FIELD_LABELS[f.field]}`}</legend>
                                      <label>
                                        <input
                                          type="radio"
                                          name={`${item.key}|${f.field}`}
                                          onChange={() => choose(item.key, f.field, 'ours')}
                                        />{' '}
                                        保留本级
                                      </label>
                                      <label>
                                        <input
                                          type="radio"
                                          name={`${item.key}|${f.field}`}
                                          onChange={() => choose(item.key, f.field, 'theirs')}
                                        />{' '}
                                        采用上级
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
                合并并签收
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
