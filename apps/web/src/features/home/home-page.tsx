import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { Loading } from '../../ui/feedback.tsx';
import { type Account, account, ROLE_LABELS } from '../session/session.ts';

type Card = { title: string; count?: number; text: string; href: string };

/** 工作台: what this account has to do now, by role, each card a link to the work. */
export function HomePage(): JSX.Element {
  const current = () => account() as Account;
  const [cards] = createResource(
    () => current().id,
    () => cardsFor(current()),
  );
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>
          {current().orgName} · {ROLE_LABELS[current().role]}
        </h2>
      </header>
      <Show when={cards()} fallback={<Loading what="待办" />}>
        {(list) => (
          <ul class="cards">
            <For each={list()}>
              {(card) => (
                <li class="card">
                  <h3>{card.title}</h3>
                  <Show when={card.count !== undefined}>
                    <p class="big-number">{card.count}</p>
                  </Show>
                  <p class="muted">{card.text}</p>
                  <A href={card.href}>前往</A>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </section>
  );
}

async function count(query: Parameters<typeof api.ledger>[0]): Promise<number> {
  return (await api.ledger({ ...query, limit: 1 }).catch(() => ({ total: 0 }))).total;
}

async function cardsFor(a: Account): Promise<Card[]> {
  const own = { orgId: a.orgId };
  switch (a.role) {
    case 'reporter':
      return [
        {
          title: '待报送',
          count: await count({ ...own, state: 'assigned' }),
          text: '下达到本单位、尚未报送的任务。',
          href: `/ledger?state=assigned`,
        },
        {
          title: '整改中',
          count: await count({ ...own, state: 'rectifying' }),
          text: '回头看中重新打开、需要报送整改情况的任务。',
          href: '/ledger?state=rectifying',
        },
        { title: '消息', text: '督办、到期提醒和被退回的报送。', href: '/notifications' },
      ];
    case 'supervisor':
      return [
        {
          title: '待核验',
          count: await count({ state: 'reported' }),
          text: '下级单位已报送、等待核验的任务。',
          href: '/ledger?state=reported',
        },
        {
          title: '红灯',
          count: await count({ light: 'red' }),
          text: '已逾期未完成的任务，可督办。',
          href: '/ledger?light=red',
        },
        { title: '督查汇总', text: '本单位及下级的办理情况、逐级下钻、回头看。', href: '/dashboard' },
      ];
    case 'deriver': {
      const inbox = await api.inbox().catch(() => ({ plans: [] }));
      return [
        {
          title: '待分解',
          count: inbox.plans.filter((p) => !p.derivedPlanId).length,
          text: '上级已发布、尚未分解的方案。',
          href: '/inbox',
        },
        { title: '本单位方案', text: '分解稿的逐项对照、与上级对照和发布。', href: '/plans' },
      ];
    }
    case 'author':
      return [
        { title: '方案', text: '导入上年度方案、编辑任务、发布新版本。', href: '/plans' },
        { title: '台账', count: await count({}), text: '本单位方案下达的任务分工。', href: '/ledger' },
      ];
    default:
      return [
        { title: '方案', text: '本单位及下级的方案。', href: '/plans' },
        { title: '台账', count: await count({}), text: '本单位及下级的任务分工。', href: '/ledger' },
        { title: '督查汇总', text: '办理情况与回头看。', href: '/dashboard' },
      ];
  }
}
