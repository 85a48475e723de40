import { Route, Router } from '@solidjs/router';
import { type JSX, Match, onMount, Switch } from 'solid-js';
import { AccountsPage } from './features/accounts/accounts-page.tsx';
import { DashboardPage } from './features/dashboard/dashboard-page.tsx';
import { InboxPage } from './features/derivation/inbox-page.tsx';
import { HomePage } from './features/home/home-page.tsx';
import { LedgerPage } from './features/ledger/ledger-page.tsx';
import { NotificationsPage } from './features/notifications/notifications-page.tsx';
import { OrgBrowserPage } from './features/org-browser/org-browser-page.tsx';
import { PlanPage } from './features/plans/plan-page.tsx';
import { PlansPage } from './features/plans/plans-page.tsx';
import { LoginPage } from './features/session/login-page.tsx';
import { account, resumeSession } from './features/session/session.ts';
import { ChangePasswordPage, SetPasswordPage } from './features/session/set-password-page.tsx';
import { SignInsPage } from './features/session/sign-ins-page.tsx';
import { NoticesPage } from './features/supervision-notices/notices-page.tsx';
import { WorkflowEditorPage } from './features/workflows/workflow-editor-page.tsx';
import { WorkflowsPage } from './features/workflows/workflows-page.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { t } from './ui/dictionary.ts';

/** Sign-in first (and a new password after a one-time one); then the shell and its pages. */
export function App(): JSX.Element {
  onMount(() => void resumeSession());
  return (
    <Switch fallback={<div class="boot">{t('app.booting')}</div>}>
      <Match when={account() === null}>
        <LoginPage />
      </Match>
      {/* A one-time password: nothing else until the holder has set their own (the server agrees). */}
      <Match when={account()?.mustChangePassword}>
        <SetPasswordPage />
      </Match>
      <Match when={account()}>
        <Router root={AppShell}>
          <Route path="/" component={HomePage} />
          <Route path="/plans" component={PlansPage} />
          <Route path="/plans/:planId" component={PlanPage} />
          <Route path="/workflows" component={WorkflowsPage} />
          <Route path="/workflows/:variantId" component={WorkflowEditorPage} />
          <Route path="/inbox" component={InboxPage} />
          <Route path="/ledger" component={LedgerPage} />
          <Route path="/dashboard" component={DashboardPage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/supervision-notices" component={NoticesPage} />
          <Route path="/orgs" component={OrgBrowserPage} />
          <Route path="/sign-ins" component={SignInsPage} />
          <Route path="/accounts" component={AccountsPage} />
          <Route path="/password" component={ChangePasswordPage} />
          <Route path="*" component={NotFoundPage} />
        </Router>
      </Match>
    </Switch>
  );
}

function NotFoundPage(): JSX.Element {
  return (
    <div class="empty-state">
      <h2>{t('app.notFound')}</h2>
      <p>
        {t('app.notFoundBefore')}
        <a href="/">{t('nav.home')}</a>
        {t('app.notFoundAfter')}
      </p>
    </div>
  );
}
