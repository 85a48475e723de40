/**
 * How long localization may make an item's text, and how to know before a county derives.
 *
 * An item is one paragraph of a plan: the longest in 广东's 2022 plans is under 1,000 characters
 * and the item editor keeps a text under 5,000. Localization swaps words (全市→全县, 村民→居民)
 * and barely changes a text's length, so a derived text of 100,000 characters is twenty times
 * the longest editable one: room for any real wording rule, while the worst item of a derivation
 * stays a few hundred KB instead of the 100 MB a chain of ×10 substitutions once produced.
 */
export const MAX_LOCALIZED_TEXT_LENGTH = 100_000;

/** The longest item text the item editor saves (`itemPatchRequestSchema.text` in contracts). */
export const MAX_ITEM_TEXT_LENGTH = 5_000;

/** The worst-case growth substitutions may have: the longest editable text stays within the bound. */
export const MAX_SUBSTITUTE_GROWTH = MAX_LOCALIZED_TEXT_LENGTH / MAX_ITEM_TEXT_LENGTH;

/**
 * What substitutions applied so far can have done to a text, as a lower bound on the share of the
 * original text each character stands for ("weight"). Original characters weigh 1; a replacement
 * spreads the weight of what it matched over the characters it writes. Weight is never created,
 * so a text of length L is at most L / `lightest` long afterwards.
 */
export type TextGrowth = {
  /** The smallest weight a character produced by a replacement may carry, by character. */
  readonly byChar: ReadonlyMap<string, number>;
  /** The smallest weight any character may carry (1 before any replacement). */
  readonly lightest: number;
};

export const NO_GROWTH: TextGrowth = { byChar: new Map(), lightest: 1 };

/**
 * The growth after applying `pairs` in order (each replaces every occurrence of its first string
 * by its second), starting from `start`. Chains count: a pair that rewrites what an earlier pair
 * wrote multiplies its growth ("的"→"的的…" ten times over is 10ⁿ), while pairs over unrelated
 * words do not (村→社区 then 镇→街道 is ×2, not ×4). Compares UTF-16 code units, as `split` does.
 */
export function growthAfter(pairs: Iterable<readonly [string, string]>, start: TextGrowth = NO_GROWTH): TextGrowth {
  const byChar = new Map(start.byChar);
  const lightest = spread(pairs, byChar, byChar, start.lightest);
  return { byChar, lightest };
}

/** `growthFactor(growthAfter(pairs, start))` without copying what `start` knows: for many trials. */
export function growthFactorAfter(pairs: Iterable<readonly [string, string]>, start: TextGrowth): number {
  const written = new Map<string, number>();
  const read = { get: (ch: string) => written.get(ch) ?? start.byChar.get(ch) };
  return 1 / spread(pairs, read, written, start.lightest);
}

function spread(
  pairs: Iterable<readonly [string, string]>,
  read: { get: (ch: string) => number | undefined },
  write: Map<string, number>,
  lightest: number,
): number {
  for (const [from, to] of pairs) {
    if (from.length === 0 || to.length === 0) continue;
    let matched = 0;
    for (let i = 0; i < from.length; i++) matched += Math.min(1, read.get(from.charAt(i)) ?? 1);
    const weight = matched / to.length;
    lightest = Math.min(lightest, weight);
    for (let i = 0; i < to.length; i++) {
      const ch = to.charAt(i);
      write.set(ch, Math.min(read.get(ch) ?? 1, weight));
    }
  }
  return lightest;
}

/** The factor by which a text may at most grow: 1 when nothing lengthens it. */
export function growthFactor(growth: TextGrowth): number {
  return 1 / growth.lightest;
}

/** "×12.5", "×1000000": a factor as people read it in a message. */
export function formatGrowth(factor: number): string {
  if (!Number.isFinite(factor) || factor >= 1e6) return '百万倍以上';
  return `${Math.round(factor * 10) / 10} 倍`;
}
