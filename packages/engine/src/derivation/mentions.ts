import type { Rule } from '../rules/rule.ts';
import { ruleWords, type Said, type SaidWord, say } from './trace-words.ts';

/** A rule that acts on the tasks naming one of its words (excludeMentioning, supportMentioning). */
export type Mention = { rule: Rule; words: readonly string[]; reason: SaidWord };

/** Quoted titles and quotations name other documents: a word inside them is not what the task asks. */
const QUOTED = /《[^》]*》|“[^”]*”/g;

/**
 * The first mention rule whose word the task's text uses outside quotations, with the reason
 * in words for the trace and the excluded list: 本级不编发政府公报（任务提及“政府公报”）.
 */
export function mentionIn(
  text: string,
  mentions: readonly Mention[],
): (Mention & { word: string; because: Said }) | undefined {
  if (!mentions.length) return undefined;
  const plain = text.replace(QUOTED, '');
  for (const mention of mentions) {
    const word = mention.words.find((w) => plain.includes(w));
    if (word)
      return {
        ...mention,
        word,
        because: say('supports', { reason: mention.reason, word, rule: ruleWords(mention.rule) }),
      };
  }
  return undefined;
}
