import { BUILT_IN_GUARD_NAMES, type BuiltInGuard, type TransitionGuard } from '@cascade/engine';
import { For, Index, type JSX, Show } from 'solid-js';
import { t } from '../../ui/dictionary.ts';
import { ConditionGroup, FactsOffered } from '../plans/rules/condition-group.tsx';
import { type Group, newLeaf } from '../plans/rules/rule-model.ts';
import { TRANSITION_FACT_CATALOGUE } from './transition-facts.ts';
import { GUARD_LABELS } from './workflow-labels.ts';

type RuleGuard = Extract<TransitionGuard, { rule: string }>;
const isRuleGuard = (g: TransitionGuard): g is RuleGuard => typeof g === 'object';

/**
 * A transition's conditions: the built-in checks (ticked) and rules over the step's facts, each
 * named and built with the same rule builder the plan's rules use (its facts: who fires the step,
 * how many files, whether a reason was given …). All must hold for the step to go through.
 */
export function TransitionGuards(props: {
  guards: readonly TransitionGuard[];
  name: string;
  editable: boolean;
  onChange: (guards: TransitionGuard[]) => void;
}): JSX.Element {
  const builtIns = () => props.guards.filter((g): g is BuiltInGuard => typeof g === 'string');
  const rules = () => props.guards.filter(isRuleGuard);
  const setBuiltIns = (next: BuiltInGuard[]) => props.onChange([...next, ...rules()]);
  const setRules = (next: RuleGuard[]) => props.onChange([...builtIns(), ...next]);
  const setRule = (i: number, rule: RuleGuard) => setRules(rules().map((r, j) => (j === i ? rule : r)));
  const addRule = () =>
    setRules([
      ...rules(),
      {
        rule: t('wfd.ruleDefaultName', { n: rules().length + 1 }),
        condition: { all: [newLeaf(TRANSITION_FACT_CATALOGUE)] },
      },
    ]);
  return (
    <fieldset class="wfd-guards" aria-label={t('wfd.guardsOf', { name: props.name })}>
      <fieldset class="options">
        <legend>{t('wfd.builtInGuards')}</legend>
        <For each={BUILT_IN_GUARD_NAMES}>
          {(g) => (
            <label class="check">
              <input
                type="checkbox"
                checked={builtIns().includes(g)}
                disabled={!props.editable}
                onChange={(e) =>
                  setBuiltIns(
                    BUILT_IN_GUARD_NAMES.filter((x) => (x === g ? e.currentTarget.checked : builtIns().includes(x))),
                  )
                }
              />
              {GUARD_LABELS[g] ?? g}
            </label>
          )}
        </For>
      </fieldset>
      <FactsOffered.Provider value={TRANSITION_FACT_CATALOGUE}>
        <Index each={rules()}>
          {(rule, i) => (
            <div class="wfd-rule">
              <label>
                {t('wfd.ruleName')}
                <input
                  value={rule().rule}
                  maxLength={60}
                  disabled={!props.editable}
                  onChange={(e) => setRule(i, { ...rule(), rule: e.currentTarget.value })}
                />
              </label>
              <ConditionGroup
                group={rule().condition as Group}
                disabled={!props.editable}
                name={t('wfd.ruleGroup', { name: rule().rule })}
                onChange={(condition) => setRule(i, { ...rule(), condition })}
                onRemove={() => setRules(rules().filter((_, j) => j !== i))}
              />
            </div>
          )}
        </Index>
      </FactsOffered.Provider>
      <Show when={props.editable}>
        <button type="button" onClick={addRule}>
          {t('wfd.addRule')}
        </button>
      </Show>
    </fieldset>
  );
}
