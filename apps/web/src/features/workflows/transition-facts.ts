import { ROLES, TRANSITION_FACTS } from '@cascade/engine';
import { labelsUnder } from '../../ui/dictionary.ts';
import type { FactCatalogue, FactSpec } from '../plans/rules/rule-model.ts';

const FACT_LABELS = labelsUnder('fact');
const ROLE_LABELS = labelsUnder('role');

/**
 * What a transition's condition may read (the engine's TRANSITION_FACTS), labelled for the rule
 * builder; labels are read in the current language on every access.
 */
export const TRANSITION_FACT_CATALOGUE: FactCatalogue = TRANSITION_FACTS.map((f): FactSpec => {
  const spec: FactSpec = {
    name: f.name,
    type: f.type,
    get label() {
      return FACT_LABELS[f.name] ?? f.name;
    },
  };
  if (f.options) {
    const labels = f.options === ROLES ? ROLE_LABELS : {};
    Object.defineProperty(spec, 'options', {
      get: () => (f.options ?? []).map((o) => [o, labels[o] ?? o]),
      enumerable: true,
    });
  }
  return spec;
});
