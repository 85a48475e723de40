import type { OrgDto } from '@cascade/contracts';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { t } from '../../ui/dictionary.ts';
import { ErrorMessage } from '../../ui/feedback.tsx';
import { can } from '../session/can.ts';
import { orgAdminApi } from './org-admin-api.ts';

/**
 * A department's 股室（科室）: what its own plan names as units. An admin over the department adds,
 * renames and removes them; one still holding ledger rows or accounts is refused, with the reason.
 */
export function OrgSectionsPanel(props: {
  department: OrgDto;
  sections: OrgDto[];
  onChanged: () => void;
  onSelect: (id: string) => void;
}): JSX.Element {
  const editable = () => can('org.edit', props.department.path);
  const [name, setName] = createSignal('');
  const [renaming, setRenaming] = createSignal<{ id: string; name: string } | null>(null);
  const [removing, setRemoving] = createSignal<OrgDto | null>(null);
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      props.onChanged();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    if (await run(() => orgAdminApi.addSection(props.department.id, name()))) setName('');
  };
  const rename = async () => {
    const current = renaming();
    if (!current) return;
    if (await run(() => orgAdminApi.renameSection(props.department.id, current.id, current.name))) setRenaming(null);
  };

  return (
    <section class="org-sections" aria-labelledby="org-sections-title">
      <h3 id="org-sections-title">{t('org.sections', { n: props.sections.length })}</h3>
      <Show when={props.sections.length} fallback={<p class="muted">{t('org.noSections')}</p>}>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('org.section.name')}</th>
              <th scope="col">{t('org.fact.orgCode')}</th>
              <Show when={editable()}>
                <th scope="col">{t('org.section.actions')}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.sections}>
              {(section) => (
                <tr>
                  <td>
                    <Show
                      when={renaming()?.id === section.id}
                      fallback={
                        <button type="button" class="link" onClick={() => props.onSelect(section.id)}>
                          {section.name}
                        </button>
                      }
                    >
                      <input
                        aria-label={t('org.section.newName', { name: section.name })}
                        value={renaming()?.name ?? ''}
                        maxLength={30}
                        onInput={(e) => setRenaming({ id: section.id, name: e.currentTarget.value })}
                      />
                    </Show>
                  </td>
                  <td>{section.id}</td>
                  <Show when={editable()}>
                    <td>
                      <div class="actions">
                        <Show
                          when={renaming()?.id === section.id}
                          fallback={
                            <>
                              <button
                                type="button"
                                disabled={busy()}
                                onClick={() => setRenaming({ id: section.id, name: section.name })}
                              >
                                {t('org.section.rename')}
                              </button>
                              <button
                                type="button"
                                disabled={busy()}
                                onClick={() => {
                                  setRemoving(section);
                                }}
                              >
                                {t('org.section.remove')}
                              </button>
                            </>
                          }
                        >
                          <button type="button" onClick={() => setRenaming(null)}>
                            {t('common.cancel')}
                          </button>
                          <button type="button" class="primary" disabled={busy()} onClick={rename}>
                            {t('org.capability.save')}
                          </button>
                        </Show>
                      </div>
                    </td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <ErrorMessage error={error()} />
      <Show when={editable()}>
        <form class="inline-form" onSubmit={add}>
          <label>
            {t('org.section.name')}
            <input
              value={name()}
              maxLength={30}
              placeholder={t('org.section.placeholder')}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary" disabled={busy() || !name().trim()}>
            {t('org.section.add')}
          </button>
        </form>
      </Show>
      <ConfirmDialog
        open={removing() !== null}
        title={t('org.section.confirmRemove', { name: removing()?.name ?? '' })}
        body={t('org.section.confirmRemoveBody')}
        confirm={t('org.section.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          const section = removing();
          if (section) void run(() => orgAdminApi.removeSection(props.department.id, section.id));
        }}
      />
    </section>
  );
}
