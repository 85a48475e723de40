import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { errorText } from '../../ui/feedback.tsx';
import { LocaleSwitch } from '../../ui/locale-switch.tsx';
import { type Account, account, changeOwnPassword, signOut } from './session.ts';

/** The server's words for each field it refused (the current password, the new one's strength). */
function fieldErrors(error: unknown): { current?: string; next?: string; other?: string } {
  if (!(error instanceof ApiError)) return { other: errorText(error) };
  const byPath = new Map((error.problem.errors ?? []).map((e) => [e.path, e.message]));
  const current = byPath.get('currentPassword');
  const next = byPath.get('newPassword');
  return current || next ? { ...(current ? { current } : {}), ...(next ? { next } : {}) } : { other: errorText(error) };
}

/** The form: current password, the new one twice, the server's verdict on each field. */
function SetPasswordForm(props: { required: boolean; onDone?: () => void }): JSX.Element {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [errors, setErrors] = createSignal<{ current?: string; next?: string; repeat?: string; other?: string }>({});
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    if (next() !== repeat()) return void setErrors({ repeat: t('setPassword.mismatch') });
    setBusy(true);
    setErrors({});
    try {
      await changeOwnPassword(current(), next());
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      props.onDone?.();
    } catch (e) {
      setErrors(fieldErrors(e));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string, message: string | undefined) => (
    <Show when={message}>
      <p id={id} class="form-error" role="alert">
        {message}
      </p>
    </Show>
  );
  return (
    <form class="form set-password" onSubmit={submit}>
      <input
        type="text"
        name="username"
        autocomplete="username"
        value={(account() as Account).username}
        hidden
        readOnly
      />
      <label>
        {props.required ? t('setPassword.currentOneTime') : t('setPassword.current')}
        <input
          name="current-password"
          type="password"
          autocomplete="current-password"
          required
          value={current()}
          aria-invalid={Boolean(errors().current)}
          aria-describedby="current-password-error"
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
      </label>
      {fieldError('current-password-error', errors().current)}
      <label>
        {t('setPassword.new')}
        <input
          name="new-password"
          type="password"
          autocomplete="new-password"
          required
          minLength={10}
          value={next()}
          aria-invalid={Boolean(errors().next)}
          aria-describedby="new-password-hint new-password-error"
          onInput={(e) => setNext(e.currentTarget.value)}
        />
      </label>
      <p id="new-password-hint" class="hint">
        {t('setPassword.hint')}
      </p>
      {fieldError('new-password-error', errors().next)}
      <label>
        {t('setPassword.repeat')}
        <input
          name="repeat-password"
          type="password"
          autocomplete="new-password"
          required
          value={repeat()}
          aria-invalid={Boolean(errors().repeat)}
          aria-describedby="repeat-password-error"
          onInput={(e) => setRepeat(e.currentTarget.value)}
        />
      </label>
      {fieldError('repeat-password-error', errors().repeat)}
      <Show when={errors().other}>
        <p class="form-error" role="alert">
          {errors().other}
        </p>
      </Show>
      <Show when={done()}>
        <p class="form-ok" role="status">
          {t('setPassword.done')}
        </p>
      </Show>
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t('setPassword.busy') : t('setPassword.submit')}
      </button>
    </form>
  );
}

/**
 * 设置新密码 after signing in with a one-time password: the only page such a session sees (the
 * server refuses everything else) until the holder has set their own.
 */
export function SetPasswordPage(): JSX.Element {
  const current = () => account() as Account;
  return (
    <div class="login-page">
      <div class="login-card">
        <div class="login-top">
          <LocaleSwitch class="link" />
        </div>
        <h1>{t('setPassword.title')}</h1>
        <p class="muted">
          {current().displayName}（{current().username}）· {current().orgName}
        </p>
        <p>{t('setPassword.required')}</p>
        <SetPasswordForm required />
        <button type="button" class="link" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
      </div>
    </div>
  );
}

/** 修改密码 inside the app, for anyone signed in. */
export function ChangePasswordPage(): JSX.Element {
  return (
    <section class="page-section">
      <header class="page-header">
        <h2>{t('setPassword.link')}</h2>
      </header>
      <p class="muted">{t('setPassword.voluntary')}</p>
      <div class="password-form">
        <SetPasswordForm required={false} />
      </div>
    </section>
  );
}
