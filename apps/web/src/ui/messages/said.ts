import { type SaidKind, TRACE_WORDS } from '@cascade/engine';

/**
 * The engine's sentences (trace steps, items left out, what changed at a level: trace-words.ts),
 * under `said.*`: one namespace, filled by `<Say>` with the names as written.
 */
type SaidKey = `said.${SaidKind}`;

const under = (lang: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(TRACE_WORDS).map(([kind, words]) => [`said.${kind}`, words[lang]])) as Record<
    SaidKey,
    string
  >;

export const SAID_ZH = under('zh');
export const SAID_EN: Record<SaidKey, string> = under('en');
