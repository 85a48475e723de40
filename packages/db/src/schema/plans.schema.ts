import type { Deadline, DerivedItemRow, ItemOverrides, Rule, UnitRole } from '@cascade/engine';
import { boolean, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { PlanSettings } from '../plans/plan-store.ts';
import { orgs } from './orgs.schema.ts';
import { snapshotColumn } from './snapshot-column.ts';
import { traceColumn } from './trace-column.ts';

/** A plan: owned by one org for one year, optionally derived from a parent plan. */
export const plans = pgTable(
  'plans',
  {
    id: text('id').primaryKey(),
    ownerOrgId: text('owner_org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    docNumber: text('doc_number'),
    /** A state of the engine's PLAN_LIFECYCLE (draft | published | executing | closed), moved only by `movePlanStatus`. */
    status: text('status').notNull().default('draft'),
    parentPlanId: text('parent_plan_id'),
    /** followLatest | pinned — how a derived plan tracks its parent's versions. */
    parentBinding: text('parent_binding').notNull().default('followLatest'),
    parentVersion: integer('parent_version'),
    /** Latest published version number; 0 while never published. */
    publishedVersion: integer('published_version').notNull().default(0),
    /** Template-level data: metadata, basis documents, rules, workflow variants. */
    settings: jsonb('settings').$type<PlanSettings>().notNull().default({}),
    /** Optimistic concurrency: bumped on every write. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plans_owner_year_idx').on(t.ownerOrgId, t.year), index('plans_parent_idx').on(t.parentPlanId)],
);

/** An immutable published snapshot of a plan's outline and settings. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    summary: text('summary').notNull().default(''),
    /** The whole plan as published: items, settings. Never updated. Stored by `storedSnapshot`. */
    snapshot: snapshotColumn('snapshot').notNull(),
    /** The parent plan version this one was derived from, if any. */
    sourceVersionId: text('source_version_id'),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plan_versions_plan_version_idx').on(t.planId, t.version)],
);

/** An item of a plan's working draft: a section heading or a task (measure). */
export const planItems = pgTable(
  'plan_items',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    parentItemId: text('parent_item_id'),
    position: integer('position').notNull(),
    /** section | task */
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    /** Labels from the top of the outline down to this item: ["二、", "（一）", "9."]. */
    path: jsonb('path').$type<string[]>().notNull().default([]),
    text: text('text').notNull(),
    /** Unit expressions by role: { lead, responsible, cooperate }. */
    units: jsonb('units').$type<Partial<Record<UnitRole, string[]>>>().notNull().default({}),
    deadline: jsonb('deadline').$type<Deadline>(),
    rules: jsonb('rules').$type<Rule[]>().notNull().default([]),
    workflowVariant: text('workflow_variant').notNull().default('standard'),
    evidenceRequired: boolean('evidence_required').notNull().default(true),
    scoreWeight: numeric('score_weight'),
    /** Where a derived item came from: { sourceItemId, sourceVersionId }. */
    provenance: jsonb('provenance').$type<NonNullable<DerivedItemRow['provenance']>>(),
    /** inherited | localized | overridden | added | notApplicable */
    derivationStatus: text('derivation_status'),
    /** Local overrides kept as patches over the derived values, with reasons. */
    overrides: jsonb('overrides').$type<ItemOverrides>(),
    /** How the derivation arrived at each value (steps stored before they carried their words lack `say`). */
    trace: traceColumn('trace'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('plan_items_plan_idx').on(t.planId, t.position)],
);
