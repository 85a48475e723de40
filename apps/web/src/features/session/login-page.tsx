import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError } from '../../api/client.ts';
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
      setError(e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : '登录失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="login-page">
      <form class="login-card" onSubmit={submit} aria-describedby="login-help">
        <h1>政务公开工作计划管理平台</h1>
        <p id="login-help" class="muted">
          请使用本单位分配的账号登录。
        </p>
        <label>
          用户名
          <input
            name="username"
            autocomplete="username"
            required
            value={username()}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </label>
        <label>
          密码
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
          {busy() ? '正在登录…' : '登录'}
        </button>
      </form>
    </div>
  );
}
