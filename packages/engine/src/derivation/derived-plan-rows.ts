import type { Deadline } from '../deadlines/deadline.ts';
import type { DraftItem, PlanDraft } from '../plans/plan-draft.ts';
import { itemIdFor, planIdFor, sourceIdOf } from '../plans/plan-ids.ts';
import type { Rule } from '../rules/rule.ts';
import type { UnitRole } from '../units/units-by-role.ts';
import type { Derivation, DerivedItem, ExcludedItem } from './derive-plan.ts';
import type { TraceStep } from './trace.ts';

/** The superior's plan a derivation was made from, as stored: its id and the version derived. */
export type DerivationSource = {
  planId: string;
  /** The published version derived from; null only for a parent never stored (a file cascaded by the CLI). */
  version: number | null;
  draft: PlanDraft;
  /** The template's localization profile, when its author edited it: it goes down with the plan. */
  profile?: readonly Rule[] | undefined;
};

/** An outline row of a derived plan: a heading kept because a task under it was, or a task. */
export type DerivedItemRow = {
  id: string;
  planId: string;
  position: number;
  parentItemId: null;
  kind: 'section' | 'task';
  label: string;
  path: string[];
  text: string;
  units: Record<UnitRole, string[]> | Record<string, never>;
  deadline: Deadline | null;
  /** The parent item it comes from and the parent's version then: what 上级更新 compares against. */
  provenance: { sourceItemId: string; sourceVersion?: number } | null;
  derivationStatus: DerivedItem['status'] | null;
  trace: TraceStep[] | null;
};

export type DerivedPlanRows = {
  plan: {
    id: string;
    ownerOrgId: string;
    year: number;
    title: string;
    parentPlanId: string;
    parentVersion: number | null;
    settings: {
      derivedFrom: string;
      /** The parent's tasks addressed to this org, by id: what 逐项对照 checks coverage against. */
      addressed: string[];
      excluded: ExcludedItem[];
      profile?: Rule[];
    };
  };
  items: DerivedItemRow[];
  /** The `plan.derived` event's payload. */
  event: { from: string; version: number | null; items: number; excluded: number };
};

/** 惠州市2022年政务公开工作要点 → 政务公开工作要点: the topic the child's title repeats. */
export function titleTopic(title: string): string {
  return title.replace(/^.*?\d{4}年(?:度)?/, '') || title;
}

/**
 * A derivation as the rows of the child's plan: the plan, its outline (each parent heading that
 * keeps a task, numbered in the child's own outline, before its first task; then the tasks) with
 * ids from the child's own numbers, each task's source and the parent's version. One builder for
 * a single 分解 and for 逐级下达, so a plan is the same however it was made. Pure.
 */
export function buildDerivedPlan(derivation: Derivation, source: DerivationSource): DerivedPlanRows {
  const { child, owner, year } = derivation;
  const id = planIdFor(year, child.id);
  const sourceOf = (item: DerivedItem) => sourceIdOf(source.planId, item);
  const parentItem = parentItemFinder(source.draft.items);
  const items: DerivedItemRow[] = [];
  const headings = new Set<string>();
  for (const item of derivation.items) {
    const sourcePath = item.sourcePath ?? item.path;
    const headingTitles = parentItem(item, sourcePath)?.headings ?? [];
    for (let depth = 0; depth < item.path.length - 1; depth++) {
      const path = item.path.slice(0, depth + 1);
      const rowId = itemIdFor(id, path);
      if (headings.has(rowId)) continue;
      headings.add(rowId);
      items.push({
        ...EMPTY_SECTION,
        id: rowId,
        planId: id,
        position: items.length,
        label: path.at(-1) as string,
        path,
        text: headingTitles[depth] ?? '',
      });
    }
    items.push({
      id: itemIdFor(id, item.path),
      planId: id,
      position: items.length,
      parentItemId: null,
      kind: 'task',
      label: item.label,
      path: item.path,
      text: item.text,
      units: item.units,
      deadline: item.deadline,
      provenance: {
        sourceItemId: sourceOf(item),
        ...(source.version !== null ? { sourceVersion: source.version } : {}),
      },
      derivationStatus: item.status,
      trace: item.trace,
    });
  }
  return {
    plan: {
      id,
      ownerOrgId: child.id,
      year,
      title: `${child.name}${year}年${titleTopic(source.draft.title)}`,
      parentPlanId: source.planId,
      parentVersion: source.version,
      settings: {
        derivedFrom: owner.id,
        addressed: derivation.items.map(sourceOf),
        excluded: derivation.excluded,
        // The template's profile goes down with it: the child derives for its own units alike.
        ...(source.profile ? { profile: [...source.profile] } : {}),
      },
    },
    items,
    event: {
      from: source.planId,
      version: source.version,
      items: derivation.items.length,
      excluded: derivation.excluded.length,
    },
  };
}

const EMPTY_SECTION = {
  parentItemId: null,
  kind: 'section',
  units: {},
  deadline: null,
  provenance: null,
  derivationStatus: null,
  trace: null,
} as const;

/** The parent item a derived one comes from: by its stored id, else by the parent's path. */
function parentItemFinder(items: readonly DraftItem[]) {
  const byId = new Map(items.filter((i) => i.id).map((i) => [i.id as string, i]));
  const byPath = new Map(items.map((i) => [i.path.join('\u0001'), i]));
  return (item: DerivedItem, sourcePath: readonly string[]) =>
    (item.sourceId ? byId.get(item.sourceId) : undefined) ?? byPath.get(sourcePath.join('\u0001'));
}
