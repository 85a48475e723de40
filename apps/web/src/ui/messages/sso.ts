/**
 * Words of single sign-on at the sign-in page: the 统一身份认证 button, and why a sign-in through
 * the platform was refused, by the reason code the server sends back (`/?oidc_error=<code>`).
 */
export const SSO_ZH = {
  'sso.button': '统一身份认证登录',
  'sso.help': '请通过本单位的统一身份认证平台登录。',
  'sso.or': '或使用本系统账号密码登录',
  'sso.error.expired': '登录请求已过期或已使用，请重新点击“统一身份认证登录”。',
  'sso.error.state-mismatch': '登录请求校验未通过，请重新点击“统一身份认证登录”。',
  'sso.error.provider': '统一身份认证平台没有完成登录（可能已取消），请重试。',
  'sso.error.unavailable': '暂时无法连接统一身份认证平台，请稍后重试或联系管理员。',
  'sso.error.missing-claims': '统一身份认证平台没有提供所需的单位、角色或用户名，请联系管理员。',
  'sso.error.unknown-org': '您在统一身份认证平台登记的单位在本系统中不存在，请联系管理员。',
  'sso.error.outside-subtree': '您所在的单位不在本系统的服务范围内，不能登录。',
  'sso.error.bad-role': '您在统一身份认证平台的角色在本系统中没有对应的权限，请联系管理员。',
  'sso.error.disabled': '您的账号已停用，请联系管理员。',
  'sso.error.account-mismatch': '本系统已有同名账号，但不属于您的单位或已关联其他人员，不能自动关联，请联系管理员。',
  'sso.error.not-provisioned': '本系统还没有为您开通账号，请联系管理员。',
  'sso.error.other': '统一身份认证登录未成功，请重试。',
} as const;

export const SSO_EN: Record<keyof typeof SSO_ZH, string> = {
  'sso.button': 'Sign in through the identity platform',
  'sso.help': "Sign in through your organisation's identity platform.",
  'sso.or': 'or sign in with a username and password',
  'sso.error.expired': 'The sign-in request expired or was already used; click the sign-in button again.',
  'sso.error.state-mismatch': 'The sign-in request did not check out; click the sign-in button again.',
  'sso.error.provider': 'The identity platform did not complete the sign-in (perhaps it was cancelled); try again.',
  'sso.error.unavailable': 'The identity platform cannot be reached; try again later or ask an administrator.',
  'sso.error.missing-claims': 'The identity platform did not say your org, role or username; ask an administrator.',
  'sso.error.unknown-org': 'The org the identity platform gives for you does not exist here; ask an administrator.',
  'sso.error.outside-subtree': 'Your org is outside the orgs this system serves; you cannot sign in here.',
  'sso.error.bad-role': 'Your role at the identity platform has no counterpart here; ask an administrator.',
  'sso.error.disabled': 'Your account is disabled; ask an administrator.',
  'sso.error.account-mismatch':
    'An account of that name exists here but belongs to another org or person, so it was not linked; ask an administrator.',
  'sso.error.not-provisioned': 'There is no account for you here yet; ask an administrator.',
  'sso.error.other': 'Signing in through the identity platform did not succeed; try again.',
};
