import type { Rule } from '../rules/rule.ts';

/** A rule that acts on the tasks naming one of its words (excludeMentioning, supportMentioning). */
export type Mention = { rule: Rule; words: readonly string[]; reason: string };

/** Quoted titles and quotations name other documents: a word inside them is not what the task asks. */
const QUOTED = /《[^》]*》|“[^”]*”/g;

/**
 * The first mention rule whose word the task's text uses outside quotations, with the reason
 * in words for the trace and the excluded list: 本级不编发政府公报（任务提及“政府公报”）.
 */
export function mentionIn(
  text: string,
  mentions: readonly Mention[],
): (Mention & { word: string; because: string }) | undefined {
  if (!mentions.length) return undefined;
  const plain = text.replace(QUOTED, '');
  for (const mention of mentions) {
    const word = mention.words.find((w) => plain.includes(w));
    if (word)
      return { ...mention, word, because: `${mention.reason}（任务提及“${word}”，规则“${mention.rule.name}”）` };
  }
  return undefined;
}
