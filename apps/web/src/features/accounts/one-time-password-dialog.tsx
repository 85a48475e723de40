import { createSignal, type JSX, Show } from 'solid-js';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';

/**
 * The one-time password, shown once: what happened, the password with a copy button, and that it
 * cannot be seen again. Closing forgets it (the server keeps only its hash).
 */
export function OneTimePasswordDialog(props: {
  shown: { username: string; password: string; message: string } | null;
  onClose: () => void;
}): JSX.Element {
  const [copied, setCopied] = createSignal<'yes' | 'failed' | null>(null);
  let field: HTMLInputElement | undefined;
  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for Ctrl+C instead.
      field?.select();
      setCopied('failed');
    }
  };
  const close = () => {
    setCopied(null);
    props.onClose();
  };
  return (
    <Dialog open={props.shown !== null} title={t('otp.title')} onClose={close}>
      <Show when={props.shown}>
        {(shown) => (
          <div class="form one-time-password">
            <p role="status">{shown().message}</p>
            <p>{t('otp.body')}</p>
            <label>
              {t('otp.label', { username: shown().username })}
              <span class="otp-row">
                <input
                  ref={field}
                  class="otp"
                  readOnly
                  value={shown().password}
                  spellcheck={false}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button type="button" onClick={() => void copy(shown().password)}>
                  {copied() === 'yes' ? t('otp.copied') : t('otp.copy')}
                </button>
              </span>
            </label>
            <Show when={copied() === 'failed'}>
              <p class="form-warning" role="alert">
                {t('otp.copyFailed')}
              </p>
            </Show>
            <div class="actions">
              <button type="button" class="primary" onClick={close}>
                {t('otp.done')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </Dialog>
  );
}
