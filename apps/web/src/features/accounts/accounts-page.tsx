import { createResource, createSignal, For, type JSX, onCleanup, Show } from 'solid-js';
import { type AccountQuery, api, type ManagedAccount } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback.tsx';
import { type Account, account, ROLE_LABELS } from '../session/session.ts';
import { AccountDialog, type AccountSaved } from './account-dialog.tsx';
import { AccountHistory } from './account-history.tsx';
import { AccountImportDialog } from './account-import-dialog.tsx';
import { type AccountAction, AccountTable } from './account-table.tsx';
import { OneTimePasswordDialog } from './one-time-password-dialog.tsx';
import { OrgPicker, type PickedOrg } from './org-picker.tsx';

const PAGE = 50;
type Role = Account['role'];
type Confirm = { action: 'disable' | 'reset'; account: ManagedAccount };

/**
 * 账号管理 for an admin: the accounts of its org and everything below, filtered and paged; create,
 * edit, disable, enable and reset with the one-time password shown once; the history of it all.
 */
export function AccountsPage(): JSX.Element {
  const me = () => account() as Account;
  const [text, setText] = createSignal('');
  const [q, setQ] = createSignal('');
  let typing: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(typing));
  const [role, setRole] = createSignal<Role | ''>('');
  const [status, setStatus] = createSignal<'' | 'true' | 'false'>('');
  const [org, setOrg] = createSignal<PickedOrg | null>(null);
  const [offset, setOffset] = createSignal(0);
  const [version, setVersion] = createSignal(0);
  const query = (): AccountQuery & { version: number } => ({
    limit: PAGE,
    offset: offset(),
    ...(q().trim() ? { q: q().trim() } : {}),
    ...(role() ? { role: role() as Role } : {}),
    ...(status() ? { disabled: status() as 'true' | 'false' } : {}),
    ...(org() ? { orgId: org()?.id } : {}),
    version: version(),
  });
  const [page] = createResource(query, ({ version: _v, ...params }) => api.accounts(params));
  const filtered = () => Boolean(q().trim() || role() || status() || org());
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  const [dialog, setDialog] = createSignal<{ editing: ManagedAccount | null } | null>(null);
  const [importing, setImporting] = createSignal(false);
  const [confirm, setConfirm] = createSignal<Confirm | null>(null);
  const [shown, setShown] = createSignal<{ username: string; password: string; message: string } | null>(null);
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal<unknown>(null);
  const changed = (message = '') => {
    setNotice(message);
    setVersion(version() + 1);
  };

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setNotice('');
    try {
      await work();
    } catch (e) {
      setError(e);
    }
  };
  const onAction = (action: AccountAction, target: ManagedAccount) => {
    if (action === 'edit') return void setDialog({ editing: target });
    if (action === 'disable' || action === 'reset') return void setConfirm({ action, account: target });
    void run(async () => {
      await api.enableAccount(target.username);
      changed(t('accounts.enabled', { username: target.username }));
    });
  };
  const confirmed = (c: Confirm) =>
    void run(async () => {
      if (c.action === 'disable') {
        await api.disableAccount(c.account.username);
        changed(t('accounts.disabled', { username: c.account.username }));
      } else {
        const reset = await api.resetAccountPassword(c.account.username);
        changed();
        setShown({
          username: reset.account.username,
          password: reset.oneTimePassword,
          message: t('otp.reset', { username: reset.account.username }),
        });
      }
    });
  const saved = (result: AccountSaved) => {
    setDialog(null);
    if (result.kind === 'updated') return changed(t('accounts.saved', { username: result.account.username }));
    changed();
    setShown({
      username: result.account.username,
      password: result.oneTimePassword,
      message: t('otp.created', {
        username: result.account.username,
        name: result.account.displayName,
        org: result.account.orgName,
      }),
    });
  };

  return (
    <section class="page-section accounts-page">
      <header class="page-header">
        <div>
          <h2>{t('accounts.title')}</h2>
          <p class="muted">{t('accounts.intro', { org: me().orgName })}</p>
        </div>
        <div class="actions">
          <button type="button" onClick={() => setImporting(true)}>
            {t('accountImport.open')}
          </button>
          <button type="button" class="primary" onClick={() => setDialog({ editing: null })}>
            {t('accounts.create')}
          </button>
        </div>
      </header>

      <div class="filters">
        <label>
          {t('accounts.filter.q')}
          <input
            type="search"
            maxLength={64}
            value={text()}
            onInput={(e) => {
              const value = e.currentTarget.value;
              setText(value);
              clearTimeout(typing);
              typing = setTimeout(() => refilter(setQ)(value), 250);
            }}
          />
        </label>
        <label>
          {t('accounts.filter.role')}
          <select value={role()} onChange={(e) => refilter(setRole)(e.currentTarget.value as Role | '')}>
            <option value="">{t('accounts.filter.anyRole')}</option>
            <For each={Object.entries(ROLE_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </label>
        <label>
          {t('accounts.filter.status')}
          <select
            value={status()}
            onChange={(e) => refilter(setStatus)(e.currentTarget.value as '' | 'true' | 'false')}
          >
            <option value="">{t('accounts.filter.anyStatus')}</option>
            <option value="false">{t('accounts.filter.active')}</option>
            <option value="true">{t('accounts.filter.disabled')}</option>
          </select>
        </label>
        <OrgPicker
          id="accounts-filter-org"
          label={t('accounts.col.org')}
          value={org()}
          onChange={refilter(setOrg)}
          clearable
        />
      </div>

      <Show when={notice()}>
        <p class="form-ok" role="status">
          {notice()}
        </p>
      </Show>
      <ErrorMessage error={error()} />
      <ErrorMessage error={page.error} />
      <Show when={page()} fallback={<Loading what={t('accounts.what')} />}>
        {(list) => (
          <Show
            when={list().items.length}
            fallback={
              filtered() ? (
                <p class="muted">{t('accounts.emptyFiltered')}</p>
              ) : (
                <EmptyState title={t('accounts.empty.title')}>{t('accounts.empty.body')}</EmptyState>
              )
            }
          >
            <AccountTable
              accounts={list().items}
              caption={t('accounts.caption', { org: list().org.name })}
              onAction={onAction}
            />
            <nav class="pager" aria-label={t('accounts.what')}>
              <span class="muted">
                {t('accounts.range', {
                  from: list().offset + 1,
                  to: list().offset + list().items.length,
                  n: list().total,
                })}
              </span>
              <Show when={list().total > PAGE}>
                <button type="button" disabled={offset() === 0} onClick={() => setOffset(Math.max(0, offset() - PAGE))}>
                  {t('accounts.prev')}
                </button>
                <button
                  type="button"
                  disabled={offset() + PAGE >= list().total}
                  onClick={() => setOffset(offset() + PAGE)}
                >
                  {t('accounts.next')}
                </button>
              </Show>
            </nav>
          </Show>
        )}
      </Show>

      <AccountHistory version={version()} />

      <Show when={dialog()} keyed>
        {(d) => <AccountDialog open editing={d.editing} onClose={() => setDialog(null)} onSaved={saved} />}
      </Show>
      <Show when={confirm()} keyed>
        {(c) => (
          <ConfirmDialog
            open
            title={c.action === 'disable' ? t('accounts.disableTitle') : t('accounts.resetTitle')}
            body={t(c.action === 'disable' ? 'accounts.disableBody' : 'accounts.resetBody', {
              name: c.account.displayName,
              username: c.account.username,
            })}
            confirm={c.action === 'disable' ? t('accounts.disable') : t('accounts.reset')}
            onConfirm={() => confirmed(c)}
            onClose={() => setConfirm(null)}
          />
        )}
      </Show>
      <OneTimePasswordDialog shown={shown()} onClose={() => setShown(null)} />
      <Show when={importing()}>
        <AccountImportDialog open onClose={() => setImporting(false)} onCreated={() => changed()} />
      </Show>
    </section>
  );
}
