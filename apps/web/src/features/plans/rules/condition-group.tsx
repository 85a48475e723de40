import type { Condition, LeafCondition, Operator } from '@cascade/engine';
import { Index, type JSX, Match, Show, Switch } from 'solid-js';
import {
  edited,
  FACTS,
  factSpec,
  type Group,
  groupItems,
  groupMode,
  isGroup,
  isLeaf,
  newLeaf,
  OPERATOR_LABELS,
  operatorsFor,
  parseValue,
  valueText,
} from './rule-model.ts';

/**
 * An all/any group of conditions: fact / operator / value rows and nested groups, edited in
 * place; every change hands back a new group (the caller keeps the rule's JSON in step).
 */
export function ConditionGroup(props: {
  group: Group;
  onChange: (group: Group) => void;
  onRemove?: () => void;
  disabled: boolean;
  /** Where this group is, for screen readers: "规则1 条件组". */
  name: string;
}): JSX.Element {
  const items = () => groupItems(props.group);
  const setItems = (next: Condition[]) =>
    props.onChange(groupMode(props.group) === 'all' ? { all: next } : { any: next });
  const setItem = (i: number, c: Condition) => setItems(items().map((x, j) => (j === i ? c : x)));
  const remove = (i: number) => setItems(items().filter((_, j) => j !== i));
  return (
    <fieldset class="condition-group" aria-label={props.name}>
      <legend>
        <label>
          <span class="visually-hidden">{props.name}的组合方式</span>
          <select
            value={groupMode(props.group)}
            disabled={props.disabled}
            onChange={(e) => props.onChange(e.currentTarget.value === 'all' ? { all: items() } : { any: items() })}
          >
            <option value="all">满足以下全部条件</option>
            <option value="any">满足以下任一条件</option>
          </select>
        </label>
      </legend>
      <Show when={items().length === 0}>
        <p class="muted">还没有条件：点“添加条件”，选择单位属性、比较方式和取值。</p>
      </Show>
      <Index each={items()}>
        {(item, i) => (
          <Switch fallback={<p class="muted">此条件（not / 共享条件）请在 JSON 中编辑。</p>}>
            <Match when={isLeaf(item())}>
              <ConditionRow
                condition={item() as LeafCondition}
                disabled={props.disabled}
                name={`${props.name} 第${i + 1}条`}
                onChange={(c) => setItem(i, c)}
                onRemove={() => remove(i)}
              />
            </Match>
            <Match when={isGroup(item())}>
              <ConditionGroup
                group={item() as Group}
                disabled={props.disabled}
                name={`${props.name} 第${i + 1}组`}
                onChange={(g) => setItem(i, g)}
                onRemove={() => remove(i)}
              />
            </Match>
          </Switch>
        )}
      </Index>
      <Show when={!props.disabled}>
        <div class="actions left">
          <button type="button" onClick={() => setItems([...items(), newLeaf()])}>
            添加条件
          </button>
          <button type="button" onClick={() => setItems([...items(), { any: [newLeaf()] }])}>
            添加条件组
          </button>
          <Show when={props.onRemove}>
            <button type="button" class="danger" onClick={() => props.onRemove?.()}>
              删除此组
            </button>
          </Show>
        </div>
      </Show>
    </fieldset>
  );
}

function ConditionRow(props: {
  condition: LeafCondition;
  onChange: (c: LeafCondition) => void;
  onRemove: () => void;
  disabled: boolean;
  name: string;
}): JSX.Element {
  const spec = () => factSpec(props.condition.fact);
  const operators = () => {
    const list = operatorsFor(props.condition.fact);
    return list.includes(props.condition.operator) ? list : [props.condition.operator, ...list];
  };
  const setFact = (fact: string) => {
    const first = factSpec(fact);
    const value = first?.type === 'boolean' ? true : (first?.options?.[0]?.[0] ?? '');
    props.onChange({ ...props.condition, fact, operator: operatorsFor(fact)[0] as Operator, value });
  };
  const setOperator = (operator: Operator) =>
    props.onChange(
      edited(props.condition, (c) => {
        c.operator = operator;
        c.value = parseValue(c.fact, operator, valueText(props.condition));
      }),
    );
  const setValue = (text: string) =>
    props.onChange({ ...props.condition, value: parseValue(props.condition.fact, props.condition.operator, text) });
  const multiple = () => props.condition.operator === 'in' || props.condition.operator === 'notIn';
  return (
    <fieldset class="condition-row" aria-label={props.name}>
      <label>
        <span class="visually-hidden">{props.name} 属性</span>
        <select value={props.condition.fact} disabled={props.disabled} onChange={(e) => setFact(e.currentTarget.value)}>
          <Show when={!spec()}>
            <option value={props.condition.fact}>{props.condition.fact}</option>
          </Show>
          <Index each={FACTS}>{(f) => <option value={f().name}>{f().label}</option>}</Index>
        </select>
      </label>
      <label>
        <span class="visually-hidden">{props.name} 比较方式</span>
        <select
          value={props.condition.operator}
          disabled={props.disabled}
          onChange={(e) => setOperator(e.currentTarget.value as Operator)}
        >
          <Index each={operators()}>{(op) => <option value={op()}>{OPERATOR_LABELS[op()] ?? op()}</option>}</Index>
        </select>
      </label>
      <label>
        <span class="visually-hidden">{props.name} 取值</span>
        <Switch
          fallback={
            <input
              value={valueText(props.condition)}
              disabled={props.disabled}
              placeholder={multiple() ? '多个用顿号分隔' : '取值'}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          }
        >
          <Match when={spec()?.type === 'boolean'}>
            <select
              value={valueText(props.condition)}
              disabled={props.disabled}
              onChange={(e) => setValue(e.currentTarget.value)}
            >
              <option value="true">是</option>
              <option value="false">否</option>
            </select>
          </Match>
          <Match when={spec()?.options && !multiple()}>
            <select
              value={valueText(props.condition)}
              disabled={props.disabled}
              onChange={(e) => setValue(e.currentTarget.value)}
            >
              <Show when={!spec()?.options?.some(([v]) => v === valueText(props.condition))}>
                <option value={valueText(props.condition)}>{valueText(props.condition) || '（请选择）'}</option>
              </Show>
              <Index each={spec()?.options ?? []}>{(o) => <option value={o()[0]}>{o()[1]}</option>}</Index>
            </select>
          </Match>
        </Switch>
      </label>
      <Show when={!props.disabled}>
        <button type="button" class="icon danger" aria-label={`删除${props.name}`} onClick={() => props.onRemove()}>
          ×
        </button>
      </Show>
    </fieldset>
  );
}
