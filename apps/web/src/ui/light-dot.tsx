import type { JSX } from 'solid-js';
import { LIGHT_LABELS } from './labels.ts';

/** A light as a coloured dot with its label on the same line (the colour is never the only cue). */
export function LightDot(props: { light: string }): JSX.Element {
  return (
    <span class="nowrap">
      <span class={`light light-${props.light}`} aria-hidden="true" /> {LIGHT_LABELS[props.light] ?? props.light}
    </span>
  );
}
