import { DEFAULT_PROFILE, describeChangeNotes, type Said, type SaidWord, sayText, TRACE_WORDS } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import { SAID_EN, SAID_ZH } from './said.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Identifier-shaped words: a:b, camelCase, snake_case, a bare role key. */
const IDENTIFIER =
  /\b[a-z]+:[A-Za-z]|\b[a-z]+[A-Z][a-zA-Z]+\b|\b[a-z]+_[a-z]+\b|\b(admin|author|deriver|reporter|supervisor)\b/;

describe('the engine’s sentences in the reader’s language', () => {
  it('has every kind the engine can say in Chinese and English, with the same words to fill', () => {
    for (const [kind, words] of Object.entries(TRACE_WORDS)) {
      expect(SAID_ZH, kind).toHaveProperty([`said.${kind}`], words.zh);
      expect(SAID_EN, kind).toHaveProperty([`said.${kind}`], words.en);
      // A date is the one sentence filled differently: 2022年12月31日 from its parts, 2022-12-31 as is.
      if (kind !== 'date') expect(placeholders(words.en), kind).toEqual(placeholders(words.zh));
      expect(words.en, kind).not.toMatch(/[\u3400-\u9fff]/);
      expect(`${words.zh} ${words.en}`, kind).not.toMatch(IDENTIFIER);
    }
  });
  it('names every default profile rule in both languages, so its id is never what the reader sees', () => {
    for (const rule of DEFAULT_PROFILE) {
      const key = `rule.${rule.id.slice(rule.id.indexOf(':') + 1)}`;
      expect(TRACE_WORDS, rule.id).toHaveProperty([key]);
      expect(TRACE_WORDS[key as keyof typeof TRACE_WORDS].zh, rule.id).toBe(rule.name);
    }
  });
  it('phrases a change note with nested sentences and names as written', () => {
    const said: Said = {
      kind: 'reaches',
      params: { child: '博罗县', role: { kind: 'role.lead' }, unit: '各县（区）' },
    };
    expect(sayText(said)).toBe('博罗县属于牵头单位“各县（区）”');
    expect(sayText(said, 'en')).toBe('博罗县 is among the lead units “各县（区）”');
    const notes = describeChangeNotes([
      { field: 'deadline', rule: 'x', fact: '', say: { kind: 'sameDeadline' }, from: '2022-12-31', to: '2022-12-24' },
    ]);
    const word: SaidWord | undefined = notes[0]?.params?.to;
    expect(sayText(notes[0] as Said, 'en')).toBe(
      'Deadline: 2022-12-31 → 2022-12-24 (Same deadline as the superior’s (no rule brings it forward))',
    );
    expect(word).toMatchObject({ kind: 'date' });
  });
});
