import { type Rule, validateRule } from '@cascade/engine';
import { createEffect, createMemo, createSignal, Index, type JSX, on, Show } from 'solid-js';
import { api, type PlanItem } from '../../../api/client.ts';
import { ErrorMessage } from '../../../ui/feedback.tsx';
import { ConditionGroup } from './condition-group.tsx';
import { edited, type Group, isGroup, type JsonProblem, newRule, parseJsonText } from './rule-model.ts';

type Problem = { path: string; message: string };
const isRuleShaped = (r: unknown): r is Rule =>
  typeof r === 'object' &&
  r !== null &&
  'conditions' in r &&
  typeof (r as Rule).conditions === 'object' &&
  (r as Rule).conditions !== null;

/** The engine's own checks, for every rule, plus unique ids: what the server will check again. */
function checkRules(rules: readonly unknown[]): Problem[] {
  const problems = rules.flatMap((r, i) =>
    validateRule(r).map((p) => ({ path: `规则${i + 1} ${p.path}`, message: p.message })),
  );
  const ids = rules.map((r) => (r as { id?: unknown }).id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push({ path: `规则${i + 1} $.id`, message: `规则编号 ${String(id)} 重复` });
  });
  return problems;
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
  const [error, setError] = createSignal<unknown>(null);
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  createEffect(
    on(
      () => [props.item.id, props.item.version] as const,
      ([id], previous) => {
        const initial = structuredClone(props.item.rules) as unknown[];
        setRules(initial);
        setJson(JSON.stringify(initial, null, 2));
        setJsonProblem(null);
        if (previous?.[0] !== id) {
          setSaved(false);
          setError(null);
        }
      },
    ),
  );
  const problems = createMemo(() => checkRules(rules()));
  const change = (next: unknown[]) => {
    setRules(next);
    setJson(JSON.stringify(next, null, 2));
    setJsonProblem(null);
    setSaved(false);
  };
  const editJson = (text: string) => {
    setJson(text);
    setSaved(false);
    const parsed = parseJsonText(text);
    if (!parsed.ok) return setJsonProblem(parsed.problem);
    if (!Array.isArray(parsed.value))
      return setJsonProblem({ message: '规则须写成数组：[ {…}, {…} ]', line: 1, column: 1 });
    setJsonProblem(null);
    setRules(parsed.value);
  };
  const setRule = (i: number, rule: Rule) => change(rules().map((r, j) => (j === i ? rule : r)));
  const ids = () => rules().map((r) => String((r as { id?: unknown }).id));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.patchItem(props.planId, props.item.id, props.item.version, {
        rules: rules() as Record<string, unknown>[],
      });
      setSaved(true);
      props.onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="designer-section form" aria-labelledby="rules-heading">
      <header>
        <h3 id="rules-heading">适用与本地化规则</h3>
        <div class="segmented" role="tablist" aria-label="规则视图">
          <button type="button" role="tab" aria-selected={view() === 'builder'} onClick={() => setView('builder')}>
            条件构建
          </button>
          <button type="button" role="tab" aria-selected={view() === 'json'} onClick={() => setView('json')}>
            JSON
          </button>
        </div>
      </header>
      <Show when={view() === 'builder'}>
        <Show when={jsonProblem()}>
          <p class="form-error" role="alert">
            JSON 有语法错误，构建视图显示的是最后一次有效的内容；请切换到 JSON 修正。
          </p>
        </Show>
        <Show when={rules().length === 0}>
          <p class="muted">
            未设规则：所有下达到的下级都承接此项，用语按默认规则本地化。可添加“承接条件”限定哪些下级承接，或添加“本地化用语”替换下级的表述。
          </p>
        </Show>
        <Index each={rules()}>
          {(rule, i) => (
            <Show
              when={isRuleShaped(rule()) && isGroup((rule() as Rule).conditions) ? (rule() as Rule) : null}
              fallback={<p class="muted">规则{i + 1}的格式只能在 JSON 中编辑。</p>}
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
              添加承接条件
            </button>
            <button type="button" onClick={() => change([...rules(), newRule('localization', ids())])}>
              添加本地化用语
            </button>
          </div>
        </Show>
      </Show>
      <Show when={view() === 'json'}>
        <label>
          规则（json-rules-engine 格式）
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
              JSON 第 {p().line} 行第 {p().column} 列有误：{p().message}（未保存）
            </p>
          )}
        </Show>
      </Show>
      <Show when={problems().length && !jsonProblem()}>
        <ul class="form-error problems" role="alert" aria-label="规则校验问题">
          <Index each={problems()}>
            {(p) => (
              <li>
                <code>{p().path}</code>：{p().message}
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <ErrorMessage error={error()} />
      <Show when={saved()}>
        <p class="form-ok" role="status">
          规则已保存。
        </p>
      </Show>
      <Show when={props.editable}>
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={busy() || Boolean(jsonProblem()) || problems().length > 0}
            onClick={() => void save()}
          >
            {busy() ? '正在保存…' : '保存规则'}
          </button>
        </div>
      </Show>
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
  const title = () => `规则${props.index + 1}`;
  const pairs = () => (props.rule.event.params?.pairs as [string, string][] | undefined) ?? [];
  const setPairs = (next: [string, string][]) =>
    props.onChange(edited(props.rule, (r) => (r.event = { type: 'substitute', params: { pairs: next } })));
  return (
    <article class="rule-card" aria-label={title()}>
      <header>
        <strong>
          {title()} ·{' '}
          {props.rule.kind === 'localization'
            ? '本地化用语'
            : props.rule.kind === 'applicability'
              ? '承接条件'
              : props.rule.kind}
        </strong>
        <Show when={!props.disabled}>
          <button type="button" class="danger" onClick={() => props.onRemove()}>
            删除规则
          </button>
        </Show>
      </header>
      <label>
        {title()} 名称
        <input
          value={props.rule.name}
          disabled={props.disabled}
          onInput={(e) => props.onChange({ ...props.rule, name: e.currentTarget.value })}
        />
      </label>
      <ConditionGroup
        group={props.rule.conditions as Group}
        name={`${title()} 条件`}
        disabled={props.disabled}
        onChange={(g) => props.onChange({ ...props.rule, conditions: g })}
      />
      <Show when={props.rule.kind === 'applicability'}>
        <label>
          {title()} 满足条件时
          <select
            value={props.rule.event.type === 'exclude' ? 'exclude' : 'include'}
            disabled={props.disabled}
            onChange={(e) => props.onChange({ ...props.rule, event: { type: e.currentTarget.value } })}
          >
            <option value="include">下级承接此任务（不满足则不下达）</option>
            <option value="exclude">下级不承接此任务</option>
          </select>
        </label>
      </Show>
      <Show when={props.rule.kind === 'localization'}>
        <fieldset class="pairs">
          <legend>{title()} 满足条件时替换用语</legend>
          <Index each={pairs()}>
            {(pair, j) => (
              <div class="condition-row">
                <label>
                  <span class="visually-hidden">
                    {title()} 第{j + 1}处原文
                  </span>
                  <input
                    value={pair()[0]}
                    placeholder="原文，如：村务公开栏"
                    disabled={props.disabled}
                    onInput={(e) => setPairs(pairs().map((p, k) => (k === j ? [e.currentTarget.value, p[1]] : p)))}
                  />
                </label>
                <span aria-hidden="true">→</span>
                <label>
                  <span class="visually-hidden">
                    {title()} 第{j + 1}处改为
                  </span>
                  <input
                    value={pair()[1]}
                    placeholder="改为，如：居务公开栏"
                    disabled={props.disabled}
                    onInput={(e) => setPairs(pairs().map((p, k) => (k === j ? [p[0], e.currentTarget.value] : p)))}
                  />
                </label>
                <Show when={!props.disabled}>
                  <button
                    type="button"
                    class="icon danger"
                    aria-label={`删除${title()}第${j + 1}处替换`}
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
              添加替换
            </button>
          </Show>
        </fieldset>
      </Show>
    </article>
  );
}
