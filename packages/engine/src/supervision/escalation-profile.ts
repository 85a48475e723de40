import { workingDaysBetween } from '../deadlines/working-days.ts';

/**
 * What happens to an overdue (red) assignment as it stays red, in working days:
 * - remind (催办): another reminder to the unit;
 * - notice (督办单): a supervision notice addressed to the unit's head;
 * - interview (约谈): the unit goes on the list for a talk with its superior.
 * Turning red always reminds once (the deadline scan's light change); these steps follow it.
 */
export type EscalationAction = 'remind' | 'notice' | 'interview';

export type EscalationStep = {
  /** Stable name of the step within the profile: each step is raised once per assignment. */
  key: string;
  action: EscalationAction;
  /** Raised once the assignment has been red for at least this many working days. */
  afterRedWorkingDays: number;
  /** For a 督办单 or 约谈: working days the unit has to answer it (default 5). */
  answerWorkingDays?: number;
};

/** A template's escalation profile (plan settings `escalation`); absent → the default. */
export type EscalationProfile = { steps: EscalationStep[] };

export const ESCALATION_ACTION_LABELS: Record<EscalationAction, string> = {
  remind: '逾期催办',
  notice: '督办单',
  interview: '约谈',
};

/** red → reminder (the light change); red ≥ 5 working days → 督办单; ≥ 10 → 约谈. */
export const DEFAULT_ESCALATION: EscalationProfile = {
  steps: [
    { key: 'notice', action: 'notice', afterRedWorkingDays: 5 },
    { key: 'interview', action: 'interview', afterRedWorkingDays: 10 },
  ],
};

export type EscalationProblem = { path: string; message: string };

const ACTIONS = new Set<string>(Object.keys(ESCALATION_ACTION_LABELS));

/**
 * Reads a profile from template data, naming every problem (path + message) instead of guessing:
 * unknown actions, negative or fractional day counts, duplicate keys.
 */
export function readEscalationProfile(
  value: unknown,
): { ok: true; profile: EscalationProfile } | { ok: false; problems: EscalationProblem[] } {
  if (value === undefined || value === null) return { ok: true, profile: DEFAULT_ESCALATION };
  const steps = (value as { steps?: unknown }).steps;
  if (typeof value !== 'object' || !Array.isArray(steps)) {
    return { ok: false, problems: [{ path: 'escalation.steps', message: '升级督办配置应包含 steps 列表' }] };
  }
  const problems: EscalationProblem[] = [];
  const keys = new Set<string>();
  const read: EscalationStep[] = [];
  steps.forEach((raw: unknown, i) => {
    const path = `escalation.steps[${i}]`;
    const step = (raw ?? {}) as Partial<Record<keyof EscalationStep, unknown>>;
    const key = typeof step.key === 'string' && step.key.trim() ? step.key.trim() : String(step.action ?? '');
    if (typeof step.action !== 'string' || !ACTIONS.has(step.action)) {
      problems.push({
        path: `${path}.action`,
        message: `未知的升级动作 ${String(step.action)}（应为 remind、notice 或 interview）`,
      });
      return;
    }
    const days = step.afterRedWorkingDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 250) {
      problems.push({ path: `${path}.afterRedWorkingDays`, message: '逾期工作日数应为 0–250 的整数' });
      return;
    }
    if (keys.has(key)) {
      problems.push({ path: `${path}.key`, message: `升级步骤 ${key} 重复` });
      return;
    }
    const answer = step.answerWorkingDays;
    if (
      answer !== undefined &&
      (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 1 || answer > 60)
    ) {
      problems.push({ path: `${path}.answerWorkingDays`, message: '答复时限应为 1–60 个工作日的整数' });
      return;
    }
    keys.add(key);
    read.push({
      key,
      action: step.action as EscalationAction,
      afterRedWorkingDays: days,
      ...(answer !== undefined ? { answerWorkingDays: answer } : {}),
    });
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, profile: { steps: read.sort((a, b) => a.afterRedWorkingDays - b.afterRedWorkingDays) } };
}

/** Working days an assignment due on `due` has been overdue on `today` (0 on the due day or before). */
export function workingDaysOverdue(due: string, today: string): number {
  return today > due ? Math.max(0, workingDaysBetween(due, today)) : 0;
}

/** The steps due for an assignment red since `due`, as of `today` (the caller skips those already raised). */
export function dueEscalationSteps(profile: EscalationProfile, due: string, today: string): EscalationStep[] {
  if (today <= due) return [];
  const overdue = workingDaysOverdue(due, today);
  return profile.steps.filter((s) => overdue >= s.afterRedWorkingDays);
}
