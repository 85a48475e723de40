import { createSignal, For, type JSX, Show } from 'solid-js';
import { api, type ManagedAccount } from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { type Account, account, ROLE_LABELS } from '../session/session.ts';
import { OrgPicker, type PickedOrg } from './org-picker.tsx';

type Role = Account['role'];
const ROLES: Role[] = ['author', 'deriver', 'reporter', 'supervisor', 'admin'];

/** What the dialog reports back: a created account with its one-time password, or a saved one. */
export type AccountSaved =
  | { kind: 'created'; account: ManagedAccount; oneTimePassword: string }
  | { kind: 'updated'; account: ManagedAccount };

/**
 * New account (username, name, org of the own subtree, role, phone) or an existing one's name,
 * org, role and phone. The server's refusal (a taken username, an org out of reach) shows as is.
 */
export function AccountDialog(props: {
  open: boolean;
  /** The account to edit; none: a new one. */
  editing: ManagedAccount | null;
  onClose: () => void;
  onSaved: (saved: AccountSaved) => void;
}): JSX.Element {
  const me = () => account() as Account;
  const start = props.editing;
  const [username, setUsername] = createSignal(start?.username ?? '');
  const [displayName, setDisplayName] = createSignal(start?.displayName ?? '');
  const [org, setOrg] = createSignal<PickedOrg | null>(
    start ? { id: start.orgId, name: start.orgName } : { id: me().orgId, name: me().orgName },
  );
  const [role, setRole] = createSignal<Role>(start?.role ?? 'author');
  const [phone, setPhone] = createSignal(start?.phone ?? '');
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const isSelf = () => start?.username === me().username;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = org();
    if (!chosen) return void setError(new Error(t('accounts.form.orgRequired')));
    setBusy(true);
    setError(null);
    try {
      if (start) {
        const saved = await api.updateAccount(start.username, {
          displayName: displayName(),
          phone: phone(),
          ...(isSelf() ? {} : { orgId: chosen.id, role: role() }),
        });
        props.onSaved({ kind: 'updated', account: saved });
      } else {
        const created = await api.createAccount({
          username: username().trim(),
          displayName: displayName(),
          orgId: chosen.id,
          role: role(),
          ...(phone().trim() ? { phone: phone() } : {}),
        });
        props.onSaved({ kind: 'created', ...created });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      title={start ? t('accounts.editTitle', { username: start.username }) : t('accounts.createTitle')}
      onClose={props.onClose}
    >
      <form class="form account-form" onSubmit={submit}>
        <Show
          when={!start}
          fallback={
            <p class="muted">
              {t('accounts.form.username')}：{start?.username}
            </p>
          }
        >
          <label>
            {t('accounts.form.username')}
            <input
              name="username"
              required
              autocomplete="off"
              pattern="[A-Za-z0-9][A-Za-z0-9._\-]{1,63}"
              maxLength={64}
              value={username()}
              aria-describedby="account-username-hint"
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </label>
          <p id="account-username-hint" class="hint">
            {t('accounts.form.usernameHint')}
          </p>
        </Show>
        <label>
          {t('accounts.form.displayName')}
          <input
            name="displayName"
            required
            maxLength={64}
            value={displayName()}
            onInput={(e) => setDisplayName(e.currentTarget.value)}
          />
        </label>
        <Show
          when={!isSelf()}
          fallback={
            <p class="muted">
              {t('accounts.col.org')}：{start?.orgName} · {t('accounts.col.role')}：
              {ROLE_LABELS[start?.role ?? 'admin']}
            </p>
          }
        >
          <OrgPicker id="account-org" label={t('accounts.form.org')} value={org()} onChange={setOrg} required />
          <label>
            {t('accounts.form.role')}
            <select name="role" value={role()} onChange={(e) => setRole(e.currentTarget.value as Role)}>
              <For each={ROLES}>{(r) => <option value={r}>{ROLE_LABELS[r]}</option>}</For>
            </select>
          </label>
        </Show>
        <label>
          {t('accounts.form.phone')}
          <input
            name="phone"
            type="tel"
            maxLength={32}
            autocomplete="off"
            value={phone()}
            onInput={(e) => setPhone(e.currentTarget.value)}
          />
        </label>
        <ErrorMessage error={error()} />
        <div class="actions">
          <button type="button" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? t('accounts.form.busy') : start ? t('accounts.form.save') : t('accounts.form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
