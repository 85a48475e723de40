import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { LocaleSwitch } from '../../ui/locale-switch.tsx';
import { signIn } from './session.ts';

/** Sign-in: username and password, the server's message when it refuses. */
export function LoginPage(): JSX.Element {
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await signIn(username().trim(), password());
    } catch (e) {
      setError(e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : t('login.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="login-page">
      <form class="login-card" onSubmit={submit} aria-describedby="login-help">
        <div class="login-top">
          <LocaleSwitch class="link" />
        </div>
        <h1>{t('app.title')}</h1>
        <p id="login-help" class="muted">
          {t('login.help')}
        </p>
        <label>
          {t('login.username')}
          <input
            name="username"
            autocomplete="username"
            required
            value={username()}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
