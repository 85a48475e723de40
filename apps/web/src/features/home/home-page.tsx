import { ISSUED_STATE, REOPENED_STATE, REPORTED_STATE } from '@cascade/engine';
import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { api } from '../../api/client.ts';
import { type MessageKey, t } from '../../ui/dictionary.ts';
import { Loading } from '../../ui/feedback.tsx';
import { type Account, account, ROLE_LABELS } from '../session/session.ts';

type Card = { title: MessageKey; count?: number; text: MessageKey; href: string };

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
      <Show when={cards()} fallback={<Loading what={t('home.what')} />}>
        {(list) => (
          <ul class="cards">
            <For each={list()}>
              {(card) => (
                <li class="card">
                  <h3>{t(card.title)}</h3>
                  <Show when={card.count !== undefined}>
                    <p class="big-number">{card.count}</p>
                  </Show>
                  <p class="muted">{t(card.text)}</p>
                  <A href={card.href}>{t('home.go')}</A>
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
          title: 'home.toReport',
          count: await count({ ...own, state: ISSUED_STATE }),
          text: 'home.toReport.text',
          href: `/ledger?state=${ISSUED_STATE}`,
        },
        {
          title: 'home.rectifying',
          count: await count({ ...own, state: REOPENED_STATE }),
          text: 'home.rectifying.text',
          href: `/ledger?state=${REOPENED_STATE}`,
        },
        { title: 'home.messages', text: 'home.messages.text', href: '/notifications' },
      ];
    case 'supervisor':
      return [
        {
          title: 'home.toVerify',
          count: await count({ state: REPORTED_STATE }),
          text: 'home.toVerify.text',
          href: `/ledger?state=${REPORTED_STATE}`,
        },
        {
          title: 'home.red',
          count: await count({ light: 'red' }),
          text: 'home.red.text',
          href: '/ledger?light=red',
        },
        { title: 'home.dashboard', text: 'home.dashboard.text', href: '/dashboard' },
      ];
    case 'deriver': {
      const inbox = await api.inbox().catch(() => ({ plans: [] }));
      return [
        {
          title: 'home.inbox',
          count: inbox.plans.filter((p) => !p.derivedPlanId).length,
          text: 'home.inbox.text',
          href: '/inbox',
        },
        { title: 'home.ownPlans', text: 'home.ownPlans.text', href: '/plans' },
      ];
    }
    case 'author':
      return [
        { title: 'home.plans', text: 'home.plans.authorText', href: '/plans' },
        { title: 'home.ledger', count: await count({}), text: 'home.ledger.authorText', href: '/ledger' },
      ];
    default:
      return [
        { title: 'home.plans', text: 'home.plans.text', href: '/plans' },
        { title: 'home.ledger', count: await count({}), text: 'home.ledger.text', href: '/ledger' },
        { title: 'home.dashboard', text: 'home.dashboard.adminText', href: '/dashboard' },
      ];
  }
}
