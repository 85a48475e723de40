import {
  type OrgChildren,
  type OrgDto,
  orgChildrenSchema,
  orgDetailSchema,
  orgSearchQuerySchema,
  orgSearchResultSchema,
} from '@cascade/contracts';
import { getOrg, getOrgAncestors, listChildren, type OrgRecord, searchOrgs } from '@cascade/db';
import { functionLabelOf, isTerritorial } from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import { allow } from '../auth/authorize.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';

function toDto(org: OrgRecord): OrgDto {
  return { ...org, functionLabel: functionLabelOf(org) };
}

function splitChildren(children: OrgRecord[]): OrgChildren {
  return {
    subordinates: children.filter(isTerritorial).map(toDto),
    departments: children.filter((c) => !isTerritorial(c)).map(toDto),
  };
}

const orgIdParam = z.object({ id: z.string().min(1).max(64).meta({ example: '441322' }) });
const tags = ['组织机构'];

const search = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: '按名称或区划代码查找单位',
  security: SIGNED_IN,
  request: { query: orgSearchQuerySchema },
  responses: { 200: json(orgSearchResultSchema, '匹配的单位及其上级'), ...problems() },
});
const roots = createRoute({
  method: 'get',
  path: '/roots',
  tags,
  summary: '省级单位（组织机构树的根）',
  security: SIGNED_IN,
  responses: { 200: json(orgChildrenSchema, '各省'), ...problems() },
});
const one = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: '一个单位及其上级链',
  security: SIGNED_IN,
  request: { params: orgIdParam },
  responses: { 200: json(orgDetailSchema, '单位'), ...problems('org-not-found') },
});
const children = createRoute({
  method: 'get',
  path: '/{id}/children',
  tags,
  summary: '下级政府与本级部门',
  security: SIGNED_IN,
  request: { params: orgIdParam },
  responses: { 200: json(orgChildrenSchema, '下级'), ...problems('org-not-found') },
});

/** The org tree: the directory everyone works on (readable by every signed-in user). */
export function orgsRoutes({ database }: AppDeps) {
  const db = database.db;
  return apiRouter()
    .openapi(search, async (c) => {
      allow(c, 'org.read', { orgPath: '/' });
      const { q, limit } = c.req.valid('query');
      const found = await searchOrgs(db, q, { limit });
      const results = await Promise.all(
        found.map(async (org) => ({
          ...toDto(org),
          ancestors: (await getOrgAncestors(db, org.id)).map((a) => a.name),
        })),
      );
      return c.json({ results }, 200);
    })
    .openapi(roots, async (c) => {
      allow(c, 'org.read', { orgPath: '/' });
      return c.json(splitChildren(await listChildren(db, null)), 200);
    })
    .openapi(one, async (c) => {
      allow(c, 'org.read', { orgPath: '/' });
      const org = await getOrg(db, c.req.valid('param').id);
      const ancestors = await getOrgAncestors(db, org.id);
      return c.json({ org: toDto(org), ancestors: ancestors.map(toDto) }, 200);
    })
    .openapi(children, async (c) => {
      allow(c, 'org.read', { orgPath: '/' });
      const org = await getOrg(db, c.req.valid('param').id);
      return c.json(splitChildren(await listChildren(db, org.id)), 200);
    });
}
