import { EXTENSION_WORKFLOW } from '@cascade/engine';
import { z } from 'zod';
import { stateCategorySchema, transitionInputSchema } from './ledger.contract.ts';

const guardSchema = z.union([
  z.enum(['hasEvidence', 'hasReason', 'notOwnUnit', 'headApproved']),
  // A json-rules-engine condition over the assignment's and the event's facts; checked by the engine.
  z.object({ rule: z.string().trim().min(1).max(60), condition: z.record(z.string(), z.unknown()) }),
]);
const actorSchema = z.union([
  z.enum(['assignee', 'verifier', 'planOwner']),
  z.object({ role: z.string().min(1).max(30) }),
]);

export const workflowTransitionSchema = z.object({
  target: z.string().max(40),
  label: z.string().trim().min(1).max(30),
  guards: z.array(guardSchema).max(10).optional(),
  by: z.array(actorSchema).max(5).optional(),
  input: z.array(transitionInputSchema).max(4).optional(),
  effect: z.enum(['reschedule']).optional(),
});

export const workflowStateSchema = z.object({
  label: z.string().trim().min(1).max(30),
  category: stateCategorySchema,
  final: z.boolean().optional(),
  on: z.record(z.string().max(40), workflowTransitionSchema).optional(),
});

/** A variant's definition as the designer sends it (id and version are the server's). */
export const workflowDefinitionSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    initial: z.string().max(40),
    states: z
      .record(z.string().max(40), workflowStateSchema)
      .refine((s) => Object.keys(s).length <= 40, '最多 40 个状态'),
  })
  .meta({
    id: 'WorkflowDefinition',
    // The library's 可申请延期 lifecycle, as the designer would send it.
    example: { name: EXTENSION_WORKFLOW.name, initial: EXTENSION_WORKFLOW.initial, states: EXTENSION_WORKFLOW.states },
  });

export const workflowVariantSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** built-in: the engine's own (标准流程, 三审三校 …); designed: an office's. */
    kind: z.enum(['builtIn', 'designed']),
    ownerOrgId: z.string().nullable(),
    publishedVersion: z.number().int(),
    /** The reference a task stores to run on the latest published version (wf-…@2, standard). */
    ref: z.string().nullable(),
    hasDraft: z.boolean(),
    version: z.number().int(),
    /** The definition being edited (the draft, else the latest published). */
    definition: z.record(z.string(), z.unknown()),
    /** The latest published definition, for the diff before publishing. */
    published: z.record(z.string(), z.unknown()).nullable(),
    /**
     * The earlier published versions' states (name → label), read with one variant: what rows
     * running on an older version may need mapped to when they move to the latest.
     */
    versions: z.array(z.object({ version: z.number().int(), states: z.record(z.string(), z.string()) })).optional(),
  })
  .meta({ id: 'WorkflowVariant' });

export const workflowVariantListSchema = z
  .object({ variants: z.array(workflowVariantSchema) })
  .meta({ id: 'WorkflowVariantList' });

export const createWorkflowVariantSchema = z
  .object({ ownerOrgId: z.string().optional(), definition: workflowDefinitionSchema })
  .meta({
    id: 'CreateWorkflowVariant',
    example: {
      definition: {
        name: EXTENSION_WORKFLOW.name,
        initial: EXTENSION_WORKFLOW.initial,
        states: EXTENSION_WORKFLOW.states,
      },
    },
  });

export const saveWorkflowDraftSchema = z
  .object({ expectedVersion: z.number().int().min(1), definition: workflowDefinitionSchema })
  .meta({
    id: 'SaveWorkflowDraft',
    example: {
      expectedVersion: 1,
      definition: {
        name: EXTENSION_WORKFLOW.name,
        initial: EXTENSION_WORKFLOW.initial,
        states: EXTENSION_WORKFLOW.states,
      },
    },
  });

export const publishWorkflowVariantSchema = z
  .object({ expectedVersion: z.number().int().min(1) })
  .meta({ id: 'PublishWorkflowVariant', example: { expectedVersion: 2 } });

export const workflowVariantIdParamSchema = z.object({
  variantId: z.string().regex(/^wf-[a-z0-9]{6,32}$/, '流程编号无效'),
});

/** POST …/migration: move in-flight rows from one published version to the latest. */
export const workflowMigrationRequestSchema = z
  .object({
    fromVersion: z.number().int().min(1),
    mapping: z.record(z.string().max(40), z.string().max(40)),
    planId: z.string().optional(),
    dryRun: z.boolean(),
  })
  .meta({
    id: 'WorkflowMigrationRequest',
    example: {
      fromVersion: 1,
      mapping: Object.fromEntries(Object.keys(EXTENSION_WORKFLOW.states).map((s) => [s, s])),
      dryRun: true,
    },
  });

export const workflowMigrationResultSchema = z
  .object({
    dryRun: z.boolean(),
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    moves: z.array(
      z.object({ from: z.string(), to: z.string(), count: z.number().int(), assignmentIds: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'WorkflowMigrationResult' });
