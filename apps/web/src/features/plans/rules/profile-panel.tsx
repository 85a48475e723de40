import { validateProfileRules } from '@cascade/engine';
import { createResource, createSignal, type JSX, Show } from 'solid-js';
import { api, type PlanProfile } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx';
import { t } from '../../../ui/dictionary.ts';
import { ErrorMessage, Loading } from '../../../ui/feedback.tsx';
import { createSaveState } from '../../../ui/save-state.ts';
import { RulesEditor } from './rules-editor.tsx';

/**
 * 派生规则: the plan's localization profile — what each level takes on and how its wording and
 * units change when the plan is derived (preview, derive, cascade, and the plans derived from it).
 * The default profile until an author changes it; saved with the plan's version, checked as the
 * server checks it (`validateProfileRules`); 恢复默认 goes back to the default after a confirm.
 */
export function ProfilePanel(props: { planId: string; editable: boolean; onSaved: () => void }): JSX.Element {
  const [profile, { mutate }] = createResource(() => props.planId, api.planProfile);
  const restoring = createSaveState();
  const [confirming, setConfirming] = createSignal(false);
  // A restore starts the editor afresh: its saved note and error were about the rules replaced.
  const [generation, setGeneration] = createSignal(0);
  const took = (next: PlanProfile) => {
    mutate(next);
    props.onSaved();
  };
  const restore = () =>
    restoring.run(async () => {
      const current = profile();
      if (!current) return;
      took(await api.setPlanProfile(props.planId, current.version, null));
      setGeneration((n) => n + 1);
    });
  return (
    <div class="profile-panel">
      <ErrorMessage error={profile.error} />
      <Show when={profile()} fallback={<Show when={!profile.error}>{<Loading what={t('profile.what')} />}</Show>}>
        {(p) => (
          <RulesEditor
            scope="profile"
            title={t('profile.title')}
            subject={`${props.planId}#${generation()}`}
            version={p().version}
            rules={p().rules}
            check={validateProfileRules}
            editable={props.editable}
            emptyText={t('profile.none')}
            saveLabel={t('profile.save')}
            savedText={t('profile.saved')}
            onSave={async (rules) => {
              restoring.reset();
              took(await api.setPlanProfile(props.planId, p().version, rules));
            }}
          >
            <p class="hint">{t('profile.hint')}</p>
            <div class="profile-state">
              <span class={p().isDefault ? 'state tag-inherited' : 'state tag-modified'} role="status">
                {p().isDefault ? t('profile.default') : t('profile.custom')}
              </span>
              <Show when={props.editable && !p().isDefault}>
                <button type="button" disabled={restoring.busy()} onClick={() => setConfirming(true)}>
                  {restoring.busy() ? t('profile.restoring') : t('profile.restore')}
                </button>
              </Show>
            </div>
            <Show when={!props.editable}>
              <p class="muted">{t('profile.readOnly')}</p>
            </Show>
            <ErrorMessage error={restoring.error()} />
            <Show when={restoring.saved() && p().isDefault}>
              <p class="form-ok" role="status">
                {t('profile.restored')}
              </p>
            </Show>
          </RulesEditor>
        )}
      </Show>
      <ConfirmDialog
        open={confirming()}
        title={t('profile.restoreTitle')}
        body={t('profile.restoreBody')}
        confirm={t('profile.restore')}
        onConfirm={() => void restore()}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
