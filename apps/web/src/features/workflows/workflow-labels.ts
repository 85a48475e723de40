import type { TransitionGuard, WorkflowTransition } from '@cascade/engine';
import { labelsUnder } from '../../ui/dictionary.ts';

/** The designer's words for the engine's categories, actors, inputs and built-in guards (both languages). */
export const CATEGORY_LABELS: Record<string, string> = labelsUnder('wfd.category');
export const ACTOR_LABELS: Record<string, string> = labelsUnder('wfd.actor');
export const INPUT_NAMES: Record<string, string> = labelsUnder('wfd.input');
export const GUARD_LABELS: Record<string, string> = labelsUnder('wfd.guard');
export const FIELD_LABELS: Record<string, string> = labelsUnder('wfd.field');

/** Who may fire a step, in words: 承办单位、核验单位, or a role's name. */
export const whoFires = (step: Pick<WorkflowTransition, 'by'>): string =>
  (step.by ?? []).map((a) => (typeof a === 'string' ? (ACTOR_LABELS[a] ?? a) : a.role)).join('、') || '—';

/** What a step asks for, in words. */
export const inputsOf = (step: Pick<WorkflowTransition, 'input'>): string =>
  (step.input ?? []).map((i) => INPUT_NAMES[i] ?? i).join('、');

/** A condition's name: a built-in check's words, or the rule's own name. */
export const guardName = (g: TransitionGuard): string => (typeof g === 'string' ? (GUARD_LABELS[g] ?? g) : g.rule);
