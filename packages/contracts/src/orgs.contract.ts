import { z } from 'zod';

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
});
export type OrgDto = z.infer<typeof orgSchema>;

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
