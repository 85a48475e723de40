import type { TraceStep } from './trace.ts';

export type Substitution = { from: string; to: string; rule: string; fact: string };

/** Spans never rewritten: quoted titles 《…》, quotations “…”, and parenthesized document numbers. */
const PROTECTED = /《[^》]*》|“[^”]*”|「[^」]*」/g;

/**
 * Applies substitutions outside quoted titles, recording one trace step per substitution that
 * changed something: 全市 → 全县 inside 《惠州市…方案》 stays as it is.
 */
export function localizeText(
  text: string,
  substitutions: readonly Substitution[],
): { text: string; trace: TraceStep[] } {
  const trace: TraceStep[] = [];
  const parts: string[] = [];
  let last = 0;
  const rewrite = (chunk: string) => {
    let out = chunk;
    for (const s of substitutions) {
      if (!out.includes(s.from)) continue;
      out = out.split(s.from).join(s.to);
      if (!trace.some((t) => t.rule === s.rule && t.from === s.from)) {
        trace.push({ field: 'text', rule: s.rule, fact: s.fact, from: s.from, to: s.to });
      }
    }
    return out;
  };
  for (const m of text.matchAll(PROTECTED)) {
    parts.push(rewrite(text.slice(last, m.index)), m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(rewrite(text.slice(last)));
  return { text: parts.join(''), trace };
}
