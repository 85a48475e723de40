import { stateLabelOf } from '@cascade/engine';
import { labelsUnder } from './dictionary.ts';
import { locale } from './locale.ts';

/** The domain's words as the UI prints them, in the current language (ui/dictionary.ts). */
export const STATE_LABELS: Record<string, string> = labelsUnder('state');
export const stateLabel = (state: string) => STATE_LABELS[state] ?? stateLabelOf(state);
/**
 * A ledger row's state in words: a designed variant's own label where the server gives one
 * (`stateLabel`, from the row's published variant), else the built-in state's in the UI's language.
 */
export const rowStateLabel = (row: { state: string; stateLabel?: string | undefined }) =>
  row.stateLabel ?? stateLabel(row.state);

export const LIGHT_LABELS: Record<string, string> = labelsUnder('light');
export const UNIT_ROLE_LABELS: Record<string, string> = labelsUnder('unitRole');
export const PLAN_STATUS_LABELS: Record<string, string> = labelsUnder('planStatus');
export const DERIVATION_LABELS: Record<string, string> = labelsUnder('derivation');
export const COVERAGE_LABELS: Record<string, string> = labelsUnder('coverage');
export const DEADLINE_KIND_LABELS: Record<string, string> = labelsUnder('deadline');
/** What happened to an assignment (办理记录, 消息); a type without a label reads as 其他办理记录. */
export const EVENT_LABELS: Record<string, string> = labelsUnder('event', 'timeline.other');
export const ESCALATION_LABELS: Record<string, string> = labelsUnder('escalation');

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
