import { createUniqueId, For, type JSX } from 'solid-js';
import { labelsUnder, t } from '../../../ui/dictionary.ts';

export type TraceNote = { field: string; rule: string; fact: string; from: string; to: string; cites?: string };

const FIELD_LABELS: Record<string, string> = labelsUnder('trace.field');

/**
 * A derived value the rules changed, marked; its trace (rule, fact, from → to) shows on hover and
 * on keyboard focus, and is what a screen reader hears as the description.
 */
export function TracedValue(props: {
  steps: readonly TraceNote[];
  quiet?: boolean;
  children: JSX.Element;
}): JSX.Element {
  const id = createUniqueId();
  return (
    <mark class="traced" classList={{ quiet: props.quiet ?? false }} tabindex="0" aria-describedby={id}>
      {props.children}
      <span class="trace-tip" role="tooltip" id={id}>
        <For each={props.steps}>
          {(s) => (
            <span class="trace-line">
              {t('trace.line', {
                field: FIELD_LABELS[s.field] ?? s.field,
                from: s.from || '—',
                to: s.to || '—',
                rule: s.rule,
                fact: s.fact,
                cites: s.cites ? t('trace.cites', { cites: s.cites }) : '',
              })}
            </span>
          )}
        </For>
      </span>
    </mark>
  );
}

/** Splits a localized text at the replacements its trace names, so each can be marked. */
export function splitAtReplacements(text: string, steps: readonly TraceNote[]): { text: string; steps: TraceNote[] }[] {
  const targets = steps.filter((s) => s.field === 'text' && s.to);
  const out: { text: string; steps: TraceNote[] }[] = [];
  let rest = text;
  while (rest) {
    let best: { at: number; step: TraceNote } | null = null;
    for (const step of targets) {
      const at = rest.indexOf(step.to);
      if (at >= 0 && (!best || at < best.at || (at === best.at && step.to.length > best.step.to.length)))
        best = { at, step };
    }
    if (!best) {
      out.push({ text: rest, steps: [] });
      break;
    }
    if (best.at > 0) out.push({ text: rest.slice(0, best.at), steps: [] });
    out.push({ text: best.step.to, steps: [best.step] });
    rest = rest.slice(best.at + best.step.to.length);
  }
  return out;
}
