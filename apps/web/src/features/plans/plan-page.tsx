import { planAcceptsEdits } from '@cascade/engine';
import { useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, type JSX, on, Show } from 'solid-js';
import { api, downloads } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { PLAN_STATUS_LABELS } from '../../ui/labels.ts';
import { can } from '../session/can.ts';
import { CascadeButton } from './cascade-button.tsx';
import { CoveragePanel } from './coverage-panel.tsx';
import { type DesignTab, DesignView, designTabOf } from './design-view.tsx';
import { DiffPanel } from './diff-panel.tsx';
import { Outline } from './outline.tsx';
import { pushUndo, removeEntry, type UndoEntry } from './outline-undo-stack.ts';
import { PlanLifecycleButtons } from './plan-lifecycle-buttons.tsx';
import { PreviewPanel } from './preview/preview-panel.tsx';
import { PublishDialog } from './publish-dialog.tsx';
import { ProfilePanel } from './rules/profile-panel.tsx';
import { SubordinatesPanel } from './subordinates-panel.tsx';
import { UpstreamPanel } from './upstream-panel.tsx';

const TABS = ['items', 'preview', 'profile', 'coverage', 'diff', 'upstream', 'subordinates', 'unplaced'] as const;
type Tab = (typeof TABS)[number];

/**
 * A plan: its outline beside the selected item's design view, and for a derived plan the coverage
 * and the side-by-side. The address remembers the item and the design tab (`?item=…&design=rules`),
 * so a reload or the browser's back button returns to them.
 */
export function PlanPage(): JSX.Element {
  const params = useParams<{ planId: string }>();
  const [search, setSearch] = useSearchParams<{
    imported?: string;
    unplaced?: string;
    tab?: string;
    item?: string;
    design?: string;
  }>();
  const [detail, { refetch }] = createResource(() => params.planId, api.plan);
  const selectedId = () => search.item ?? null;
  const setSelectedId = (id: string | null) => {
    if (id !== selectedId()) setSearch({ item: id ?? undefined });
  };
  const designTab = () => designTabOf(search.design);
  const setDesignTab = (tab: DesignTab) => setSearch({ design: tab === 'content' ? undefined : tab });
  const [outlineOpen, setOutlineOpen] = createSignal(true);
  // What the outline can take back (moves, additions, removals), for this plan only.
  const [undo, setUndo] = createSignal<UndoEntry[]>([]);
  createEffect(
    on(
      () => params.planId,
      () => setUndo([]),
    ),
  );
  // A link may open a tab directly (the dashboard links to 下级反馈与签收 with ?tab=subordinates).
  const [tab, setTab] = createSignal<Tab>(TABS.includes(search.tab as Tab) ? (search.tab as Tab) : 'items');
  const [publishing, setPublishing] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  return (
    <section class="page-section">
      <ErrorMessage error={detail.error} />
      <Show when={detail()} fallback={<Show when={!detail.error}>{<Loading what={t('plan.what')} />}</Show>}>
        {(d) => {
          const plan = () => d().plan;
          const derived = () => Boolean(plan().parentPlanId);
          // A closed year (年度收官) is a final record: nothing on it is edited any more.
          const editable = () =>
            planAcceptsEdits(plan().status) && can('plan.edit', plan().ownerPath, derived() ? 'derived' : 'template');
          const selected = createMemo(() => d().items.find((i) => i.id === selectedId()) ?? null);
          const tabs = (): [Tab, string][] => [
            ['items', t('plan.tab.items', { n: plan().taskCount })],
            ['preview', t('plan.tab.preview')],
            ['profile', t('plan.tab.profile')],
            ...(derived()
              ? ([
                  ['coverage', t('plan.tab.coverage')],
                  ['diff', t('plan.tab.diff')],
                  ['upstream', t('plan.tab.upstream')],
                ] as [Tab, string][])
              : []),
            ...(plan().publishedVersion ? ([['subordinates', t('plan.tab.subordinates')]] as [Tab, string][]) : []),
            ...(plan().unplaced.length
              ? ([['unplaced', t('plan.tab.unplaced', { n: plan().unplaced.length })]] as [Tab, string][])
              : []),
          ];
          return (
            <>
              <header class="page-header">
                <div>
                  <h2>{plan().title}</h2>
                  <p class="muted">
                    {plan().ownerName} · {t('plan.year', { year: plan().year })} ·{' '}
                    <span class={`status status-${plan().status}`}>{PLAN_STATUS_LABELS[plan().status]}</span>
                    {' · '}
                    {plan().publishedVersion
                      ? t(plan().unpublishedChanges ? 'plan.publishedWithChanges' : 'plan.publishedVersion', {
                          v: plan().publishedVersion,
                        })
                      : t('plan.unpublished')}
                    <Show when={plan().docNumber}> · {plan().docNumber}</Show>
                  </p>
                </div>
                <div class="actions">
                  <a class="button" href={downloads.planDocx(plan().id)} download="">
                    {t('plan.exportWord')}
                  </a>
                  <Show when={plan().publishedVersion > 0}>
                    <a
                      class="button"
                      href={downloads.annualReport(plan().id, 'docx')}
                      download=""
                      title={t('plan.annualReportTitle')}
                    >
                      {t('plan.annualReport')}
                    </a>
                  </Show>
                  <Show
                    when={
                      editable() &&
                      plan().publishedVersion > 0 &&
                      can('plan.cascade', plan().ownerPath, derived() ? 'derived' : 'template')
                    }
                  >
                    <CascadeButton planId={plan().id} />
                  </Show>
                  <Show when={plan().publishedVersion > 0 && can('plan.lifecycle', plan().ownerPath)}>
                    <PlanLifecycleButtons
                      planId={plan().id}
                      status={plan().status}
                      version={plan().version}
                      onMoved={(to) => {
                        setNotice(t('plan.lifecycle.moved', { status: PLAN_STATUS_LABELS[to] ?? to }));
                        void refetch();
                      }}
                    />
                  </Show>
                  <Show when={editable()}>
                    <button type="button" class="primary" onClick={() => setPublishing(true)}>
                      {t('plan.publish')}
                    </button>
                  </Show>
                </div>
              </header>
              <Show when={search.imported}>
                <p class="banner" role="status">
                  {Number(search.unplaced)
                    ? t('plan.importedUnplaced', { n: search.imported ?? '', unplaced: search.unplaced ?? '' })
                    : t('plan.imported', { n: search.imported ?? '' })}
                </p>
              </Show>
              <Show when={notice()}>
                <p class="banner ok" role="status">
                  {notice()}
                </p>
              </Show>
              <div class="tabs" role="tablist" aria-label={t('plan.tabs')}>
                <For each={tabs()}>
                  {([key, label]) => (
                    <button type="button" role="tab" aria-selected={tab() === key} onClick={() => setTab(key)}>
                      {label}
                    </button>
                  )}
                </For>
              </div>
              <Show when={tab() === 'items'}>
                <div class="plan-design" classList={{ 'outline-hidden': !outlineOpen() }}>
                  <div class="outline-column" id="plan-outline-column" hidden={!outlineOpen()}>
                    <Outline
                      planId={plan().id}
                      items={d().items}
                      selectedId={selectedId()}
                      editable={editable()}
                      onSelect={setSelectedId}
                      onChanged={(id) => {
                        setSelectedId(id);
                        void refetch();
                      }}
                      undo={undo()}
                      onRecord={(entry) => setUndo(pushUndo(undo(), entry))}
                      onUndone={() => {
                        setUndo(undo().slice(0, -1));
                        setNotice('');
                      }}
                    />
                  </div>
                  <DesignView
                    plan={plan()}
                    item={selected()}
                    derived={derived()}
                    editable={editable()}
                    tab={designTab()}
                    onTab={setDesignTab}
                    outlineOpen={outlineOpen()}
                    onToggleOutline={() => setOutlineOpen(!outlineOpen())}
                    onSaved={() => void refetch()}
                    onRemoved={(result) => {
                      const item = selected();
                      if (item) {
                        setUndo(pushUndo(undo(), removeEntry(d().items, item.id, result.markedNotApplicable)));
                        setNotice(
                          t(result.markedNotApplicable ? 'undo.markedNotApplicable' : 'undo.removed', {
                            label: item.path.join(''),
                          }),
                        );
                      }
                      if (!result.markedNotApplicable) setSelectedId(null);
                      void refetch();
                    }}
                  />
                </div>
              </Show>
              <Show when={tab() === 'preview'}>
                <PreviewPanel plan={plan()} />
              </Show>
              <Show when={tab() === 'profile'}>
                <ProfilePanel planId={plan().id} editable={editable()} onSaved={() => void refetch()} />
              </Show>
              <Show when={tab() === 'coverage'}>
                <CoveragePanel planId={plan().id} version={plan().version} />
              </Show>
              <Show when={tab() === 'diff'}>
                <DiffPanel planId={plan().id} version={plan().version} />
              </Show>
              <Show when={tab() === 'upstream'}>
                <UpstreamPanel
                  planId={plan().id}
                  planVersion={plan().version}
                  editable={editable()}
                  onMerged={() => void refetch()}
                />
              </Show>
              <Show when={tab() === 'subordinates'}>
                <SubordinatesPanel planId={plan().id} />
              </Show>
              <Show when={tab() === 'unplaced'}>
                <UnplacedLines lines={plan().unplaced} />
              </Show>
              <PublishDialog
                plan={plan()}
                open={publishing()}
                onClose={() => setPublishing(false)}
                onPublished={(r) => {
                  setNotice(
                    r.rescheduled || r.withdrawn
                      ? t('plan.publishedNoticeSynced', {
                          v: r.version,
                          n: r.assignmentsIssued,
                          redated: r.rescheduled,
                          closed: r.withdrawn,
                        })
                      : t('plan.publishedNotice', { v: r.version, n: r.assignmentsIssued }),
                  );
                  void refetch();
                }}
              />
            </>
          );
        }}
      </Show>
    </section>
  );
}

function UnplacedLines(props: { lines: { line: number; text: string }[] }): JSX.Element {
  return (
    <section aria-label={t('plan.unplaced')}>
      <p class="muted">{t('plan.unplacedHint')}</p>
      <table class="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('plan.unplacedLine')}</th>
            <th scope="col">{t('plan.unplacedText')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.lines}>
            {(l) => (
              <tr>
                <td class="num">{l.line}</td>
                <td>{l.text}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
