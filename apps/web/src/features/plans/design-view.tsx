import { For, type JSX, Match, Show, Switch } from 'solid-js';
import type { PlanDetail, PlanItem } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { EmptyState } from '../../ui/feedback.tsx';
import { UserText } from '../../ui/said.tsx';
import { ItemEditor } from './item-editor.tsx';
import { WorkflowDesigner } from './item-workflow.tsx';
import { PreviewPanel } from './preview/preview-panel.tsx';
import { ItemRulesPanel } from './rules/item-rules-panel.tsx';

export const DESIGN_TABS = ['content', 'rules', 'workflow', 'preview'] as const;
export type DesignTab = (typeof DESIGN_TABS)[number];

export const designTabOf = (value: string | undefined): DesignTab =>
  DESIGN_TABS.includes(value as DesignTab) ? (value as DesignTab) : 'content';

/** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern, selection follows focus). */
const KEY_STEPS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The selected item's design view, as wide as the page beside the outline: 内容 (text, units,
 * deadline, trace), 规则 (applicability and localization), 流程 (the workflow diagram) and 预览
 * (how this item reads in a subordinate's derived plan). With nothing selected it says what to do.
 */
export function DesignView(props: {
  plan: PlanDetail['plan'];
  item: PlanItem | null;
  derived: boolean;
  editable: boolean;
  tab: DesignTab;
  onTab: (tab: DesignTab) => void;
  outlineOpen: boolean;
  onToggleOutline: () => void;
  onSaved: () => void;
  onRemoved: (result: { removed: number; markedNotApplicable: boolean }) => void;
}): JSX.Element {
  const tabs: HTMLButtonElement[] = [];
  const onKeyDown = (e: KeyboardEvent) => {
    const step = KEY_STEPS[e.key];
    if (!step) return;
    e.preventDefault();
    const next = step(DESIGN_TABS.indexOf(props.tab), DESIGN_TABS.length);
    props.onTab(DESIGN_TABS[next] as DesignTab);
    tabs[next]?.focus();
  };
  return (
    <section class="design-view" aria-label={t('design.tabs')}>
      <div class="design-head">
        <button
          type="button"
          class="outline-toggle"
          aria-expanded={props.outlineOpen}
          aria-controls="plan-outline-column"
          onClick={() => props.onToggleOutline()}
        >
          {props.outlineOpen ? t('design.hideOutline') : t('design.showOutline')}
        </button>
        <Show when={props.item}>
          {(item) => (
            <h3 class="design-title">
              {item().kind === 'section' ? t('editor.section') : t('editor.task')}{' '}
              <UserText>
                {item().path.join('')} <span class="design-text">{item().text}</span>
              </UserText>
            </h3>
          )}
        </Show>
      </div>
      <Show
        when={props.item}
        fallback={
          <EmptyState title={t('design.emptyTitle')}>
            {t(props.derived ? 'design.emptyDerived' : 'design.empty')}
          </EmptyState>
        }
      >
        {(item) => (
          <>
            <div class="tabs design-tabs" role="tablist" aria-label={t('design.tabs')} onKeyDown={onKeyDown}>
              <For each={DESIGN_TABS}>
                {(key, i) => (
                  <button
                    type="button"
                    role="tab"
                    id={`design-tab-${key}`}
                    aria-controls="design-panel"
                    aria-selected={props.tab === key}
                    tabIndex={props.tab === key ? 0 : -1}
                    ref={(el) => {
                      tabs[i()] = el;
                    }}
                    onClick={() => props.onTab(key)}
                  >
                    {t(`design.tab.${key}`)}
                  </button>
                )}
              </For>
            </div>
            <div class="design-panel" role="tabpanel" id="design-panel" aria-labelledby={`design-tab-${props.tab}`}>
              <Switch>
                <Match when={props.tab === 'content'}>
                  <ItemEditor
                    planId={props.plan.id}
                    year={props.plan.year}
                    item={item()}
                    derived={props.derived}
                    editable={props.editable}
                    onSaved={() => props.onSaved()}
                    onRemoved={(result) => props.onRemoved(result)}
                  />
                </Match>
                <Match when={props.tab === 'rules' || props.tab === 'workflow'}>
                  <Show when={item().kind === 'task'} fallback={<p class="muted">{t('design.sectionRules')}</p>}>
                    <Show
                      when={props.tab === 'rules'}
                      fallback={
                        <WorkflowDesigner
                          planId={props.plan.id}
                          item={item()}
                          editable={props.editable}
                          onSaved={() => props.onSaved()}
                        />
                      }
                    >
                      <ItemRulesPanel
                        planId={props.plan.id}
                        item={item()}
                        editable={props.editable}
                        onSaved={() => props.onSaved()}
                      />
                    </Show>
                  </Show>
                </Match>
                <Match when={props.tab === 'preview'}>
                  <PreviewPanel plan={props.plan} item={item()} />
                </Match>
              </Switch>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
