import type { OrgCapabilities } from '@cascade/engine';
import { z } from 'zod';

/** What an org can do, as localization rules read it (docs/DOMAIN.md). */
export const orgCapabilitiesSchema = z
  .object({
    gazette: z.boolean().meta({ description: '编发政府公报' }),
    website: z
      .enum(['own', 'column', 'none'])
      .meta({ description: '政府网站：own 自有门户网站，column 在上级政府网站开设专栏，none 都没有' }),
    normativeDocuments: z.boolean().meta({ description: '制发行政规范性文件' }),
    pressConferences: z.boolean().meta({ description: '举办新闻发布会' }),
  })
  .meta({ id: 'OrgCapabilities' }) satisfies z.ZodType<OrgCapabilities>;

export const orgSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  path: z.string(),
  depth: z.number().int(),
  regionCode: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  fullName: z.string(),
  level: z.enum(['province', 'city', 'county', 'township']),
  kind: z.enum(['government', 'office', 'department', 'section', 'zone']),
  divisionType: z.string().nullable(),
  function: z.string().nullable(),
  functionLabel: z.string().nullable(),
  hasVillages: z.boolean(),
  hasCommunities: z.boolean(),
  villageCount: z.number().int(),
  communityCount: z.number().int(),
  tags: z.array(z.string()),
  /** In effect: the defaults of its level and kind with what an admin set on top. */
  capabilities: orgCapabilitiesSchema,
  /** Only what an admin set (the rest follows the defaults). */
  capabilityOverrides: orgCapabilitiesSchema.partial(),
});
export type OrgDto = z.infer<typeof orgSchema>;

/**
 * PATCH /api/orgs/:id/capabilities — the capabilities an admin sets; null puts one back to the
 * default of the org's level and kind; the ones left out stay as they are.
 */
export const orgCapabilitiesPatchSchema = z
  .object({
    gazette: z.boolean().nullable().optional(),
    website: z.enum(['own', 'column', 'none']).nullable().optional(),
    normativeDocuments: z.boolean().nullable().optional(),
    pressConferences: z.boolean().nullable().optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: '请至少修改一项' })
  .meta({ id: 'OrgCapabilitiesPatch', example: { gazette: false, website: null } });
export type OrgCapabilitiesPatch = z.infer<typeof orgCapabilitiesPatchSchema>;

/** POST /api/orgs/:id/sections and PATCH /api/orgs/:id/sections/:sectionId — a 股室's name. */
export const sectionNameSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, '请填写股室名称')
      .max(30, '股室名称不能超过 30 个字')
      .refine((name) => !/\s/.test(name), '股室名称不能含空格'),
  })
  .meta({ id: 'SectionName', example: { name: '行政复议与应诉股' } });

/** GET /api/orgs/:id */
export const orgDetailSchema = z.object({ org: orgSchema, ancestors: z.array(orgSchema) });
export type OrgDetail = z.infer<typeof orgDetailSchema>;

/** GET /api/orgs/:id/children and /api/orgs/roots */
export const orgChildrenSchema = z.object({
  /** Governments and zones below the org. */
  subordinates: z.array(orgSchema),
  /** Its office and departments. */
  departments: z.array(orgSchema),
});
export type OrgChildren = z.infer<typeof orgChildrenSchema>;

/** GET /api/orgs?q=博罗&limit=20 */
export const orgSearchQuerySchema = z.object({
  q: z.string().trim().min(1, '请输入名称或区划代码').max(50, '查询词不能超过 50 个字'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const orgSearchResultSchema = z.object({
  results: z.array(orgSchema.extend({ ancestors: z.array(z.string()) })),
});
export type OrgSearchResult = z.infer<typeof orgSearchResultSchema>;

/** GET /api/health */
export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });
export type Health = z.infer<typeof healthSchema>;
