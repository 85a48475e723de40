import { createEffect, type JSX, onCleanup } from 'solid-js';
import { t } from './dictionary.ts';

/**
 * A modal dialog on the native <dialog> element: focus moves into it, Escape closes it, and the
 * page behind is inert while it is open.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  wide?: boolean;
  /** Nearly the whole window: two panes side by side (the import review). */
  full?: boolean;
}) {
  let element: HTMLDialogElement | undefined;
  createEffect(() => {
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  });
  onCleanup(() => element?.close());
  return (
    <dialog
      ref={element}
      class={props.full ? 'dialog full' : props.wide ? 'dialog wide' : 'dialog'}
      aria-label={props.title}
      onClose={() => props.onClose()}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header class="dialog-header">
        <h2>{props.title}</h2>
        <button type="button" class="icon-button" aria-label={t('dialog.close')} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      <div class="dialog-body">{props.children}</div>
    </dialog>
  );
}
