import type { Condition, LeafCondition, Operator } from '@cascade/engine';
import { createContext, Index, type JSX, Match, Show, Switch, useContext } from 'solid-js';
import { t } from '../../../ui/dictionary.ts';
import {
  edited,
  FACTS,
  type FactCatalogue,
  factSpec,
  firstValue,
  type Group,
  groupItems,
  groupMode,
  isFactReference,
  isGroup,
  isLeaf,
  newLeaf,
  OPERATOR_LABELS,
  operatorsFor,
  parseValue,
  toggled,
  valueForOperator,
  valueText,
} from './rule-model.ts';
import { TypedText } from './typed-text.tsx';

/** The facts the condition rows below offer (the derivation's unless a provider says otherwise). */
export const FactsOffered = createContext<FactCatalogue>(FACTS);

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
  const facts = useContext(FactsOffered);
  const items = () => groupItems(props.group);
  const setItems = (next: Condition[]) =>
    props.onChange(groupMode(props.group) === 'all' ? { all: next } : { any: next });
  const setItem = (i: number, c: Condition) => setItems(items().map((x, j) => (j === i ? c : x)));
  const remove = (i: number) => setItems(items().filter((_, j) => j !== i));
  return (
    <fieldset class="condition-group" aria-label={props.name}>
      <legend>
        <label>
          <span class="visually-hidden">{t('group.mode', { name: props.name })}</span>
          <select
            value={groupMode(props.group)}
            disabled={props.disabled}
            onChange={(e) => props.onChange(e.currentTarget.value === 'all' ? { all: items() } : { any: items() })}
          >
            <option value="all">{t('group.all')}</option>
            <option value="any">{t('group.any')}</option>
          </select>
        </label>
      </legend>
      <Show when={items().length === 0}>
        <p class="muted">{t('group.empty')}</p>
      </Show>
      <Index each={items()}>
        {(item, i) => (
          <Switch fallback={<p class="muted">{t('group.jsonOnly')}</p>}>
            <Match when={isLeaf(item())}>
              <ConditionRow
                condition={item() as LeafCondition}
                disabled={props.disabled}
                name={t('group.row', { name: props.name, n: i + 1 })}
                onChange={(c) => setItem(i, c)}
                onRemove={() => remove(i)}
              />
            </Match>
            <Match when={isGroup(item())}>
              <ConditionGroup
                group={item() as Group}
                disabled={props.disabled}
                name={t('group.subgroup', { name: props.name, n: i + 1 })}
                onChange={(g) => setItem(i, g)}
                onRemove={() => remove(i)}
              />
            </Match>
          </Switch>
        )}
      </Index>
      <Show when={!props.disabled}>
        <div class="actions left">
          <button type="button" onClick={() => setItems([...items(), newLeaf(facts)])}>
            {t('group.addCondition')}
          </button>
          <button type="button" onClick={() => setItems([...items(), { any: [newLeaf(facts)] }])}>
            {t('group.addGroup')}
          </button>
          <Show when={props.onRemove}>
            <button type="button" class="danger" onClick={() => props.onRemove?.()}>
              {t('group.remove')}
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
  const facts = useContext(FactsOffered);
  const spec = () => factSpec(props.condition.fact, facts);
  const operators = () => {
    const list = operatorsFor(props.condition.fact, facts);
    return list.includes(props.condition.operator) ? list : [props.condition.operator, ...list];
  };
  const setFact = (fact: string) => {
    const value = firstValue(factSpec(fact, facts));
    props.onChange({ ...props.condition, fact, operator: operatorsFor(fact, facts)[0] as Operator, value });
  };
  const setOperator = (operator: Operator) =>
    props.onChange(
      edited(props.condition, (c) => {
        c.operator = operator;
        c.value = valueForOperator(props.condition, operator);
      }),
    );
  const setValue = (text: string) =>
    props.onChange({
      ...props.condition,
      value: parseValue(props.condition.fact, props.condition.operator, text, facts),
    });
  const multiple = () => props.condition.operator === 'in' || props.condition.operator === 'notIn';
  return (
    <fieldset class="condition-row" aria-label={props.name}>
      <label>
        <span class="visually-hidden">{t('condition.fact', { name: props.name })}</span>
        <select value={props.condition.fact} disabled={props.disabled} onChange={(e) => setFact(e.currentTarget.value)}>
          <Show when={!spec()}>
            <option value={props.condition.fact}>{props.condition.fact}</option>
          </Show>
          <Index each={facts}>{(f) => <option value={f().name}>{f().label}</option>}</Index>
        </select>
      </label>
      <label>
        <span class="visually-hidden">{t('condition.operator', { name: props.name })}</span>
        <select
          value={props.condition.operator}
          disabled={props.disabled}
          onChange={(e) => setOperator(e.currentTarget.value as Operator)}
        >
          <Index each={operators()}>{(op) => <option value={op()}>{OPERATOR_LABELS[op()] ?? op()}</option>}</Index>
        </select>
      </label>
      <Switch
        fallback={
          <TypedText
            label={<span class="visually-hidden">{t('condition.value', { name: props.name })}</span>}
            text={valueText(props.condition, facts)}
            disabled={props.disabled}
            placeholder={multiple() ? t('condition.many') : t('condition.valuePlaceholder')}
            onInput={setValue}
          />
        }
      >
        <Match when={isFactReference(props.condition.value)}>
          <span class="fact-ref" title={t('condition.factReference')}>
            {valueText(props.condition, facts)}
          </span>
        </Match>
        <Match when={spec()?.type === 'boolean'}>
          <label>
            <span class="visually-hidden">{t('condition.value', { name: props.name })}</span>
            <select
              value={valueText(props.condition, facts)}
              disabled={props.disabled}
              onChange={(e) => setValue(e.currentTarget.value)}
            >
              <option value="true">{t('condition.true')}</option>
              <option value="false">{t('condition.false')}</option>
            </select>
          </label>
        </Match>
        <Match when={spec()?.options && multiple()}>
          <fieldset class="options">
            <legend class="visually-hidden">{t('condition.options', { name: props.name })}</legend>
            <Index each={spec()?.options ?? []}>
              {(o) => (
                <label class="check">
                  <input
                    type="checkbox"
                    checked={Array.isArray(props.condition.value) && props.condition.value.includes(o()[0])}
                    disabled={props.disabled}
                    onChange={(e) =>
                      props.onChange({
                        ...props.condition,
                        value: toggled(props.condition, o()[0], e.currentTarget.checked, facts),
                      })
                    }
                  />
                  {o()[1]}
                </label>
              )}
            </Index>
          </fieldset>
        </Match>
        <Match when={spec()?.options}>
          <label>
            <span class="visually-hidden">{t('condition.value', { name: props.name })}</span>
            <select
              value={valueText(props.condition, facts)}
              disabled={props.disabled}
              onChange={(e) => setValue(e.currentTarget.value)}
            >
              <Show when={!spec()?.options?.some(([v]) => v === valueText(props.condition, facts))}>
                <option value={valueText(props.condition, facts)}>
                  {valueText(props.condition, facts) || t('condition.choose')}
                </option>
              </Show>
              <Index each={spec()?.options ?? []}>{(o) => <option value={o()[0]}>{o()[1]}</option>}</Index>
            </select>
          </label>
        </Match>
      </Switch>
      <Show when={!props.disabled}>
        <button
          type="button"
          class="icon danger"
          aria-label={t('condition.remove', { name: props.name })}
          onClick={() => props.onRemove()}
        >
          ×
        </button>
      </Show>
    </fieldset>
  );
}
