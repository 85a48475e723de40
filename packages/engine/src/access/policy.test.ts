import { describe, expect, it } from 'vitest';
import { allowsByRelation, authorize, type Relation, relationOf } from './policy.ts';
import { type Principal, ROLES, type Role } from './roles.ts';

const BOLUO = '/440000/441300/441322/';
const JUSTICE = `${BOLUO}441322-justice/`;
const as = (role: Role, orgPath = BOLUO): Principal => ({ userId: 'u', orgId: 'x', orgPath, role });

describe('access by org subtree', () => {
  it('relates orgs by path: own, below, above, elsewhere', () => {
    const p = as('reporter');
    expect(relationOf(p, BOLUO)).toBe('self');
    expect(relationOf(p, JUSTICE)).toBe('descendant');
    expect(relationOf(p, '/440000/441300/')).toBe('ancestor');
    expect(relationOf(p, '/440000/441300/441303/')).toBe('other');
    // 4413 is a prefix of 441322 as text, but not as a path.
    expect(relationOf(as('reporter', '/440000/4413/'), BOLUO)).toBe('other');
  });

  it('lets a supervisor verify below its org but never its own unit', () => {
    expect(authorize(as('supervisor'), 'assignment.verify', { orgPath: JUSTICE })).toEqual({ allowed: true });
    expect(authorize(as('supervisor'), 'assignment.verify', { orgPath: BOLUO })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('本单位'),
    });
    expect(authorize(as('supervisor'), 'assignment.verify', { orgPath: '/440000/441300/' })).toMatchObject({
      allowed: false,
    });
  });

  it('lets only the unit itself report, whatever the role above it', () => {
    expect(authorize(as('reporter', JUSTICE), 'assignment.report', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('admin'), 'assignment.report', { orgPath: JUSTICE }).allowed).toBe(false);
    expect(authorize(as('reporter'), 'assignment.report', { orgPath: JUSTICE }).allowed).toBe(false);
  });

  it('splits plan editing: authors their templates, derivers their derived plans', () => {
    expect(authorize(as('author'), 'plan.edit', { orgPath: BOLUO, plan: 'template' }).allowed).toBe(true);
    expect(authorize(as('author'), 'plan.edit', { orgPath: BOLUO, plan: 'derived' }).allowed).toBe(false);
    expect(authorize(as('deriver'), 'plan.edit', { orgPath: BOLUO, plan: 'derived' }).allowed).toBe(true);
    expect(authorize(as('deriver'), 'plan.edit', { orgPath: JUSTICE, plan: 'derived' }).allowed).toBe(false);
    expect(authorize(as('admin'), 'plan.edit', { orgPath: JUSTICE, plan: 'derived' }).allowed).toBe(true);
  });

  it("lets only the owner org's author or admin start or close its plan (开始执行, 年度收官)", () => {
    for (const plan of ['template', 'derived'] as const) {
      expect(authorize(as('author'), 'plan.lifecycle', { orgPath: BOLUO, plan }).allowed).toBe(true);
      expect(authorize(as('admin'), 'plan.lifecycle', { orgPath: BOLUO, plan }).allowed).toBe(true);
    }
    expect(authorize(as('admin'), 'plan.lifecycle', { orgPath: JUSTICE })).toEqual({
      allowed: false,
      reason: '只能对本单位的方案开始执行或年度收官',
    });
    expect(authorize(as('author'), 'plan.lifecycle', { orgPath: '/440000/441300/' }).allowed).toBe(false);
    for (const role of ['deriver', 'reporter', 'supervisor'] as const)
      expect(authorize(as(role), 'plan.lifecycle', { orgPath: BOLUO }).allowed).toBe(false);
  });

  it('shows superior plans to subordinates but not plans of another branch', () => {
    expect(authorize(as('reporter', JUSTICE), 'plan.read', { orgPath: '/440000/441300/' }).allowed).toBe(true);
    expect(authorize(as('author'), 'plan.read', { orgPath: '/440000/441300/441303/' })).toMatchObject({
      allowed: false,
      reason: expect.any(String),
    });
  });

  it('shows the 督办/约谈 list to supervision over its own subtree only', () => {
    expect(authorize(as('supervisor'), 'escalation.read', { orgPath: BOLUO }).allowed).toBe(true);
    expect(authorize(as('admin'), 'escalation.read', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('reporter'), 'escalation.read', { orgPath: BOLUO }).allowed).toBe(false);
    expect(authorize(as('supervisor'), 'escalation.read', { orgPath: '/440000/441300/' }).allowed).toBe(false);
  });

  it('shows failed sign-ins to admins over their own subtree only', () => {
    expect(authorize(as('admin'), 'loginFailure.read', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('admin'), 'loginFailure.read', { orgPath: '/440000/441300/' }).allowed).toBe(false);
    expect(authorize(as('supervisor'), 'loginFailure.read', { orgPath: BOLUO }).allowed).toBe(false);
  });

  it('lets admins change the org facts of their own subtree only (capabilities, 股室)', () => {
    expect(authorize(as('admin'), 'org.edit', { orgPath: BOLUO }).allowed).toBe(true);
    expect(authorize(as('admin'), 'org.edit', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('admin'), 'org.edit', { orgPath: '/440000/441300/441303/' })).toEqual({
      allowed: false,
      reason: '只能修改本单位及下级单位的信息',
    });
    expect(authorize(as('admin'), 'org.edit', { orgPath: '/440000/441300/' }).allowed).toBe(false);
    for (const role of ['author', 'deriver', 'reporter', 'supervisor'] as const)
      expect(authorize(as(role), 'org.edit', { orgPath: BOLUO }).allowed).toBe(false);
  });

  it('lets admins manage the accounts of their own org and below, never above or beside', () => {
    expect(authorize(as('admin'), 'account.manage', { orgPath: BOLUO }).allowed).toBe(true);
    expect(authorize(as('admin'), 'account.manage', { orgPath: JUSTICE }).allowed).toBe(true);
    expect(authorize(as('admin'), 'account.manage', { orgPath: '/440000/441300/441323/' })).toEqual({
      allowed: false,
      reason: '只能管理本单位及下级单位的账号',
    });
    expect(authorize(as('admin'), 'account.manage', { orgPath: '/440000/441300/' }).allowed).toBe(false);
    for (const role of ['author', 'deriver', 'reporter', 'supervisor'] as const)
      expect(authorize(as(role), 'account.manage', { orgPath: JUSTICE }).allowed).toBe(false);
  });
});

describe('the rules asked by relation (how a list applies them in one query)', () => {
  const ACTIONS = ['plan.read', 'plan.edit', 'plan.publish', 'plan.derive', 'plan.cascade', 'assignment.urge'] as const;
  const WHERE = { self: BOLUO, descendant: JUSTICE, ancestor: '/440000/441300/', other: '/440000/441300/441303/' };
  it('answers as authorize does on an org standing so, for every role, action and kind of plan', () => {
    for (const role of ROLES)
      for (const action of ACTIONS)
        for (const [relation, orgPath] of Object.entries(WHERE) as [Relation, string][])
          for (const plan of ['template', 'derived'] as const)
            expect([role, action, relation, plan, allowsByRelation(role, action, relation, { plan })]).toEqual([
              role,
              action,
              relation,
              plan,
              authorize(as(role), action, { orgPath, plan }).allowed,
            ]);
  });
});
