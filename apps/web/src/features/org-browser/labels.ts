import { labelsUnder } from '../../ui/dictionary.ts';

/** Labels for org facts, in one place for every screen, in the current language. */
export const LEVEL_LABELS: Record<string, string> = labelsUnder('org.level');
export const KIND_LABELS: Record<string, string> = labelsUnder('org.kind');
