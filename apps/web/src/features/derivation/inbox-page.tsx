import { A, useNavigate } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { account } from '../session/session.ts';

/** 待分解: the superior's published plans addressed to this org; one action derives the local draft. */
export function InboxPage(): JSX.Element {
  const navigate = useNavigate();
  const [inbox] = createResource(() => api.inbox());
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal<string | null>(null);
  const derive = async (planId: string) => {
    setBusy(planId);
    setError(null);
    try {
      const plan = await api.derive(planId, account()?.orgId ?? '');
      navigate(`/plans/${encodeURIComponent(plan.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>待分解的上级方案</h2>
      </header>
      <ErrorMessage error={error() ?? inbox.error} />
      <Show when={inbox()} fallback={<Loading what="上级方案" />}>
        {(list) => (
          <Show
            when={list().plans.length}
            fallback={
              <EmptyState title="暂无待分解的方案">
                上级单位发布方案后，会出现在这里；点击“一键分解”即可生成本单位的分解稿。
              </EmptyState>
            }
          >
            <ul class="cards">
              <For each={list().plans}>
                {(plan) => (
                  <li class="card">
                    <h3>{plan.title}</h3>
                    <p class="muted">
                      {plan.ownerName} · {plan.year} 年 · 第 {plan.publishedVersion} 版 · {plan.taskCount} 项任务
                    </p>
                    <Show
                      when={plan.derivedPlanId}
                      fallback={
                        <button
                          type="button"
                          class="primary"
                          disabled={busy() === plan.id}
                          onClick={() => void derive(plan.id)}
                        >
                          {busy() === plan.id ? '正在分解…' : '一键分解'}
                        </button>
                      }
                    >
                      {(id) => <A href={`/plans/${encodeURIComponent(id())}`}>已分解，打开本单位方案</A>}
                    </Show>
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
