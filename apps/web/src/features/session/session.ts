import { createSignal } from 'solid-js';
import { call, http, setCsrfToken, whenSignedOut } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { labelsUnder } from '../../ui/dictionary.ts';

export type Account = components['schemas']['Account'];

/** The signed-in account: undefined while checking, null when signed out. */
const [account, setAccount] = createSignal<Account | null | undefined>(undefined);

export { account };

export type FailedLoginsSince = components['schemas']['FailedLoginsSince'];

/** Failed sign-ins since the previous one, told once after signing in (null: nothing to tell). */
const [failedLoginsNotice, setFailedLoginsNotice] = createSignal<FailedLoginsSince | null>(null);

export { failedLoginsNotice };
export const dismissFailedLoginsNotice = () => setFailedLoginsNotice(null);

const signedIn = (session: components['schemas']['Session']) => {
  setCsrfToken(session.csrfToken);
  setFailedLoginsNotice(session.failedLogins?.count ? session.failedLogins : null);
  setAccount(session.account);
};

whenSignedOut(() => {
  setFailedLoginsNotice(null);
  setAccount(null);
});

/** On boot: resume the browser's session if it is still valid. */
export async function resumeSession(): Promise<void> {
  const current = await call(http.GET('/api/auth/session')).catch(() => ({ account: null, csrfToken: '' }));
  setCsrfToken(current.csrfToken);
  setAccount(current.account);
}

export async function signIn(username: string, password: string): Promise<void> {
  signedIn(await call(http.POST('/api/auth/login', { body: { username, password } })));
}

/**
 * Sets the holder's own new password (the current one proves it is them); the session goes on,
 * no longer bound to set one, and the account's other sessions end.
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const session = await call(http.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
  setCsrfToken(session.csrfToken);
  setAccount(session.account);
}

export async function signOut(): Promise<void> {
  await call(http.POST('/api/auth/logout')).catch(() => undefined);
  setCsrfToken('');
  setFailedLoginsNotice(null);
  setAccount(null);
}

/** Role names in the current language (ui/dictionary.ts). */
export const ROLE_LABELS: Record<Account['role'], string> = labelsUnder('role');
