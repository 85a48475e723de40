import { itemIdFor } from '@cascade/engine';
import type { PlanSnapshot } from '../plans/derive-child-plan.ts';
import { storedJsonColumn } from './stored-json-column.ts';

type SnapshotItem = PlanSnapshot['items'][number];

/**
 * What an item row holds where nothing was said (its columns' defaults and nulls): a stored
 * snapshot leaves these out of each item, and reading fills them back.
 */
const ITEM_DEFAULTS: Partial<Record<keyof SnapshotItem, unknown>> = {
  parentItemId: null,
  deadline: null,
  rules: [],
  workflowVariant: 'standard',
  evidenceRequired: true,
  scoreWeight: null,
  provenance: null,
  derivationStatus: null,
  overrides: null,
  trace: null,
  version: 1,
};
const DEFAULT_KEYS = Object.keys(ITEM_DEFAULTS) as (keyof SnapshotItem)[];

const isDefault = (key: keyof SnapshotItem, value: unknown) => {
  const fallback = ITEM_DEFAULTS[key];
  return Array.isArray(fallback) ? Array.isArray(value) && value.length === 0 : value === fallback;
};

/**
 * A published version as stored. Its items leave out what every item of a cascade repeats: the
 * defaults above, the plan id (once, beside the items), and an id that is the plan's id and the
 * item's path (`itemIdFor`). A cascade stores a snapshot for each of its plans and the embedded
 * database's COPY costs per byte (docs/BENCHMARKS.md). A snapshot stored before this has no
 * `planId` beside its items and is read as it is.
 */
export type StoredSnapshot = Omit<PlanSnapshot, 'items'> & {
  planId?: string;
  items: Partial<SnapshotItem>[];
};

export function storedSnapshot(snapshot: PlanSnapshot): StoredSnapshot {
  const planId = snapshot.items[0]?.planId;
  if (planId === undefined || snapshot.items.some((item) => item.planId !== planId)) return snapshot;
  return { ...snapshot, planId, items: snapshot.items.map((item) => storedItem(item, planId)) };
}

function storedItem(item: SnapshotItem, planId: string): Partial<SnapshotItem> {
  const stored: Partial<Record<keyof SnapshotItem, unknown>> = {};
  for (const [key, value] of Object.entries(item) as [keyof SnapshotItem, unknown][]) {
    if (key === 'planId') continue;
    if (key === 'id' && value === itemIdFor(planId, item.path)) continue;
    if (key in ITEM_DEFAULTS && isDefault(key, value)) continue;
    stored[key] = value;
  }
  return stored as Partial<SnapshotItem>;
}

export function readSnapshot(stored: StoredSnapshot): PlanSnapshot {
  const { planId, ...snapshot } = stored;
  if (planId === undefined) return stored as PlanSnapshot;
  return { ...snapshot, items: stored.items.map((item) => readItem(item, planId)) };
}

function readItem(stored: Partial<SnapshotItem>, planId: string): SnapshotItem {
  const item: Record<string, unknown> = { ...stored, planId };
  if (item.id === undefined) item.id = itemIdFor(planId, stored.path ?? []);
  for (const key of DEFAULT_KEYS) {
    if (!(key in item)) {
      const fallback = ITEM_DEFAULTS[key];
      item[key] = Array.isArray(fallback) ? [] : fallback;
    }
  }
  return item as SnapshotItem;
}

/** `plan_versions.snapshot`: stored by `storedSnapshot` and read back by `readSnapshot`. */
export const snapshotColumn = storedJsonColumn(storedSnapshot, readSnapshot);
