import { DEFAULT_PROFILE, type LeafCondition, validateItemRules, validateProfileRules } from '@cascade/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../ui/locale.ts';
import {
  addableKinds,
  eventChoices,
  eventLabel,
  FACTS,
  factSpec,
  namedProblems,
  newEvent,
  newRule,
  operatorsFor,
  parseWords,
  toggled,
  valueForOperator,
  valueText,
  wordsText,
} from './rule-model.ts';

afterEach(() => setLocale('zh-CN'));

describe('the facts a rule reads about the child', () => {
  it('offers every fact the default profile reads, each with a Chinese label and an English one', () => {
    const read = new Set<string>();
    const collect = (c: unknown): void => {
      if (!c || typeof c !== 'object') return;
      const o = c as Record<string, unknown>;
      if (typeof o.fact === 'string') read.add(o.fact);
      if (o.value && typeof o.value === 'object' && 'fact' in o.value) collect(o.value);
      for (const list of [o.all, o.any]) if (Array.isArray(list)) list.forEach(collect);
    };
    for (const rule of DEFAULT_PROFILE) collect(rule.conditions);
    expect([...read].filter((f) => !factSpec(f))).toEqual([]);
    expect(FACTS.filter((f) => f.label === f.name).map((f) => f.name)).toEqual([]);
    expect(factSpec('hasGazette')?.label).toBe('编发政府公报');
    expect(factSpec('holdsPressConferences')?.label).toBe('举办新闻发布会');
    setLocale('en');
    expect(FACTS.filter((f) => /[\u4e00-\u9fff]/.test(f.label)).map((f) => f.name)).toEqual([]);
    expect(factSpec('issuesNormativeDocuments')?.label).toBe('Issues normative documents');
  });

  it('reads the capabilities as yes/no, and the website as one of own, column, none', () => {
    for (const name of ['hasGazette', 'issuesNormativeDocuments', 'holdsPressConferences'])
      expect(operatorsFor(name), name).toEqual(['equal', 'notEqual']);
    expect(factSpec('website')?.type).toBe('enum');
    expect(factSpec('website')?.options).toEqual([
      ['own', '有自己的门户网站'],
      ['column', '在上级门户网站开设专栏'],
      ['none', '没有网站'],
    ]);
  });
});

describe('condition values', () => {
  const leaf = (value: unknown, fact = 'kind', operator: LeafCondition['operator'] = 'in'): LeafCondition => ({
    fact,
    operator,
    value,
  });

  it('shows a value that is another fact by that fact’s name, and keeps it when the operator changes', () => {
    const selfWord = leaf({ fact: 'parentWord' }, 'selfWord', 'notEqual');
    expect(valueText(selfWord)).toBe('上级自称');
    expect(valueForOperator(selfWord, 'equal')).toEqual({ fact: 'parentWord' });
  });

  it('turns one value into a list for in/notIn and back, instead of losing it', () => {
    expect(valueForOperator(leaf('county', 'level', 'equal'), 'in')).toEqual(['county']);
    expect(valueForOperator(leaf(['county', 'township'], 'level'), 'equal')).toBe('county');
    expect(valueForOperator(leaf(['county'], 'level'), 'notIn')).toEqual(['county']);
    expect(valueForOperator(leaf('', 'regionCode', 'equal'), 'in')).toEqual([]);
  });

  it('ticks and unticks an option of a list, in the options’ order', () => {
    expect(toggled(leaf(['zone']), 'government', true)).toEqual(['government', 'zone']);
    expect(toggled(leaf(['government', 'zone']), 'zone', false)).toEqual(['government']);
    expect(toggled(leaf('government', 'kind', 'equal'), 'office', true)).toEqual(['office']);
  });
});

describe('events each editor offers', () => {
  const gazette = DEFAULT_PROFILE.find((r) => r.id === 'capability:gazette')!;
  const press = DEFAULT_PROFILE.find((r) => r.id === 'capability:pressConferences')!;

  it('gives an item include/exclude and substitute, and a profile every event the derivation acts on', () => {
    expect(eventChoices('item', { kind: 'applicability', event: { type: 'include' } })).toEqual(['include', 'exclude']);
    expect(eventChoices('item', { kind: 'localization', event: { type: 'substitute' } })).toEqual(['substitute']);
    expect(eventChoices('profile', gazette)).toEqual(['excludeMentioning', 'exclude']);
    expect(eventChoices('profile', press)).toEqual([
      'substitute',
      'supportMentioning',
      'substituteLevelWords',
      'superiorUnitsGuide',
    ]);
    expect(eventChoices('profile', { kind: 'deadline', event: { type: 'deadlineBefore' } })).toEqual([
      'deadlineBefore',
    ]);
    // A rule saved with an event its editor does not offer still shows it.
    expect(eventChoices('profile', { kind: 'applicability', event: { type: 'include' } })[0]).toBe('include');
    expect(addableKinds('item')).toEqual(['applicability', 'localization']);
    expect(addableKinds('profile')).toEqual(['applicability', 'localization', 'deadline']);
  });

  it('names an exclude by what it leaves out in each editor', () => {
    expect(eventLabel('item', 'exclude')).toBe('下级不承接此任务');
    expect(eventLabel('profile', 'exclude')).toBe('下级不承接所列事项');
    expect(eventLabel('profile', 'excludeMentioning')).toBe('不承接提及以下词语的任务');
    expect(eventLabel('profile', 'somethingNew')).toBe('somethingNew');
  });

  it('starts an event with the parameters it needs, carrying words and reason between the mention events', () => {
    expect(newEvent('substitute')).toEqual({ type: 'substitute', params: { pairs: [['', '']] } });
    expect(newEvent('deadlineBefore')).toEqual({ type: 'deadlineBefore', params: { workingDays: 5 } });
    expect(newEvent('superiorUnitsGuide')).toEqual({ type: 'superiorUnitsGuide' });
    expect(newEvent('supportMentioning', gazette.event)).toEqual({
      type: 'supportMentioning',
      params: { words: ['政府公报'], reason: '本级不编发政府公报' },
    });
    expect(newEvent('excludeMentioning', { type: 'exclude' })).toEqual({
      type: 'excludeMentioning',
      params: { words: [], reason: '' },
    });
  });

  it('adds rules the check accepts once their blanks are filled, with ids not yet taken', () => {
    const item = [newRule('applicability', []), newRule('localization', [])];
    expect(validateItemRules(item).map((p) => p.path)).toEqual(['$[1].event.params.pairs[0][0]']);
    const taken = DEFAULT_PROFILE.map((r) => r.id);
    const added = (['applicability', 'localization', 'deadline'] as const).map((k) => newRule(k, taken, 'profile'));
    expect(added.map((r) => r.event.type)).toEqual(['excludeMentioning', 'substitute', 'deadlineBefore']);
    expect(new Set([...taken, ...added.map((r) => r.id)]).size).toBe(taken.length + 3);
    const profile = [...DEFAULT_PROFILE, ...added];
    expect(validateProfileRules(profile).map((p) => p.path)).toEqual([
      `$[${taken.length}].event.params.words`,
      `$[${taken.length}].event.params.reason`,
      `$[${taken.length + 1}].event.params.pairs[0][0]`,
    ]);
    const filled = structuredClone(profile);
    filled[taken.length]!.event.params = { words: ['政府公报'], reason: '乡镇不编发政府公报' };
    filled[taken.length + 1]!.event.params = { pairs: [['全县', '全镇']] };
    expect(validateProfileRules(filled)).toEqual([]);
  });
});

describe('words as the author types them', () => {
  it('reads one per line or separated by 、, and writes them one per line', () => {
    expect(parseWords('政府公报\n规范性文件库、 新闻发布会 \n\n')).toEqual(['政府公报', '规范性文件库', '新闻发布会']);
    expect(wordsText(['政府公报', '规范性文件库'])).toBe('政府公报\n规范性文件库');
    expect(wordsText(undefined)).toBe('');
  });

  it('names the rule of each problem as its card does', () => {
    expect(
      namedProblems([
        { path: '$[2].event.params.words', message: 'x' },
        { path: '$', message: 'y' },
      ]),
    ).toEqual([
      { path: '规则3 $.event.params.words', message: 'x' },
      { path: '$', message: 'y' },
    ]);
  });
});
