/** An inbox entry as the grouping reads it. */
type Entry = { planId: string | null; planTitle: string };

export type PlanGroup<T extends Entry> = { key: string; planId: string | null; planTitle: string; items: T[] };

/**
 * 消息 under a heading per plan: entries keep their order (newest first) within their plan, and
 * the plans come in the order of their newest entry — the plan with the latest message on top.
 */
export function groupByPlan<T extends Entry>(items: readonly T[]): PlanGroup<T>[] {
  const groups = new Map<string, PlanGroup<T>>();
  for (const item of items) {
    const key = item.planId ?? item.planTitle;
    const group = groups.get(key) ?? { key, planId: item.planId, planTitle: item.planTitle, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
