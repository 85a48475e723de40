import { OIDC_REFUSALS } from '@cascade/contracts';
import { describe, expect, it } from 'vitest';
import { SSO_EN, SSO_ZH } from './sso.ts';

describe('single sign-on refusals', () => {
  it('has a message in both languages for every reason the server sends back', () => {
    for (const reason of OIDC_REFUSALS) {
      expect(SSO_ZH, reason).toHaveProperty([`sso.error.${reason}`]);
      expect(SSO_EN, reason).toHaveProperty([`sso.error.${reason}`]);
    }
  });
});
