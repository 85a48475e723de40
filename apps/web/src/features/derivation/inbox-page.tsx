import { A, useNavigate } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
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
        <h2>{t('inbox.title')}</h2>
      </header>
      <ErrorMessage error={error() ?? inbox.error} />
      <Show when={inbox()} fallback={<Loading what={t('inbox.what')} />}>
        {(list) => (
          <Show
            when={list().plans.length}
            fallback={<EmptyState title={t('inbox.empty.title')}>{t('inbox.empty.body')}</EmptyState>}
          >
            <ul class="cards">
              <For each={list().plans}>
                {(plan) => (
                  <li class="card">
                    <h3>{plan.title}</h3>
                    <p class="muted">
                      {t('inbox.meta', {
                        owner: plan.ownerName,
                        year: plan.year,
                        v: plan.publishedVersion,
                        n: plan.taskCount,
                      })}
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
                          {busy() === plan.id ? t('inbox.deriving') : t('inbox.derive')}
                        </button>
                      }
                    >
                      {(id) => <A href={`/plans/${encodeURIComponent(id())}`}>{t('inbox.open')}</A>}
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
