import type { Said, SaidWord } from '@cascade/engine';
import { For, type JSX } from 'solid-js';
import { isMessageKey, type MessageKey, t } from './dictionary.ts';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message whose `{name}` placeholders are elements: the sentence is the UI's, in the reader's
 * language; what fills it is given by the caller (names as written, marked as data).
 */
export function Fill(props: { template: string; parts: Record<string, JSX.Element> }): JSX.Element {
  const pieces = () => {
    const out: (string | { name: string })[] = [];
    let last = 0;
    for (const m of props.template.matchAll(PLACEHOLDER)) {
      out.push(props.template.slice(last, m.index), { name: m[1] as string });
      last = (m.index ?? 0) + m[0].length;
    }
    out.push(props.template.slice(last));
    return out.filter((p) => p !== '');
  };
  return <For each={pieces()}>{(p) => (typeof p === 'string' ? p : (props.parts[p.name] ?? `{${p.name}}`))}</For>;
}

/** A name, a unit phrase, a task's text: the user's words, shown as written (not translated). */
export function UserText(props: { children: JSX.Element }): JSX.Element {
  return <span data-user-text="">{props.children}</span>;
}

/**
 * Words of the documents quoted by the UI itself (an example to type, the numbering marks), in
 * Chinese in every language: marked as such, so a reader's screen reader and the words-not-keys
 * walk know they are not an untranslated label.
 */
export function DocWords(props: { children: JSX.Element }): JSX.Element {
  return <span lang="zh-CN">{props.children}</span>;
}

const keyOf = (said: Said): MessageKey | undefined => {
  const key = `said.${said.kind}`;
  return isMessageKey(key) ? key : undefined;
};

/**
 * One sentence of the engine's phrasebook in the reader's language (the one place a trace step,
 * an exclusion or a change note becomes words): names as written, nested sentences phrased in turn.
 * A kind this build does not know reads as a generic sentence, never as its code.
 */
export function Say(props: { said: SaidWord }): JSX.Element {
  const word = () => props.said;
  return (
    <>
      {(() => {
        const w = word();
        if (typeof w === 'number') return String(w);
        if (typeof w === 'string') return <UserText>{w}</UserText>;
        const key = keyOf(w);
        if (!key) return t('said.unknown');
        const parts: Record<string, JSX.Element> = {};
        for (const [name, value] of Object.entries(w.params ?? {})) parts[name] = <Say said={value} />;
        return <Fill template={t(key)} parts={parts} />;
      })()}
    </>
  );
}

/** The same sentence as plain text (a title attribute, a label), names as written. */
export function sayPlain(said: SaidWord): string {
  if (typeof said !== 'object') return String(said);
  const key = keyOf(said);
  if (!key) return t('said.unknown');
  return t(key).replace(PLACEHOLDER, (whole, name: string) => {
    const value = said.params?.[name];
    return value === undefined ? whole : sayPlain(value);
  });
}
