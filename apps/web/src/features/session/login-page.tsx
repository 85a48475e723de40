import { createSignal, type JSX, onMount, Show } from 'solid-js';
import { ApiError, call, http } from '../../api/client.ts';
import { isMessageKey, t } from '../../ui/dictionary.ts';
import { LocaleSwitch } from '../../ui/locale-switch.tsx';
import { signIn } from './session.ts';

/**
 * The message for `?oidc_error=` in the address the server sent the browser back to — only ever one
 * of our own texts, never the query's value itself — and the address without it.
 */
function takeSsoRefusal(): string {
  const params = new URLSearchParams(location.search);
  const code = params.get('oidc_error');
  if (code === null) return '';
  params.delete('oidc_error');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  // The server's reason codes (OIDC_REFUSALS) each have a message; anything else is a plain failure.
  const key = `sso.error.${code}`;
  return t(isMessageKey(key) ? key : 'sso.error.other');
}

/**
 * Sign-in: 统一身份认证 (when the server has it) and username and password (unless switched off), the
 * server's message when it refuses.
 */
export function LoginPage(): JSX.Element {
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal(takeSsoRefusal());
  const [busy, setBusy] = createSignal(false);
  // Until the server says otherwise: the password form, as before single sign-on existed.
  const [methods, setMethods] = createSignal({ password: true, oidc: false });
  onMount(() => {
    call(http.GET('/api/auth/methods'))
      .then(setMethods)
      .catch(() => undefined);
  });
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
      <div class="login-card">
        <div class="login-top">
          <LocaleSwitch class="link" />
        </div>
        <h1>{t('app.title')}</h1>
        <p id="login-help" class="muted">
          {methods().password ? t('login.help') : t('sso.help')}
        </p>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <Show when={methods().oidc}>
          {/* A plain link: the browser itself goes to the platform and comes back signed in. */}
          <a class="button primary login-sso" href="/api/auth/oidc/start">
            {t('sso.button')}
          </a>
        </Show>
        <Show when={methods().password}>
          <Show when={methods().oidc}>
            <p class="muted login-or">{t('sso.or')}</p>
          </Show>
          <form class="login-form" onSubmit={submit} aria-describedby="login-help">
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
            <button type="submit" class={methods().oidc ? '' : 'primary'} disabled={busy()}>
              {busy() ? t('login.busy') : t('login.submit')}
            </button>
          </form>
        </Show>
      </div>
    </div>
  );
}
