import type { Rule, RuleKind, RuleProblem } from '@cascade/engine';
import { createEffect, createMemo, createSignal, For, Index, type JSX, on, Show } from 'solid-js';
import { type MessageKey, t } from '../../../ui/dictionary.ts';
import { SaveBar } from '../../../ui/save-bar.tsx';
import { createSaveState } from '../../../ui/save-state.ts';
import { RuleCard } from './rule-card.tsx';
import {
  addableKinds,
  isGroup,
  type JsonProblem,
  namedProblems,
  newRule,
  parseJsonText,
  type RulesScope,
} from './rule-model.ts';

const isRuleShaped = (r: unknown): r is Rule =>
  typeof r === 'object' &&
  r !== null &&
  'conditions' in r &&
  typeof (r as Rule).conditions === 'object' &&
  (r as Rule).conditions !== null &&
  typeof (r as Rule).event === 'object' &&
  (r as Rule).event !== null;

const ADD_LABELS: Partial<Record<RuleKind, MessageKey>> = {
  applicability: 'rules.addApplicability',
  localization: 'rules.addLocalization',
  deadline: 'rules.addDeadline',
};

/**
 * A list of json-rules-engine rules, edited with a condition builder over the child's facts or as
 * the same JSON in text. Either view edits the one list; text that is not JSON shows where it
 * breaks and is not taken (nor saved) until it parses. The list is checked as it is edited by the
 * very check the server runs on save (`check`), and saved by `onSave`. Used for an item's own
 * rules and for the plan's derivation rules (派生规则).
 */
export function RulesEditor(props: {
  scope: RulesScope;
  title: string;
  /** Whose rules (an item's id, a plan's): another one resets the saved note and error. */
  subject: string;
  /** The version the rules were read at: a new one (saved, or restored) reloads them. */
  version: number;
  rules: readonly unknown[];
  check: (rules: readonly unknown[]) => RuleProblem[];
  editable: boolean;
  /** What an empty list means. */
  emptyText: string;
  saveLabel: string;
  savedText: string;
  onSave: (rules: Record<string, unknown>[]) => Promise<void>;
  /** Shown under the heading: what the list is, its state, its own actions. */
  children?: JSX.Element;
}): JSX.Element {
  const [rules, setRules] = createSignal<unknown[]>([]);
  const [json, setJson] = createSignal('[]');
  const [jsonProblem, setJsonProblem] = createSignal<JsonProblem | null>(null);
  const [view, setView] = createSignal<'builder' | 'json'>('builder');
  const saving = createSaveState();
  createEffect(
    on(
      () => [props.subject, props.version] as const,
      ([subject], previous) => {
        const initial = structuredClone(props.rules) as unknown[];
        setRules(initial);
        setJson(JSON.stringify(initial, null, 2));
        setJsonProblem(null);
        if (previous?.[0] !== subject) saving.reset();
      },
    ),
  );
  const problems = createMemo(() => namedProblems(props.check(rules())));
  const change = (next: unknown[]) => {
    setRules(next);
    setJson(JSON.stringify(next, null, 2));
    setJsonProblem(null);
    saving.edited();
  };
  const editJson = (text: string) => {
    setJson(text);
    saving.edited();
    const parsed = parseJsonText(text);
    if (!parsed.ok) return setJsonProblem(parsed.problem);
    if (!Array.isArray(parsed.value))
      return setJsonProblem({ message: t('rules.notArray'), line: 1, column: 1, near: '' });
    setJsonProblem(null);
    setRules(parsed.value);
  };
  const setRule = (i: number, rule: Rule) => change(rules().map((r, j) => (j === i ? rule : r)));
  const ids = () => rules().map((r) => String((r as { id?: unknown }).id));
  const save = () => saving.run(() => props.onSave(rules() as Record<string, unknown>[]));
  const headingId = `${props.scope}-rules-heading`;
  return (
    <section class={`designer-section form rules-editor rules-${props.scope}`} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>{props.title}</h3>
        <div class="segmented" role="tablist" aria-label={t('rules.views')}>
          <button type="button" role="tab" aria-selected={view() === 'builder'} onClick={() => setView('builder')}>
            {t('rules.builder')}
          </button>
          <button type="button" role="tab" aria-selected={view() === 'json'} onClick={() => setView('json')}>
            JSON
          </button>
        </div>
      </header>
      {props.children}
      <Show when={view() === 'builder'}>
        <Show when={jsonProblem()}>
          <p class="form-error" role="alert">
            {t('rules.builderStale')}
          </p>
        </Show>
        <Show when={rules().length === 0}>
          <p class="muted">{props.emptyText}</p>
        </Show>
        <Index each={rules()}>
          {(rule, i) => (
            <Show
              when={isRuleShaped(rule()) && isGroup((rule() as Rule).conditions) ? (rule() as Rule) : null}
              fallback={<p class="muted">{t('rules.jsonOnly', { n: i + 1 })}</p>}
            >
              {(r) => (
                <RuleCard
                  rule={r()}
                  index={i}
                  scope={props.scope}
                  disabled={!props.editable}
                  onChange={(next) => setRule(i, next)}
                  onRemove={() => change(rules().filter((_, j) => j !== i))}
                />
              )}
            </Show>
          )}
        </Index>
        <Show when={props.editable}>
          <div class="actions left">
            <For each={addableKinds(props.scope)}>
              {(kind) => (
                <button type="button" onClick={() => change([...rules(), newRule(kind, ids(), props.scope)])}>
                  {t(ADD_LABELS[kind] ?? 'rules.addApplicability')}
                </button>
              )}
            </For>
          </div>
        </Show>
      </Show>
      <Show when={view() === 'json'}>
        <label>
          {t('rules.json')}
          <textarea
            class="code"
            rows={14}
            spellcheck={false}
            value={json()}
            readOnly={!props.editable}
            aria-invalid={jsonProblem() ? 'true' : 'false'}
            onInput={(e) => editJson(e.currentTarget.value)}
          />
        </label>
        <Show when={jsonProblem()}>
          {(p) => (
            <p class="form-error" role="alert">
              {p().near
                ? t('rules.jsonError', { line: p().line, column: p().column, message: p().message, near: p().near })
                : p().message}
            </p>
          )}
        </Show>
      </Show>
      <Show when={problems().length && !jsonProblem()}>
        <ul class="form-error problems" role="alert" aria-label={t('rules.problems')}>
          <Index each={problems()}>
            {(p) => (
              <li>
                <code>{p().path}</code>：{p().message}
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <SaveBar
        error={saving.error()}
        saved={saving.saved()}
        savedText={props.savedText}
        editable={props.editable}
        busy={saving.busy()}
        disabled={Boolean(jsonProblem()) || problems().length > 0}
        label={props.saveLabel}
        busyLabel={t('rules.saving')}
        onSave={() => void save()}
      />
    </section>
  );
}
