import { createSignal, type JSX } from 'solid-js';

/**
 * A labelled text field for a value read from what is typed (a list of words, a number): while it has the
 * focus it shows what the author typed, so a separator or a new line is not swallowed by showing
 * the value read back; on leaving it shows the value as the rule holds it.
 */
export function TypedText(props: {
  /** What the field is, as the label around it. */
  label: JSX.Element;
  /** The value as the rule holds it, written out. */
  text: string;
  /** Every keystroke: the rule takes the value read from the text at once. */
  onInput: (text: string) => void;
  multiline?: boolean;
  disabled: boolean;
  placeholder?: string;
  rows?: number;
  inputMode?: 'numeric';
}): JSX.Element {
  const [typed, setTyped] = createSignal<string | null>(null);
  const input = (text: string) => {
    setTyped(text);
    props.onInput(text);
  };
  const shown = () => typed() ?? props.text;
  if (props.multiline)
    return (
      <label>
        {props.label}
        <textarea
          rows={props.rows ?? 3}
          value={shown()}
          disabled={props.disabled}
          placeholder={props.placeholder}
          onInput={(e) => input(e.currentTarget.value)}
          onBlur={() => setTyped(null)}
        />
      </label>
    );
  return (
    <label>
      {props.label}
      <input
        value={shown()}
        disabled={props.disabled}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        onInput={(e) => input(e.currentTarget.value)}
        onBlur={() => setTyped(null)}
      />
    </label>
  );
}
