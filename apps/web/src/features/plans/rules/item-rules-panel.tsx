import { type Rule, validateItemRules } from '@cascade/engine';
import { createEffect, createMemo, createSignal, Index, type JSX, on, Show } from 'solid-js';
import { api, type PlanItem } from '../../../api/client.ts';
import { t } from '../../../ui/dictionary.ts';
import { SaveBar } from '../../../ui/save-bar.tsx';
import { createSaveState } from '../../../ui/save-state.ts';
import { ConditionGroup } from './condition-group.tsx';
import { edited, type Group, isGroup, type JsonProblem, newRule, parseJsonText } from './rule-model.ts';

type Problem = { path: string; message: string };
const isRuleShaped = (r: unknown): r is Rule =>
  typeof r === 'object' &&
  r !== null &&
  'conditions' in r &&
  typeof (r as Rule).conditions === 'object' &&
  (r as Rule).conditions !== null;

/**
 * The engine's item-rule checks — each rule, unique ids, the events an item may carry, the text
 * growth of all its substitutions together — the very check the server runs on save.
 */
function checkRules(rules: readonly unknown[]): Problem[] {
  return validateItemRules(rules).map((p) => {
    const at = /^\$\[(\d+)\](.*)$/.exec(p.path);
    return at ? { path: `${t('rules.rule', { n: Number(at[1]) + 1 })} $${at[2]}`, message: p.message } : p;
  });
}

/**
 * 适用与本地化规则: a condition builder over the child's facts that writes json-rules-engine JSON,
 * and the same JSON as text. Either view edits the one list of rules; text that is not JSON
 * shows where it breaks and is not taken (nor saved) until it parses.
 */
export function ItemRulesPanel(props: {
  planId: string;
  item: PlanItem;
  editable: boolean;
  onSaved: () => void;
}): JSX.Element {
  const [rules, setRules] = createSignal<unknown[]>([]);
  const [json, setJson] = createSignal('[]');
  const [jsonProblem, setJsonProblem] = createSignal<JsonProblem | null>(null);
  const [view, setView] = createSignal<'builder' | 'json'>('builder');
  const saving = createSaveState();
  createEffect(
    on(
      () => [props.item.id, props.item.version] as const,
      ([id], previous) => {
        const initial = structuredClone(props.item.rules) as unknown[];
        setRules(initial);
        setJson(JSON.stringify(initial, null, 2));
        setJsonProblem(null);
        if (previous?.[0] !== id) saving.reset();
      },
    ),
  );
  const problems = createMemo(() => checkRules(rules()));
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
  const save = () =>
    saving.run(async () => {
      await api.patchItem(props.planId, props.item.id, props.item.version, {
        rules: rules() as Record<string, unknown>[],
      });
      props.onSaved();
    });
  return (
    <section class="designer-section form" aria-labelledby="rules-heading">
      <header>
        <h3 id="rules-heading">{t('rules.title')}</h3>
        <div class="segmented" role="tablist" aria-label={t('rules.views')}>
          <button type="button" role="tab" aria-selected={view() === 'builder'} onClick={() => setView('builder')}>
            {t('rules.builder')}
          </button>
          <button type="button" role="tab" aria-selected={view() === 'json'} onClick={() => setView('json')}>
            JSON
          </button>
        </div>
      </header>
      <Show when={view() === 'builder'}>
        <Show when={jsonProblem()}>
          <p class="form-error" role="alert">
            {t('rules.builderStale')}
          </p>
        </Show>
        <Show when={rules().length === 0}>
          <p class="muted">{t('rules.none')}</p>
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
            <button type="button" onClick={() => change([...rules(), newRule('applicability', ids())])}>
              {t('rules.addApplicability')}
            </button>
            <button type="button" onClick={() => change([...rules(), newRule('localization', ids())])}>
              {t('rules.addLocalization')}
            </button>
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
        savedText={t('rules.saved')}
        editable={props.editable}
        busy={saving.busy()}
        disabled={Boolean(jsonProblem()) || problems().length > 0}
        label={t('rules.save')}
        busyLabel={t('rules.saving')}
        onSave={() => void save()}
      />
    </section>
  );
}

function RuleCard(props: {
  rule: Rule;
  index: number;
  disabled: boolean;
  onChange: (rule: Rule) => void;
  onRemove: () => void;
}): JSX.Element {
  const title = () => t('rules.rule', { n: props.index + 1 });
  const pairs = () => (props.rule.event.params?.pairs as [string, string][] | undefined) ?? [];
  const setPairs = (next: [string, string][]) =>
    props.onChange(edited(props.rule, (r) => (r.event = { type: 'substitute', params: { pairs: next } })));
  return (
    <article class="rule-card" aria-label={title()}>
      <header>
        <strong>
          {title()} ·{' '}
          {props.rule.kind === 'localization'
            ? t('rules.kind.localization')
            : props.rule.kind === 'applicability'
              ? t('rules.kind.applicability')
              : props.rule.kind}
        </strong>
        <Show when={!props.disabled}>
          <button type="button" class="danger" onClick={() => props.onRemove()}>
            {t('rules.remove')}
          </button>
        </Show>
      </header>
      <label>
        {t('rules.name', { rule: title() })}
        <input
          value={props.rule.name}
          disabled={props.disabled}
          onInput={(e) => props.onChange({ ...props.rule, name: e.currentTarget.value })}
        />
      </label>
      <ConditionGroup
        group={props.rule.conditions as Group}
        name={t('rules.conditions', { rule: title() })}
        disabled={props.disabled}
        onChange={(g) => props.onChange({ ...props.rule, conditions: g })}
      />
      <Show when={props.rule.kind === 'applicability'}>
        <label>
          {t('rules.whenMet', { rule: title() })}
          <select
            value={props.rule.event.type === 'exclude' ? 'exclude' : 'include'}
            disabled={props.disabled}
            onChange={(e) => props.onChange({ ...props.rule, event: { type: e.currentTarget.value } })}
          >
            <option value="include">{t('rules.include')}</option>
            <option value="exclude">{t('rules.exclude')}</option>
          </select>
        </label>
      </Show>
      <Show when={props.rule.kind === 'localization'}>
        <fieldset class="pairs">
          <legend>{t('rules.pairs', { rule: title() })}</legend>
          <Index each={pairs()}>
            {(pair, j) => (
              <div class="condition-row">
                <label>
                  <span class="visually-hidden">{t('rules.pairFrom', { rule: title(), n: j + 1 })}</span>
                  <input
                    value={pair()[0]}
                    placeholder={t('rules.pairFromPlaceholder')}
                    disabled={props.disabled}
                    onInput={(e) => setPairs(pairs().map((p, k) => (k === j ? [e.currentTarget.value, p[1]] : p)))}
                  />
                </label>
                <span aria-hidden="true">→</span>
                <label>
                  <span class="visually-hidden">{t('rules.pairTo', { rule: title(), n: j + 1 })}</span>
                  <input
                    value={pair()[1]}
                    placeholder={t('rules.pairToPlaceholder')}
                    disabled={props.disabled}
                    onInput={(e) => setPairs(pairs().map((p, k) => (k === j ? [p[0], e.currentTarget.value] : p)))}
                  />
                </label>
                <Show when={!props.disabled}>
                  <button
                    type="button"
                    class="icon danger"
                    aria-label={t('rules.removePair', { rule: title(), n: j + 1 })}
                    onClick={() => setPairs(pairs().filter((_, k) => k !== j))}
                  >
                    ×
                  </button>
                </Show>
              </div>
            )}
          </Index>
          <Show when={!props.disabled}>
            <button type="button" onClick={() => setPairs([...pairs(), ['', '']])}>
              {t('rules.addPair')}
            </button>
          </Show>
        </fieldset>
      </Show>
    </article>
  );
}
