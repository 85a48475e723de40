import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import {
  type AccountImportPreview,
  type AccountImportResult,
  type AccountImportRow,
  ApiError,
  api,
  downloads,
} from '../../api/client.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { ROLE_LABELS } from '../session/session.ts';

/** What the field of a row error is called in the table's headings. */
const FIELD_LABEL: Record<string, () => string> = {
  username: () => t('accounts.col.username'),
  displayName: () => t('accounts.col.name'),
  org: () => t('accounts.col.org'),
  role: () => t('accounts.col.role'),
  phone: () => t('accounts.col.phone'),
};

/** Saves the one-time-password sheet the commit answered with (it exists only in this page's memory). */
function saveSheet(sheet: AccountImportResult['passwordSheet']) {
  const bytes = Uint8Array.from(atob(sheet.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: sheet.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = sheet.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function PreviewTable(props: { rows: AccountImportRow[] }): JSX.Element {
  return (
    <div class="table-scroll account-import-table">
      <table>
        <caption class="visually-hidden">{t('accountImport.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accountImport.col.row')}</th>
            <th scope="col">{t('accounts.col.username')}</th>
            <th scope="col">{t('accounts.col.name')}</th>
            <th scope="col">{t('accounts.col.org')}</th>
            <th scope="col">{t('accounts.col.role')}</th>
            <th scope="col">{t('accounts.col.phone')}</th>
            <th scope="col">{t('accountImport.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr classList={{ 'row-invalid': row.errors.length > 0 }}>
                <td>{row.row}</td>
                <td>{row.username}</td>
                <td>{row.displayName}</td>
                <td title={row.org}>{row.orgFullName ?? row.org}</td>
                <td>{row.role ? ROLE_LABELS[row.role] : row.roleText}</td>
                <td>{row.phone}</td>
                <td>
                  <Show when={row.errors.length} fallback={<span class="import-ok">{t('accountImport.ok')}</span>}>
                    <ul class="import-errors">
                      <For each={row.errors}>
                        {(error) => (
                          <li>
                            {FIELD_LABEL[error.field]?.() ?? error.field}：{error.message}
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/**
 * 批量导入: choose an .xlsx → every row checked (nothing created) → 创建 N 个账号 once no row has a
 * fault → the one-time passwords downloaded as a sheet, this once. Creating only when every row is
 * right keeps a batch whole: no half-created list to sort out afterwards.
 */
export function AccountImportDialog(props: { open: boolean; onClose: () => void; onCreated: () => void }): JSX.Element {
  const [file, setFile] = createSignal<File | null>(null);
  const [preview, setPreview] = createSignal<AccountImportPreview | null>(null);
  const [result, setResult] = createSignal<AccountImportResult | null>(null);
  const [busy, setBusy] = createSignal<'checking' | 'creating' | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [notice, setNotice] = createSignal('');
  const [onlyBad, setOnlyBad] = createSignal(false);
  const [downloaded, setDownloaded] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const check = async (chosen: File) => {
    setBusy('checking');
    setError(null);
    try {
      const read = await api.previewAccountImport(chosen);
      setPreview(read);
      setOnlyBad(read.summary.invalid > 0 && read.summary.total > 20);
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const choose = (chosen: File | undefined) => {
    setResult(null);
    setNotice('');
    setFile(chosen ?? null);
    if (chosen) void check(chosen);
  };
  const create = async () => {
    const chosen = file();
    if (!chosen) return;
    setBusy('creating');
    setError(null);
    try {
      const created = await api.commitAccountImport(chosen);
      setResult(created);
      setPreview(null);
      props.onCreated();
    } catch (e) {
      setError(e);
      // Something changed since the check (a username taken meanwhile): show the rows as they are now.
      if (e instanceof ApiError && e.problem.status !== 0) {
        setBusy(null);
        await check(chosen);
        setNotice(t('accountImport.refusedAgain'));
      }
    } finally {
      setBusy(null);
    }
  };
  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setDownloaded(false);
    setNotice('');
    setError(null);
    if (input) input.value = '';
  };
  const rows = () => (preview()?.rows ?? []).filter((r) => !onlyBad() || r.errors.length);
  // About 20 ms of hashing per account on each of two cores, and the writing.
  const seconds = () => Math.max(2, Math.ceil(((preview()?.summary.total ?? 0) * 20) / 1000));

  return (
    <Dialog open={props.open} title={t('accountImport.title')} onClose={props.onClose} wide>
      <div class="form account-import">
        <Switch>
          <Match when={result()}>
            {(done) => (
              <>
                <p class="form-ok" role="status">
                  {t('accountImport.created', { n: done().created })}
                </p>
                <p class="form-warning">{t('accountImport.onceOnly')}</p>
                <Show when={downloaded()}>
                  <p class="muted">{t('accountImport.downloaded')}</p>
                </Show>
                <div class="actions">
                  <button type="button" onClick={reset}>
                    {t('accountImport.another')}
                  </button>
                  <button
                    type="button"
                    class="primary"
                    onClick={() => {
                      saveSheet(done().passwordSheet);
                      setDownloaded(true);
                    }}
                  >
                    {t('accountImport.download')}
                  </button>
                  <button type="button" onClick={props.onClose}>
                    {t('accountImport.done')}
                  </button>
                </div>
              </>
            )}
          </Match>
          <Match when={!result()}>
            <p class="muted">
              {t('accountImport.intro')} <a href={downloads.accountImportTemplate}>{t('accountImport.template')}</a>
            </p>
            <label>
              {t('accountImport.file')}
              <input
                ref={input}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                disabled={busy() !== null}
                onChange={(e) => choose(e.currentTarget.files?.[0])}
              />
            </label>
            <Show when={!file() && !busy()}>
              <p class="muted">{t('accountImport.choose')}</p>
            </Show>
            <Show when={busy() === 'checking'}>
              <p class="muted" aria-live="polite">
                {t('accountImport.checking', { file: file()?.name ?? '' })}
              </p>
            </Show>
            <Show when={notice()}>
              <p class="form-warning" role="alert">
                {notice()}
              </p>
            </Show>
            <ErrorMessage error={error()} />
            <Show when={preview()}>
              {(read) => (
                <>
                  <p role="status" class="import-summary">
                    {t('accountImport.summary', {
                      file: read().fileName,
                      total: read().summary.total,
                      valid: read().summary.valid,
                      invalid: read().summary.invalid,
                    })}{' '}
                    {read().summary.invalid
                      ? t('accountImport.fixFirst')
                      : t('accountImport.allGood', { total: read().summary.total })}
                  </p>
                  <Show when={read().summary.invalid}>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={onlyBad()}
                        onChange={(e) => setOnlyBad(e.currentTarget.checked)}
                      />
                      {t('accountImport.onlyBad')}
                    </label>
                  </Show>
                  <PreviewTable rows={rows()} />
                  <Show when={busy() === 'creating'}>
                    <p class="muted" aria-live="polite">
                      {t('accountImport.creating', { n: read().summary.total, seconds: seconds() })}
                    </p>
                  </Show>
                  <div class="actions">
                    <button type="button" onClick={props.onClose} disabled={busy() === 'creating'}>
                      {t('dialog.close')}
                    </button>
                    <button
                      type="button"
                      class="primary"
                      disabled={read().summary.invalid > 0 || busy() !== null}
                      onClick={() => void create()}
                    >
                      {t('accountImport.create', { n: read().summary.total })}
                    </button>
                  </div>
                </>
              )}
            </Show>
          </Match>
        </Switch>
      </div>
    </Dialog>
  );
}
