import {
  type OrgChildren,
  type OrgDetail,
  type OrgDto,
  type OrgSearchResult,
  orgSearchQuerySchema,
} from '@cascade/contracts';
import { type Db, getOrg, getOrgAncestors, listChildren, type OrgRecord, searchOrgs } from '@cascade/db';
import { getDepartmentFunction, isTerritorial } from '@cascade/engine';
import { Hono } from 'hono';
import { ProblemError } from '../problem.ts';

function toDto(org: OrgRecord): OrgDto {
  return { ...org, functionLabel: org.function ? getDepartmentFunction(org.function).label : null };
}

function splitChildren(children: OrgRecord[]): OrgChildren {
  return {
    subordinates: children.filter(isTerritorial).map(toDto),
    departments: children.filter((c) => !isTerritorial(c)).map(toDto),
  };
}

/** The org tree: roots, one org with its ancestors, its children, and search. */
export function orgsRoutes(db: Db) {
  return new Hono()
    .get('/', async (c) => {
      const parsed = orgSearchQuerySchema.safeParse({ q: c.req.query('q') ?? '', limit: c.req.query('limit') });
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'q', message: i.message }));
        throw new ProblemError(400, 'validation', '查询参数有误', errors.map((e) => e.message).join('；'), errors);
      }
      const found = await searchOrgs(db, parsed.data.q, { limit: parsed.data.limit });
      const results = await Promise.all(
        found.map(async (org) => ({
          ...toDto(org),
          ancestors: (await getOrgAncestors(db, org.id)).map((a) => a.name),
        })),
      );
      return c.json({ results } satisfies OrgSearchResult);
    })
    .get('/roots', async (c) => c.json(splitChildren(await listChildren(db, null))))
    .get('/:id', async (c) => {
      const org = await getOrg(db, c.req.param('id'));
      const ancestors = await getOrgAncestors(db, org.id);
      return c.json({ org: toDto(org), ancestors: ancestors.map(toDto) } satisfies OrgDetail);
    })
    .get('/:id/children', async (c) => {
      const org = await getOrg(db, c.req.param('id'));
      return c.json(splitChildren(await listChildren(db, org.id)));
    });
}
