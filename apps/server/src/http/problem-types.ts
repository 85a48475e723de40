/**
 * Every problem the API can answer with: a stable `type` (what clients switch on) and its title in
 * Chinese (the default) and English (chosen by Accept-Language). The `detail` says what exactly.
 */
export const PROBLEM_TYPES = {
  validation: { status: 400, zh: '请求参数有误', en: 'The request is not valid' },
  'bad-request': { status: 400, zh: '请求格式有误', en: 'The request is malformed' },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please sign in' },
  'login-failed': { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  forbidden: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  'password-change-required': {
    status: 403,
    zh: '请先设置新密码',
    en: 'Set a new password first',
  },
  'password-sign-in-off': {
    status: 403,
    zh: '密码登录已关闭，请使用统一身份认证登录',
    en: 'Password sign-in is switched off; sign in through the identity platform',
  },
  csrf: { status: 403, zh: '请求校验失败，请刷新页面后重试', en: 'Missing or wrong CSRF token; reload the page' },
  'not-found': { status: 404, zh: '资源不存在', en: 'Not found' },
  'account-not-found': { status: 404, zh: '账号不存在', en: 'No such account' },
  'session-not-found': { status: 404, zh: '会话不存在或已结束', en: 'No such session, or it has ended' },
  'org-not-found': { status: 404, zh: '单位不存在', en: 'No such org' },
  'plan-not-found': { status: 404, zh: '方案不存在', en: 'No such plan' },
  'item-not-found': { status: 404, zh: '事项不存在', en: 'No such item' },
  'assignment-not-found': { status: 404, zh: '任务分工不存在', en: 'No such assignment' },
  'workflow-variant-not-found': { status: 404, zh: '流程不存在', en: 'No such workflow' },
  'evidence-not-found': { status: 404, zh: '佐证材料不存在', en: 'No such evidence file' },
  'job-not-found': { status: 404, zh: '后台任务不存在', en: 'No such job' },
  'method-not-allowed': { status: 405, zh: '不支持此请求方法', en: 'Method not allowed' },
  conflict: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'Someone else changed this; reload and retry' },
  'transition-not-allowed': { status: 409, zh: '当前状态下不能执行此操作', en: 'Not possible in the current state' },
  'already-derived': { status: 409, zh: '方案已经分解过', en: 'This plan was already derived' },
  'username-taken': { status: 409, zh: '用户名已被使用', en: 'This username is taken' },
  'org-in-use': { status: 409, zh: '单位仍在使用，不能删除', en: 'The org is still in use and cannot be removed' },
  'payload-too-large': { status: 413, zh: '文件或请求体过大', en: 'The file or request body is too large' },
  'unsupported-media-type': { status: 415, zh: '不支持的文件类型', en: 'Unsupported file type' },
  'transition-refused': { status: 422, zh: '不满足办理条件', en: 'A condition of this step is not met' },
  'idempotency-key-reused': {
    status: 422,
    zh: '该幂等键已用于另一项操作',
    en: 'This idempotency key was already used for another request',
  },
  'import-failed': { status: 422, zh: '文件无法导入', en: 'The document cannot be imported' },
  'publish-refused': { status: 422, zh: '方案不能发布', en: 'The plan cannot be published' },
  'derivation-refused': { status: 422, zh: '不能分解', en: 'The plan cannot be derived' },
  'org-edit-refused': { status: 422, zh: '单位信息不能这样修改', en: 'The org cannot be changed this way' },
  'outline-refused': { status: 422, zh: '大纲不能这样调整', en: 'The outline cannot be changed this way' },
  'account-change-refused': { status: 422, zh: '账号不能这样修改', en: 'The account cannot be changed this way' },
  'account-import-refused': {
    status: 422,
    zh: '账号表有误，未创建任何账号',
    en: 'The account sheet has faults; no account was created',
  },
  'password-refused': { status: 422, zh: '密码不符合要求', en: 'The password is not accepted' },
  refused: { status: 422, zh: '无法执行此操作', en: 'This cannot be done' },
  'too-many-attempts': { status: 429, zh: '尝试次数过多，请稍后再试', en: 'Too many attempts; try again later' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  'database-unavailable': {
    status: 503,
    zh: '数据库暂时不可用，请稍后重试',
    en: 'The database is unavailable; retry shortly',
  },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;
