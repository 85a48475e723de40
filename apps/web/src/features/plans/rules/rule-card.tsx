import type { Rule } from '@cascade/engine';
import { Index, type JSX, Match, Show, Switch } from 'solid-js';
import { t } from '../../../ui/dictionary.ts';
import { DocWords, Fill } from '../../../ui/said.tsx';
import { ConditionGroup } from './condition-group.tsx';
import {
  edited,
  eventChoices,
  eventLabel,
  type Group,
  newEvent,
  parseWords,
  type RulesScope,
  wordsText,
} from './rule-model.ts';
import { TypedText } from './typed-text.tsx';

const KIND_LABELS: Record<string, () => string> = {
  applicability: () => t('rules.kind.applicability'),
  localization: () => t('rules.kind.localization'),
  deadline: () => t('rules.kind.deadline'),
};

/**
 * One rule: its name, its conditions over the child's facts, and what happens when they are met —
 * the event and its parameters as the author fills them (words and a reason, replacement pairs,
 * working days), or what a parameterless event does, in words.
 */
export function RuleCard(props: {
  rule: Rule;
  index: number;
  scope: RulesScope;
  disabled: boolean;
  onChange: (rule: Rule) => void;
  onRemove: () => void;
}): JSX.Element {
  const title = () => t('rules.rule', { n: props.index + 1 });
  const type = () => props.rule.event.type;
  const params = () => props.rule.event.params ?? {};
  const setParam = (name: string, value: unknown) =>
    props.onChange(edited(props.rule, (r) => (r.event = { ...r.event, params: { ...params(), [name]: value } })));
  const choices = () => eventChoices(props.scope, props.rule);
  return (
    <article class="rule-card" aria-label={title()}>
      <header>
        <strong>
          {title()} · {KIND_LABELS[props.rule.kind]?.() ?? props.rule.kind}
        </strong>
        <Show when={!props.disabled}>
          <button
            type="button"
            class="danger"
            aria-label={t('rules.removeRule', { rule: title() })}
            onClick={() => props.onRemove()}
          >
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
      <Show when={choices().length > 1}>
        <label>
          {t('rules.whenMet', { rule: title() })}
          <select
            value={type()}
            disabled={props.disabled}
            onChange={(e) =>
              props.onChange({ ...props.rule, event: newEvent(e.currentTarget.value, props.rule.event) })
            }
          >
            <Index each={choices()}>{(c) => <option value={c()}>{eventLabel(props.scope, c())}</option>}</Index>
          </select>
        </label>
      </Show>
      <Switch>
        <Match when={type() === 'excludeMentioning' || type() === 'supportMentioning'}>
          <TypedText
            label={t('rules.words', { rule: title() })}
            multiline
            rows={3}
            text={wordsText(params().words)}
            placeholder={t('rules.wordsPlaceholder')}
            disabled={props.disabled}
            onInput={(text) => setParam('words', parseWords(text))}
          />
          <label>
            {t('rules.reason', { rule: title() })}
            <input
              value={typeof params().reason === 'string' ? (params().reason as string) : ''}
              placeholder={t('rules.reasonPlaceholder')}
              disabled={props.disabled}
              onInput={(e) => setParam('reason', e.currentTarget.value)}
            />
          </label>
        </Match>
        <Match when={type() === 'exclude' && props.scope === 'profile'}>
          <TypedText
            label={t('rules.items', { rule: title() })}
            multiline
            rows={3}
            text={wordsText(params().items)}
            disabled={props.disabled}
            onInput={(text) => {
              const items = parseWords(text);
              props.onChange(
                edited(
                  props.rule,
                  (r) => (r.event = items.length ? { type: 'exclude', params: { items } } : { type: 'exclude' }),
                ),
              );
            }}
          />
        </Match>
        <Match when={type() === 'deadlineBefore'}>
          <TypedText
            label={t('rules.workingDays', { rule: title() })}
            inputMode="numeric"
            text={params().workingDays === undefined ? '' : String(params().workingDays)}
            disabled={props.disabled}
            onInput={(text) => setParam('workingDays', /^\s*\d+\s*$/.test(text) ? Number(text) : text)}
          />
        </Match>
        <Match when={type() === 'substitute'}>
          <Pairs rule={props.rule} title={title()} disabled={props.disabled} onChange={props.onChange} />
        </Match>
        <Match when={type() === 'substituteLevelWords' || type() === 'superiorUnitsGuide'}>
          <p class="muted rule-about">
            {type() === 'substituteLevelWords' ? (
              <Fill
                template={t('rules.about.substituteLevelWords')}
                parts={{
                  pairs: <DocWords>全市→全县、市直→县直、本市→本县、市政府→县政府</DocWords>,
                  street: <DocWords>“街道办事处”“街道党工委”</DocWords>,
                  town: <DocWords>“镇党委”</DocWords>,
                }}
              />
            ) : (
              t('rules.about.superiorUnitsGuide')
            )}
          </p>
        </Match>
      </Switch>
    </article>
  );
}

/** The replacement pairs of a substitute rule: 原文 → 改为, one row each. */
function Pairs(props: { rule: Rule; title: string; disabled: boolean; onChange: (rule: Rule) => void }): JSX.Element {
  const pairs = () => (props.rule.event.params?.pairs as [string, string][] | undefined) ?? [];
  const setPairs = (next: [string, string][]) =>
    props.onChange(edited(props.rule, (r) => (r.event = { type: 'substitute', params: { pairs: next } })));
  return (
    <fieldset class="pairs">
      <legend>{t('rules.pairs', { rule: props.title })}</legend>
      <Index each={pairs()}>
        {(pair, j) => (
          <div class="condition-row">
            <label>
              <span class="visually-hidden">{t('rules.pairFrom', { rule: props.title, n: j + 1 })}</span>
              <input
                value={pair()[0]}
                placeholder={t('rules.pairFromPlaceholder')}
                disabled={props.disabled}
                onInput={(e) => setPairs(pairs().map((p, k) => (k === j ? [e.currentTarget.value, p[1]] : p)))}
              />
            </label>
            <span aria-hidden="true">→</span>
            <label>
              <span class="visually-hidden">{t('rules.pairTo', { rule: props.title, n: j + 1 })}</span>
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
                aria-label={t('rules.removePair', { rule: props.title, n: j + 1 })}
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
  );
}
