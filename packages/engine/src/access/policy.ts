import type { Principal, Role } from './roles.ts';

/** Everything the API guards, named by what the user does. */
export type Action =
  | 'org.read'
  | 'org.edit'
  | 'plan.read'
  | 'plan.create'
  | 'plan.edit'
  | 'plan.publish'
  | 'plan.lifecycle'
  | 'plan.derive'
  | 'plan.cascade'
  | 'ledger.read'
  | 'assignment.report'
  | 'assignment.verify'
  | 'assignment.return'
  | 'assignment.urge'
  | 'rollup.read'
  | 'lookback.run'
  | 'escalation.read'
  | 'notice.issue'
  | 'notice.read'
  | 'notice.respond'
  | 'notice.close'
  | 'loginFailure.read'
  | 'account.manage'
  | 'workflow.design';

/** Where the target sits: the org that owns it (a plan's owner, an assignment's unit). */
export type AccessTarget = { orgPath: string; plan?: 'template' | 'derived' };

/** How the target's org relates to the principal's: the one fact every rule below reads. */
export type Relation = 'self' | 'descendant' | 'ancestor' | 'other';

export type Decision = { allowed: true } | { allowed: false; reason: string };

export function relationOf(principal: Pick<Principal, 'orgPath'>, targetPath: string): Relation {
  if (targetPath === principal.orgPath) return 'self';
  if (targetPath.startsWith(principal.orgPath)) return 'descendant';
  if (principal.orgPath.startsWith(targetPath)) return 'ancestor';
  return 'other';
}

type Rule = (role: Role, relation: Relation, target: AccessTarget) => string | null;

const IN_SUBTREE = '只能访问本单位及下级单位的数据';
const inSubtree = (relation: Relation) => relation === 'self' || relation === 'descendant';

/** Each action's rule: null when allowed, else the reason shown to the user. */
const RULES: Record<Action, Rule> = {
  // The org directory is the map everyone works on; it holds nothing of any branch's work.
  'org.read': () => null,
  // What the tree says of an org (its capabilities, its 股室) is set by the admins above or at it.
  'org.edit': (role, relation) =>
    role !== 'admin'
      ? '只有管理员可以修改单位信息（能力、股室）'
      : inSubtree(relation)
        ? null
        : '只能修改本单位及下级单位的信息',
  // Superior plans are issued to their subordinates: readable down and up the branch.
  'plan.read': (_role, relation) => (relation === 'other' ? '只能查看本单位、上级和下级单位的方案' : null),
  'plan.create': (role, relation) =>
    role === 'admin'
      ? inSubtree(relation)
        ? null
        : IN_SUBTREE
      : role !== 'author' && role !== 'deriver'
        ? '只有方案起草或分解人员可以新建方案'
        : relation !== 'self'
          ? '只能为本单位新建方案'
          : null,
  'plan.edit': editOwnPlan,
  'plan.publish': editOwnPlan,
  // 开始执行, 年度收官: the owner org's act on its own plan, by its drafting office or its admin
  // (not an admin above it: closing the year is the owner's word, as reporting is the unit's).
  'plan.lifecycle': (role, relation) =>
    role !== 'admin' && role !== 'author'
      ? '只有方案起草人员或管理员可以开始执行或年度收官'
      : relation === 'self'
        ? null
        : '只能对本单位的方案开始执行或年度收官',
  'plan.derive': (role, relation) =>
    role === 'admin'
      ? inSubtree(relation)
        ? null
        : IN_SUBTREE
      : role !== 'deriver'
        ? '只有方案分解人员可以分解上级方案'
        : relation !== 'self'
          ? '只能为本单位分解方案'
          : null,
  'plan.cascade': editOwnPlan,
  'ledger.read': (_role, relation) => (inSubtree(relation) ? null : IN_SUBTREE),
  'rollup.read': (_role, relation) => (inSubtree(relation) ? null : IN_SUBTREE),
  // Reporting is the unit's own word: nobody, not even an admin, reports in another unit's name.
  'assignment.report': (role, relation) =>
    role !== 'reporter' ? '只有任务报送人员可以报送' : relation !== 'self' ? '只能报送本单位承担的任务' : null,
  'assignment.verify': superviseBelow,
  // 流程设计: an office's own variants, designed by its authors (or an admin of the branch).
  'workflow.design': (role, relation) =>
    role === 'admin'
      ? inSubtree(relation)
        ? null
        : IN_SUBTREE
      : role !== 'author'
        ? '只有方案起草人员可以设计流程'
        : relation !== 'self'
          ? '只能设计本单位的流程'
          : null,
  'assignment.return': superviseBelow,
  'assignment.urge': superviseBelow,
  'lookback.run': (role, relation) =>
    role !== 'supervisor' && role !== 'admin'
      ? '只有督查核验人员可以开展回头看'
      : inSubtree(relation)
        ? null
        : IN_SUBTREE,
  // The 督办/约谈 list names units for a talk with their superior: supervision's own list.
  'escalation.read': (role, relation) =>
    role !== 'supervisor' && role !== 'admin'
      ? '只有督查核验人员可以查看督办、约谈名单'
      : inSubtree(relation)
        ? null
        : IN_SUBTREE,
  // 督办单 / 约谈 (the target is the addressed unit): issued from above like a 督办, never to oneself.
  'notice.issue': superviseBelow,
  // Read by the unit it is addressed to and by the offices above it (the issuer among them).
  'notice.read': (_role, relation) => (inSubtree(relation) ? null : '只能查看发给本单位或下级单位的督办单、约谈通知'),
  // Signed for and answered by the addressed unit itself, in its own name.
  'notice.respond': (role, relation) =>
    relation !== 'self'
      ? '只能签收、答复发给本单位的督办单、约谈通知'
      : role === 'author' || role === 'deriver'
        ? '只有任务报送、督查核验人员或管理员可以签收、答复督办单'
        : null,
  // Closed (or sent back) by the issuing office (the target here is the issuer).
  'notice.close': (role, relation) =>
    role !== 'supervisor' && role !== 'admin'
      ? '只有督查核验人员可以办结或退回督办单、约谈通知'
      : relation === 'self'
        ? null
        : '只能办结本单位发出的督办单、约谈通知',
  // Who failed to sign in to which account, from where: account administration's own concern.
  'loginFailure.read': (role, relation) =>
    role !== 'admin' ? '只有管理员可以查看登录失败记录' : inSubtree(relation) ? null : IN_SUBTREE,
  // Accounts of the own org and below: created, changed, disabled, reset, and their history read.
  'account.manage': (role, relation) =>
    role !== 'admin' ? '只有管理员可以管理账号' : inSubtree(relation) ? null : '只能管理本单位及下级单位的账号',
};

function editOwnPlan(role: Role, relation: Relation, target: AccessTarget): string | null {
  if (role === 'admin') return inSubtree(relation) ? null : IN_SUBTREE;
  if (role === 'author') {
    if (target.plan === 'derived') return '起草人员只能修改本单位起草的模板，分解方案由方案分解人员处理';
    return relation === 'self' ? null : '只能修改本单位的方案';
  }
  if (role === 'deriver') {
    if (target.plan === 'template') return '分解人员只能修改本单位的分解方案';
    return relation === 'self' ? null : '只能修改本单位的方案';
  }
  return '只有方案起草或分解人员可以修改方案';
}

// A unit never verifies its own report: supervision reaches strictly below the own org.
function superviseBelow(role: Role, relation: Relation): string | null {
  if (role !== 'supervisor' && role !== 'admin') return '只有督查核验人员可以核验、退回或督办';
  if (relation === 'self') return '不能核验、退回或督办本单位自己的任务';
  return relation === 'descendant' ? null : '只能督办本单位下级单位的任务';
}

/** Whether `principal` may do `action` on `target`, and if not, why (zh-CN, shown as is). */
export function authorize(principal: Principal, action: Action, target: AccessTarget): Decision {
  const reason = RULES[action](principal.role, relationOf(principal, target.orgPath), target);
  return reason === null ? { allowed: true } : { allowed: false, reason };
}

/**
 * The same rule asked by relation instead of by org: whether a role may do `action` on any target
 * that stands so to its org. A list's query asks once per relation and applies the answers to
 * every row, so it shows what `authorize` would allow row by row.
 */
export function allowsByRelation(
  role: Role,
  action: Action,
  relation: Relation,
  target: Omit<AccessTarget, 'orgPath'> = {},
): boolean {
  return RULES[action](role, relation, { ...target, orgPath: '' }) === null;
}
