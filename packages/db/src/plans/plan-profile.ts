import { DEFAULT_PROFILE, type Rule } from '@cascade/engine';
import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { plans } from '../schema/plans.schema.ts';
import { getPlan, touchPlan } from './plan-store.ts';

/** A template's localization profile (派生规则) as the designer shows it. */
export type PlanProfile = { rules: Rule[]; isDefault: boolean; version: number };

/** The plan's own profile, or the default one every derivation uses until an author changes it. */
export async function getPlanProfile(db: Db, planId: string): Promise<PlanProfile> {
  const plan = await getPlan(db, planId);
  const own = plan.settings.profile;
  return { rules: own ?? structuredClone(DEFAULT_PROFILE), isDefault: !own, version: plan.version };
}

/**
 * Saves the plan's profile (checked by the caller with `validateProfileRules`), or goes back to
 * the default with `rules: null`. Refused when the plan changed since `expectedVersion`; the event
 * keeps what was there before, so the change can be undone.
 */
export async function setPlanProfile(
  db: Db,
  input: { planId: string; rules: Rule[] | null; expectedVersion: number; actor: string },
): Promise<PlanProfile> {
  return db.transaction(async (tx) => {
    const before = await getPlan(tx, input.planId);
    const plan = await touchPlan(tx, input.planId, input.expectedVersion);
    const { profile: previous, ...settings } = before.settings;
    await tx
      .update(plans)
      .set({ settings: input.rules ? { ...settings, profile: input.rules } : settings })
      .where(eq(plans.id, input.planId));
    await logEvent(tx, {
      actor: input.actor,
      type: 'plan.profileChanged',
      subjectType: 'plan',
      subjectId: input.planId,
      payload: { before: previous ?? null, after: input.rules, rules: input.rules?.length ?? DEFAULT_PROFILE.length },
    });
    return {
      rules: input.rules ?? structuredClone(DEFAULT_PROFILE),
      isDefault: !input.rules,
      version: plan.version,
    };
  });
}
