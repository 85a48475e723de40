import { validateItemRules } from '@cascade/engine';
import type { JSX } from 'solid-js';
import { api, type PlanItem } from '../../../api/client.ts';
import { t } from '../../../ui/dictionary.ts';
import { RulesEditor } from './rules-editor.tsx';

/**
 * 适用与本地化规则: an item's own rules (who takes it on, how its wording changes), checked as the
 * server checks them on save — each rule, unique ids, the events an item may carry, the text
 * growth of all its substitutions together (`validateItemRules`) — and saved with the item.
 */
export function ItemRulesPanel(props: {
  planId: string;
  item: PlanItem;
  editable: boolean;
  onSaved: () => void;
}): JSX.Element {
  return (
    <RulesEditor
      scope="item"
      title={t('rules.title')}
      subject={props.item.id}
      version={props.item.version}
      rules={props.item.rules}
      check={validateItemRules}
      editable={props.editable}
      emptyText={t('rules.none')}
      saveLabel={t('rules.save')}
      savedText={t('rules.saved')}
      onSave={async (rules) => {
        await api.patchItem(props.planId, props.item.id, props.item.version, { rules });
        props.onSaved();
      }}
    />
  );
}
