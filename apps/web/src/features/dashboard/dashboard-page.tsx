import { FINISHED_STATES, ISSUED_LIFECYCLE_STATES } from '@cascade/engine';
import { A, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type FeedbackCounts, type Rollup } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { LIGHT_LABELS, stateLabel } from '../../ui/labels.ts';
import { account } from '../session/session.ts';
import { DistributionChart } from './distribution-chart.tsx';
import { EscalationsPanel } from './escalations-panel.tsx';
import { LedgerFeedbackPanel } from './ledger-feedback-panel.tsx';
import { LookBackPanel } from './look-back-panel.tsx';

type Counts = Rollup['counts'];
const STATES = ISSUED_LIFECYCLE_STATES;
const LIGHTS = ['red', 'yellow', 'green', 'none'];
const done = (c: Counts) => FINISHED_STATES.reduce((n, s) => n + (c.byState[s] ?? 0), 0);

/** A subordinate's 台账反馈 as the server counts it (the same numbers as the plan's subordinates tab). */
function FeedbackCell(props: { counts: FeedbackCounts | undefined }): JSX.Element {
  return (
    <Show when={props.counts} fallback={<span class="muted">{t('dashboard.feedbackNotAsked')}</span>}>
      {(c) =>
        c().fedBack === 0 ? (
          <span class="tag tag-missing">{t('dashboard.notFedBack')}</span>
        ) : (
          <>
            {t('dashboard.fedBackShare', { fedBack: c().fedBack, total: c().total })}
            {c().overdue ? t('dashboard.fedBackOverdue', { overdue: c().overdue }) : ''}
          </>
        )
      }
    </Show>
  );
}

/** 督查汇总: the roll-up of an org's subtree, drill-down through the tree, who has not fed back, 回头看. */
export function DashboardPage(): JSX.Element {
  const [params, setParams] = useSearchParams<{ org?: string; year?: string }>();
  const org = () => params.org ?? account()?.orgId ?? '';
  // Without a year in the address: the latest year of a published plan of one's own org (贵溪市's
  // supervisor lands on 2021, where its unfinished work is), else of any published plan one sees
  // (广东省's admin, with no plan of its own, lands where its cities' work is), else this year. A
  // draft issues nothing, so its year would open on an empty roll-up.
  const [plans] = createResource(() => api.plans());
  const publishedYears = (ownerOrgId?: string) =>
    (plans()?.plans ?? [])
      .filter((p) => p.publishedVersion > 0 && (!ownerOrgId || p.ownerOrgId === ownerOrgId))
      .map((p) => p.year);
  const defaultYear = () => {
    const own = publishedYears(account()?.orgId);
    const years = own.length ? own : publishedYears();
    return years.length ? Math.max(...years) : new Date().getFullYear();
  };
  const year = () => Number(params.year ?? defaultYear());
  const yearOptions = () => {
    const thisYear = new Date().getFullYear();
    const range = Array.from({ length: thisYear - 2020 }, (_, i) => 2021 + i);
    return [...new Set([...range, ...publishedYears(), year()])].sort((a, b) => a - b);
  };
  // A card lists what it counts: the own org's subtree (the ledger's default), or the drilled unit's.
  const ledgerHref = (r: Rollup, filter: string): string => {
    const base = `/ledger?${filter}&year=${year()}`;
    return r.org.id === account()?.orgId ? base : `${base}&underOrgId=${encodeURIComponent(r.org.id)}`;
  };
  const [rollup] = createResource(
    () => (params.year || plans.state === 'ready' || plans.state === 'errored' ? ([org(), year()] as const) : false),
    ([o, y]) => api.rollup(o, y),
  );
  // 台账反馈 of the org's own plans, per direct subordinate: asked, fed back, overdue.
  const [feedback] = createResource(
    () => (rollup() ? ([rollup()!.org.id, year()] as const) : false),
    ([o, y]) => api.orgFeedback(o, y),
  );
  const [trail, setTrail] = createSignal<{ id: string; name: string }[]>([]);
  const drill = (child: { id: string; name: string }) => {
    const current = rollup();
    if (current) setTrail([...trail(), current.org]);
    setParams({ org: child.id });
  };
  const back = (index: number) => {
    const target = trail()[index];
    setTrail(trail().slice(0, index));
    if (target) setParams({ org: target.id });
  };
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>{t('nav.dashboard')}</h2>
        <label class="inline">
          {t('common.year')}
          <select value={String(year())} onChange={(e) => setParams({ year: e.currentTarget.value })}>
            <For each={yearOptions()}>
              {(y) => (
                <option value={y} selected={y === year()}>
                  {y}
                </option>
              )}
            </For>
          </select>
        </label>
      </header>
      <ErrorMessage error={rollup.error} />
      <Show
        when={rollup()}
        fallback={
          <Show when={!rollup.error}>
            <Loading what={t('dashboard.rollup')} />
          </Show>
        }
      >
        {(r) => (
          <>
            <nav class="breadcrumb" aria-label={t('dashboard.trail')}>
              <For each={trail()}>
                {(step, i) => (
                  <>
                    <button type="button" class="link" onClick={() => back(i())}>
                      {step.name}
                    </button>
                    <span aria-hidden="true"> › </span>
                  </>
                )}
              </For>
              <strong>{r().org.name}</strong>
            </nav>
            <Show
              when={r().counts.total}
              fallback={<p class="empty-state">{t('dashboard.empty', { org: r().org.name, year: year() })}</p>}
            >
              <div class="summary-cards">
                <div class="card stat">
                  <span>{t('dashboard.assignments')}</span>
                  <strong>{r().counts.total}</strong>
                </div>
                <div class="card stat">
                  <span>{t('dashboard.done')}</span>
                  <strong>{done(r().counts)}</strong>
                </div>
                <div class="card stat warn">
                  <span>{t('dashboard.toVerify')}</span>
                  <strong>
                    <A href={ledgerHref(r(), 'state=reported')}>{r().counts.byState.reported ?? 0}</A>
                  </strong>
                </div>
                <div class="card stat danger">
                  <span>{t('dashboard.red')}</span>
                  <strong>
                    <A href={ledgerHref(r(), 'light=red')}>{r().counts.byLight.red ?? 0}</A>
                  </strong>
                </div>
              </div>
              <div class="charts">
                <DistributionChart
                  title={t('dashboard.states')}
                  counts={r().counts.byState}
                  keys={STATES}
                  label={stateLabel}
                  total={r().counts.total}
                />
                <DistributionChart
                  title={t('dashboard.lights')}
                  counts={r().counts.byLight}
                  keys={LIGHTS}
                  label={(k) => LIGHT_LABELS[k] ?? k}
                  total={r().counts.total}
                />
              </div>
              <Show
                when={r().children.length}
                fallback={<p class="empty-state">{t('dashboard.noChildren', { org: r().org.name })}</p>}
              >
                <table class="data-table">
                  <caption>{t('dashboard.childrenCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('col.unit')}</th>
                      <th scope="col" class="num">
                        {t('dashboard.assignments')}
                      </th>
                      <th scope="col" class="num">
                        {t('state.reported')}
                      </th>
                      <th scope="col" class="num">
                        {t('state.verified')}
                      </th>
                      <th scope="col" class="num">
                        {t('light.red')}
                      </th>
                      <th scope="col">{t('dashboard.feedbackShare')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For
                      each={[...r().children].sort((a, b) => (b.counts.byLight.red ?? 0) - (a.counts.byLight.red ?? 0))}
                    >
                      {(child) => (
                        <tr>
                          <td>
                            <button type="button" class="link" onClick={() => drill(child)}>
                              {child.name}
                            </button>
                          </td>
                          <td class="num">{child.counts.total}</td>
                          <td class="num">{child.counts.byState.reported ?? 0}</td>
                          <td class="num">{done(child.counts)}</td>
                          <td class="num">{child.counts.byLight.red ?? 0}</td>
                          <td>
                            <FeedbackCell counts={feedback()?.byChild[child.id]} />
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </Show>
          </>
        )}
      </Show>
      <Show when={(account()?.role === 'supervisor' || account()?.role === 'admin') && (params.year || !plans.loading)}>
        <div class="dashboard-panels">
          <LedgerFeedbackPanel orgId={org()} year={year()} />
          <EscalationsPanel orgId={org()} year={year()} />
        </div>
      </Show>
      <LookBackPanel orgId={org()} />
    </section>
  );
}
