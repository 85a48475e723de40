import type { Said } from '@cascade/engine';
import { createUniqueId, For, type JSX, Show } from 'solid-js';
import { labelsUnder, t } from '../../../ui/dictionary.ts';
import { Fill, Say, sayPlain, UserText } from '../../../ui/said.tsx';

/**
 * A trace step as the web has it: `say` is the engine's sentence (trace-words.ts); `note` a
 * sentence the web wrote itself, already in the reader's language; `fact` the Chinese words of a
 * step stored before steps carried their sentence (shown as stored). The rule id is never shown.
 */
export type TraceNote = {
  field: string;
  rule: string;
  fact: string;
  from: string;
  to: string;
  cites?: string;
  say?: Said | Record<string, unknown>;
  note?: string;
};

const FIELD_LABELS: Record<string, string> = labelsUnder('trace.field', 'trace.field.other');

const saidOf = (step: TraceNote) => step.say as Said | undefined;

/** Why a step is what it is, in the reader's language. */
export function TraceWhy(props: { step: TraceNote }): JSX.Element {
  return (
    <Show when={saidOf(props.step)} fallback={props.step.note ?? <UserText>{props.step.fact}</UserText>}>
      {(said) => <Say said={said()} />}
    </Show>
  );
}

/** One step as a line: 完成时限：2022-12-31 → 2022-12-24（按规则“…”提前5个工作日；依据…）. */
export function TraceLine(props: { step: TraceNote }): JSX.Element {
  return (
    <Fill
      template={t('trace.line')}
      parts={{
        field: FIELD_LABELS[props.step.field] ?? t('trace.field.other'),
        from: props.step.from ? <UserText>{props.step.from}</UserText> : '—',
        to: props.step.to ? <UserText>{props.step.to}</UserText> : '—',
        why: <TraceWhy step={props.step} />,
        cites: props.step.cites ? (
          <Fill template={t('trace.cites')} parts={{ cites: <UserText>{props.step.cites}</UserText> }} />
        ) : (
          ''
        ),
      }}
    />
  );
}

/** The same line as plain text (a title attribute). */
export function traceLinePlain(step: TraceNote): string {
  const said = saidOf(step);
  return t('trace.line', {
    field: FIELD_LABELS[step.field] ?? t('trace.field.other'),
    from: step.from || '—',
    to: step.to || '—',
    why: said ? sayPlain(said) : (step.note ?? step.fact),
    cites: step.cites ? t('trace.cites', { cites: step.cites }) : '',
  });
}

/**
 * A derived value the rules changed, marked; its trace (field, from → to, why) shows on hover and
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
              <TraceLine step={s} />
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
