import type { WorkflowVariant } from '@cascade/engine';
import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { api, type WorkflowMigrationResult, type WorkflowVariantRecord } from '../../api/client.ts';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';

/**
 * 迁移办理中的任务: rows still running on an older published version move to the latest. Each
 * old state is mapped to a new one (the same name where the new version has it); a dry run
 * says how many rows would move where, and only then may the author apply it (one transaction,
 * an event per row, on the server).
 */
export function MigrationPanel(props: { record: WorkflowVariantRecord }): JSX.Element {
  const older = () => (props.record.versions ?? []).filter((v) => v.version < props.record.publishedVersion);
  const [fromVersion, setFromVersion] = createSignal<number | null>(null);
  const chosen = () => older().find((v) => v.version === fromVersion()) ?? older().at(-1);
  const latest = () => (props.record.published as WorkflowVariant | null)?.states ?? {};
  const [mapping, setMapping] = createSignal<Record<string, string>>({});
  const mapped = createMemo(() => {
    const old = chosen()?.states ?? {};
    return Object.fromEntries(
      Object.keys(old).map((s) => [s, mapping()[s] ?? (latest()[s] ? s : (Object.keys(latest())[0] ?? s))]),
    );
  });
  const [result, setResult] = createSignal<WorkflowMigrationResult | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const run = async (dryRun: boolean) => {
    const from = chosen();
    if (!from) return;
    setBusy(true);
    setError(null);
    try {
      setResult(
        await api.migrateWorkflowVariant(props.record.id, { fromVersion: from.version, mapping: mapped(), dryRun }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reset = () => setResult(null);
  return (
    <section class="wfd-migration" aria-labelledby="wfd-migration-heading">
      <h3 id="wfd-migration-heading">{t('wfd.migration')}</h3>
      <p class="hint">{t('wfd.migrationHint', { n: props.record.publishedVersion })}</p>
      <label>
        {t('wfd.migrationFrom')}
        <select
          value={chosen()?.version ?? ''}
          onChange={(e) => {
            setFromVersion(Number(e.currentTarget.value));
            setMapping({});
            reset();
          }}
        >
          <For each={older()}>{(v) => <option value={v.version}>{t('wfd.version', { n: v.version })}</option>}</For>
        </select>
      </label>
      <table class="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('wfd.migrationOld')}</th>
            <th scope="col">{t('wfd.migrationNew')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={Object.entries(chosen()?.states ?? {})}>
            {([state, label]) => (
              <tr>
                <td>{label}</td>
                <td>
                  <select
                    value={mapped()[state]}
                    aria-label={t('wfd.migrationTo', { state: label })}
                    onChange={(e) => {
                      setMapping({ ...mapping(), [state]: e.currentTarget.value });
                      reset();
                    }}
                  >
                    <For each={Object.entries(latest())}>{([k, s]) => <option value={k}>{s.label}</option>}</For>
                  </select>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <ErrorMessage error={error()} />
      <Show when={result()}>
        {(r) => (
          <div role="status">
            <p>{r().dryRun ? t('wfd.migrationDry', { n: r().total }) : t('wfd.migrationDone', { n: r().total })}</p>
            <ul>
              <For each={r().moves}>
                {(m) => (
                  <li>
                    {t('wfd.migrationMove', {
                      from: chosen()?.states[m.from] ?? m.from,
                      to: latest()[m.to]?.label ?? m.to,
                      n: m.count,
                    })}
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
      <div class="actions left">
        <button type="button" disabled={busy() || !chosen()} onClick={() => void run(true)}>
          {t('wfd.migrationDryRun')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={busy() || !result()?.dryRun || result()?.total === 0}
          onClick={() => void run(false)}
        >
          {t('wfd.migrationApply')}
        </button>
      </div>
    </section>
  );
}
