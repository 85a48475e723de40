import { randomBytes } from 'node:crypto';
import {
  type BuiltInWorkflowRegistry,
  type CompiledWorkflow,
  checkIssuedState,
  checkStateMeaning,
  compileWorkflow,
  DomainError,
  type DomainErrorFault,
  STANDARD_VARIANTS,
  type StateCategory,
  validateWorkflow,
  type WorkflowRegistry,
  type WorkflowVariant,
} from '@cascade/engine';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { logEvent } from '../repositories/events.repository.ts';
import { workflowVariants, workflowVariantVersions } from '../schema/workflow-variants.schema.ts';

export class WorkflowVariantNotFoundError extends DomainError {
  constructor(id: string) {
    super('workflow.variantNotFound', `流程 ${id} 不存在`);
    this.name = 'WorkflowVariantNotFoundError';
  }
}

/** A variant that is not sound (a dead end, an unknown target, a transition nobody may fire). */
export class WorkflowVariantRefusedError extends DomainError {
  constructor(faults: readonly DomainErrorFault[]) {
    super('workflow.variantRefused', faults.map((f) => f.message).join('；'), { faults });
    this.name = 'WorkflowVariantRefusedError';
  }
}

export class WorkflowVariantStaleError extends DomainError {
  constructor(currentVersion: number) {
    super('workflow.staleVersion', `流程已被他人修改（当前版本 ${currentVersion}），请刷新后重试`, {
      details: { currentVersion },
    });
    this.name = 'WorkflowVariantStaleError';
  }
}

export type StoredVariant = typeof workflowVariants.$inferSelect;

/** The variant as the designer edits it: the draft if there is one, else the latest published. */
export type VariantRecord = StoredVariant & { editing: WorkflowVariant; published: WorkflowVariant | null };

/**
 * Proves a designed variant sound before it is stored: the engine's checks (reachability, no dead
 * end, every transition fireable by someone, guards and inputs known) and one meaning per state
 * name across the built-in and the other published variants.
 */
async function checkVariant(db: Db, variant: WorkflowVariant): Promise<void> {
  const faults = [...checkIssuedState(variant), ...validateWorkflow(variant, { requireActors: true })];
  if (!faults.length)
    faults.push(...checkStateMeaning(variant, [...STANDARD_VARIANTS, ...(await latestPublished(db))]));
  if (faults.length) throw new WorkflowVariantRefusedError(faults);
}

async function latestPublished(db: Db): Promise<WorkflowVariant[]> {
  const rows = await db
    .select({ definition: workflowVariantVersions.definition })
    .from(workflowVariantVersions)
    .innerJoin(
      workflowVariants,
      and(
        eq(workflowVariants.id, workflowVariantVersions.variantId),
        eq(workflowVariants.publishedVersion, workflowVariantVersions.version),
      ),
    );
  return rows.map((r) => r.definition);
}

/** A new designed variant, owned by an org, stored as its draft (validated first). */
export async function createVariant(
  db: Db,
  input: {
    ownerOrgId: string;
    ownerOrgPath: string;
    definition: Omit<WorkflowVariant, 'id' | 'version'>;
    actor: string;
  },
): Promise<VariantRecord> {
  const id = `wf-${randomBytes(8).toString('hex')}`;
  const draft: WorkflowVariant = { ...input.definition, id, version: 1 };
  await checkVariant(db, draft);
  return db.transaction(async (tx) => {
    await tx.insert(workflowVariants).values({
      id,
      ownerOrgId: input.ownerOrgId,
      ownerOrgPath: input.ownerOrgPath,
      name: draft.name,
      draft,
      createdBy: input.actor,
    });
    await logEvent(tx, {
      actor: input.actor,
      type: 'workflowVariant.created',
      subjectType: 'workflowVariant',
      subjectId: id,
      payload: { name: draft.name, ownerOrgId: input.ownerOrgId },
    });
    return getVariant(tx, id);
  });
}

/** Saves the draft if nobody saved since `expectedVersion` (validated first). */
export async function saveVariantDraft(
  db: Db,
  input: { id: string; expectedVersion: number; definition: Omit<WorkflowVariant, 'id' | 'version'>; actor: string },
): Promise<VariantRecord> {
  const current = await getVariant(db, input.id);
  const draft: WorkflowVariant = { ...input.definition, id: input.id, version: current.publishedVersion + 1 };
  await checkVariant(db, draft);
  return db.transaction(async (tx) => {
    const saved = await tx
      .update(workflowVariants)
      .set({ draft, name: draft.name, version: sql`${workflowVariants.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(workflowVariants.id, input.id), eq(workflowVariants.version, input.expectedVersion)))
      .returning({ id: workflowVariants.id });
    if (!saved.length) throw new WorkflowVariantStaleError(current.version);
    await logEvent(tx, {
      actor: input.actor,
      type: 'workflowVariant.draftSaved',
      subjectType: 'workflowVariant',
      subjectId: input.id,
      payload: { name: draft.name, states: Object.keys(draft.states).length },
    });
    return getVariant(tx, input.id);
  });
}

/**
 * Publishes the draft as the next version: immutable from then on, the version tasks pick and
 * rows run on. Checked again, against the variants published meanwhile.
 */
export async function publishVariant(
  db: Db,
  input: { id: string; expectedVersion: number; actor: string },
): Promise<VariantRecord> {
  const current = await getVariant(db, input.id);
  if (!current.draft) {
    throw new WorkflowVariantRefusedError([{ path: 'draft', message: '没有未发布的修改' }]);
  }
  const version = current.publishedVersion + 1;
  const definition: WorkflowVariant = { ...current.draft, id: input.id, version };
  await checkVariant(db, definition);
  return db.transaction(async (tx) => {
    const moved = await tx
      .update(workflowVariants)
      .set({
        draft: null,
        publishedVersion: version,
        version: sql`${workflowVariants.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(workflowVariants.id, input.id), eq(workflowVariants.version, input.expectedVersion)))
      .returning({ id: workflowVariants.id });
    if (!moved.length) throw new WorkflowVariantStaleError(current.version);
    await tx
      .insert(workflowVariantVersions)
      .values({ variantId: input.id, version, definition, publishedBy: input.actor });
    await logEvent(tx, {
      actor: input.actor,
      type: 'workflowVariant.published',
      subjectType: 'workflowVariant',
      subjectId: input.id,
      payload: { version, name: definition.name },
    });
    return getVariant(tx, input.id);
  });
}

export async function getVariant(db: Db, id: string): Promise<VariantRecord> {
  const [row] = await db.select().from(workflowVariants).where(eq(workflowVariants.id, id));
  if (!row) throw new WorkflowVariantNotFoundError(id);
  const published = row.publishedVersion ? await getVariantVersion(db, id, row.publishedVersion) : null;
  const editing = row.draft ?? published;
  if (!editing) throw new WorkflowVariantNotFoundError(id);
  return { ...row, editing, published };
}

export async function getVariantVersion(db: Db, id: string, version: number): Promise<WorkflowVariant | null> {
  const [row] = await db
    .select({ definition: workflowVariantVersions.definition })
    .from(workflowVariantVersions)
    .where(and(eq(workflowVariantVersions.variantId, id), eq(workflowVariantVersions.version, version)));
  return row?.definition ?? null;
}

/** Every published version of a variant, oldest first (the designer's migration picks one). */
export async function listVariantVersions(db: Db, id: string): Promise<WorkflowVariant[]> {
  const rows = await db
    .select({ definition: workflowVariantVersions.definition })
    .from(workflowVariantVersions)
    .where(eq(workflowVariantVersions.variantId, id))
    .orderBy(workflowVariantVersions.version);
  return rows.map((r) => r.definition);
}

/**
 * The designed variants owned by the orgs on the reader's branch (its own, its superiors', its
 * subtree's), each with its latest published definition: one query, not one per variant.
 */
export async function listVariants(db: Db, input: { withinPath: string }): Promise<VariantRecord[]> {
  const rows = await db
    .select({ variant: workflowVariants, published: workflowVariantVersions.definition })
    .from(workflowVariants)
    .leftJoin(
      workflowVariantVersions,
      and(
        eq(workflowVariantVersions.variantId, workflowVariants.id),
        eq(workflowVariantVersions.version, workflowVariants.publishedVersion),
      ),
    )
    .where(
      sql`(${workflowVariants.ownerOrgPath} LIKE ${`${input.withinPath}%`} OR ${input.withinPath} LIKE ${workflowVariants.ownerOrgPath} || '%')`,
    )
    .orderBy(desc(workflowVariants.updatedAt));
  return rows.flatMap(({ variant, published }) => {
    const editing = variant.draft ?? published;
    return editing ? [{ ...variant, editing, published }] : [];
  });
}

/**
 * The registry the server runs transitions through: the built-in variants at once, a designed
 * variant's published version from storage (compiled once: a published version never changes).
 */
export function storedWorkflowRegistry(db: Db, builtIn: BuiltInWorkflowRegistry): WorkflowRegistry {
  const compiled = new Map<string, Promise<CompiledWorkflow | undefined>>();
  return (variantId, version) => {
    const known = builtIn(variantId, version);
    if (known || !variantId.startsWith('wf-')) return known;
    const key = `${variantId}@${version}`;
    let found = compiled.get(key);
    if (!found) {
      found = getVariantVersion(db, variantId, version).then((v) => (v ? compileWorkflow(v) : undefined));
      // A miss is not kept: the version may be published a moment later.
      found.then((v) => (v ? undefined : compiled.delete(key))).catch(() => compiled.delete(key));
      compiled.set(key, found);
    }
    return found;
  };
}

/**
 * What each state name means across every variant rows may run on (built-in and every published
 * version of a designed one): one category per name, which publishing a variant keeps true
 * (`checkStateMeaning`). The roll-up counts by category with it.
 */
export async function stateCategories(db: Db): Promise<Map<string, StateCategory>> {
  const designed = await db.select({ definition: workflowVariantVersions.definition }).from(workflowVariantVersions);
  const categories = new Map<string, StateCategory>();
  for (const variant of [...designed.map((d) => d.definition), ...STANDARD_VARIANTS])
    for (const [name, state] of Object.entries(variant.states)) categories.set(name, state.category);
  return categories;
}
