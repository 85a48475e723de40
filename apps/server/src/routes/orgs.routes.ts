import {
  type OrgChildren,
  type OrgDto,
  orgCapabilitiesPatchSchema,
  orgChildrenSchema,
  orgDetailSchema,
  orgSchema,
  orgSearchQuerySchema,
  orgSearchResultSchema,
  sectionNameSchema,
} from '@cascade/contracts';
import {
  addSection,
  getOrg,
  getOrgAncestors,
  listChildren,
  type OrgRecord,
  removeSection,
  renameSection,
  searchOrgs,
  setOrgCapabilities,
} from '@cascade/db';
import { capabilitiesOf, functionLabelOf, isTerritorial } from '@cascade/engine';
import { createRoute, z } from '@hono/zod-openapi';
import { allow } from '../auth/authorize.ts';
import { apiRouter } from '../http/api-router.ts';
import type { AppDeps } from '../http/app-env.ts';
import { json, problems, SIGNED_IN } from '../http/openapi.ts';

function toDto(org: OrgRecord): OrgDto {
  const { capabilities: overrides, ...rest } = org;
  return {
    ...rest,
    functionLabel: functionLabelOf(org),
    capabilities: capabilitiesOf(org),
    capabilityOverrides: overrides ?? {},
  };
}

function splitChildren(children: OrgRecord[]): OrgChildren {
  return {
    subordinates: children.filter(isTerritorial).map(toDto),
    departments: children.filter((c) => !isTerritorial(c)).map(toDto),
  };
}

const orgIdParam = z.object({ id: z.string().min(1).max(64).meta({ example: '441322' }) });
const sectionParam = orgIdParam.extend({
  id: z.string().min(1).max(64).meta({ example: '441322-justice' }),
  sectionId: z.string().min(1).max(80).meta({ example: '441322-justice-s1' }),
});
const tags = ['组织机构'];
const EDIT_PROBLEMS = ['forbidden', 'csrf', 'org-not-found', 'org-edit-refused'] as const;

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

const capabilities = createRoute({
  method: 'patch',
  path: '/{id}/capabilities',
  tags,
  summary: '修改单位的能力（政府公报、网站、规范性文件、新闻发布会）；null 恢复本级默认',
  description:
    '分解方案时，本地化规则按单位的能力删去、改为配合或改写它做不到的任务。只有管理员可以修改，且只能修改本单位及下级单位；每次修改记入事件日志。',
  security: SIGNED_IN,
  request: {
    params: orgIdParam,
    body: { required: true, content: { 'application/json': { schema: orgCapabilitiesPatchSchema } } },
  },
  responses: { 200: json(orgSchema, '修改后的单位'), ...problems(...EDIT_PROBLEMS) },
});
const addSectionRoute = createRoute({
  method: 'post',
  path: '/{id}/sections',
  tags,
  summary: '在部门下新增股室（科室）',
  description: '股室与部门同级，编号为“部门编号-s序号”。只有管理员可以新增，且只能在本单位及下级单位。',
  security: SIGNED_IN,
  request: {
    params: orgIdParam.extend({ id: z.string().min(1).max(64).meta({ example: '441322-justice' }) }),
    body: { required: true, content: { 'application/json': { schema: sectionNameSchema } } },
  },
  responses: { 201: json(orgSchema, '新增的股室'), ...problems(...EDIT_PROBLEMS) },
});
const renameSectionRoute = createRoute({
  method: 'patch',
  path: '/{id}/sections/{sectionId}',
  tags,
  summary: '股室改名（编号、任务分工和账号不变）',
  security: SIGNED_IN,
  request: {
    params: sectionParam,
    body: { required: true, content: { 'application/json': { schema: sectionNameSchema } } },
  },
  responses: { 200: json(orgSchema, '改名后的股室'), ...problems(...EDIT_PROBLEMS) },
});
const removeSectionRoute = createRoute({
  method: 'delete',
  path: '/{id}/sections/{sectionId}',
  tags,
  summary: '删除股室（仍有任务分工、账号或方案时不能删除）',
  security: SIGNED_IN,
  request: { params: sectionParam },
  responses: { 204: { description: '已删除' }, ...problems(...EDIT_PROBLEMS, 'org-in-use') },
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
    })
    .openapi(capabilities, async (c) => {
      const org = await getOrg(db, c.req.valid('param').id);
      const principal = allow(c, 'org.edit', { orgPath: org.path });
      const changed = await setOrgCapabilities(db, {
        orgId: org.id,
        change: c.req.valid('json'),
        actor: principal.userId,
      });
      return c.json(toDto(changed), 200);
    })
    .openapi(addSectionRoute, async (c) => {
      const department = await getOrg(db, c.req.valid('param').id);
      const principal = allow(c, 'org.edit', { orgPath: department.path });
      const { name } = c.req.valid('json');
      const section = await addSection(db, { departmentId: department.id, name, actor: principal.userId });
      return c.json(toDto(section), 201);
    })
    .openapi(renameSectionRoute, async (c) => {
      const { id, sectionId } = c.req.valid('param');
      const department = await getOrg(db, id);
      const principal = allow(c, 'org.edit', { orgPath: department.path });
      const { name } = c.req.valid('json');
      const section = await renameSection(db, {
        departmentId: department.id,
        sectionId,
        name,
        actor: principal.userId,
      });
      return c.json(toDto(section), 200);
    })
    .openapi(removeSectionRoute, async (c) => {
      const { id, sectionId } = c.req.valid('param');
      const department = await getOrg(db, id);
      const principal = allow(c, 'org.edit', { orgPath: department.path });
      await removeSection(db, { departmentId: department.id, sectionId, actor: principal.userId });
      return c.body(null, 204);
    });
}
