/**
 * Where a notice is handled: a ledger row's in the ledger; a plan's (a 回头看's carry-over draft,
 * which its owner must check and publish) on the plan's page.
 */
export function noticeHref(notice: { assignmentId: string | null; planId: string | null }): string {
  if (notice.assignmentId) return `/ledger?assignment=${encodeURIComponent(notice.assignmentId)}`;
  return notice.planId ? `/plans/${encodeURIComponent(notice.planId)}` : '/notifications';
}
