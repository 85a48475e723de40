import type { Account, DatabaseHandle } from '@cascade/db';
import type { Clock, WorkflowRegistry } from '@cascade/engine';
import type { OidcRelyingParty } from '../auth/oidc-client.ts';
import type { JobRunner } from '../jobs/job-runner.ts';

/** What every route needs, built once at boot (tests build their own). */
export type AppDeps = {
  /** The primary: every write, and every read that is not a heavy one of the ledger, dashboard or exports. */
  database: DatabaseHandle;
  /**
   * A streaming replica of `database` (DATABASE_READ_URL), opened read-only: the ledger, dashboard
   * and export reads go there unless the session's own latest write has not reached it yet
   * (`readDatabase` in `read-replica.ts`). None: everything on `database`.
   */
  readReplica?: DatabaseHandle | undefined;
  workflows: WorkflowRegistry;
  jobs: JobRunner;
  /**
   * The working day (YYYY-MM-DD in China) every use case counts from: lights, escalation,
   * publishing, feedback windows, 回头看, a document's missing year. The demo's day on the demo.
   */
  today: Clock;
  /** Cookies get `Secure` when served over HTTPS. */
  secureCookies: boolean;
  /** Read the client's address from X-Forwarded-For (a trusted reverse proxy sets it); else the socket's. */
  trustProxy: boolean;
  webDist?: string | undefined;
  /** Password sign-in at POST /api/auth/login (PASSWORD_SIGNIN); on unless false. */
  passwordSignIn?: boolean;
  /** Single sign-on through the identity platform (OIDC_*); none when unset. */
  oidc?: OidcRelyingParty | undefined;
};

/** Per-request values set by the session middleware. */
/** `sessionId`: the stored id (hash) of the session the request came with, to keep or list it. */
/**
 * `readAfterLsn`: the primary's WAL position after the session's latest write (with a replica);
 * `observedWrites`: a GET that saw writes made for the session in the background (a finished job),
 * recorded like a write of its own so that its next reads see them.
 */
export type AppEnv = {
  Variables: {
    account?: Account;
    csrfToken?: string;
    sessionId?: string;
    readAfterLsn?: string | null;
    observedWrites?: boolean;
  };
};
