/**
 * The implementation summary of one plan, as the 政府信息公开工作年度报告 section needs it
 * (任务分工落实情况): counts by state, what is overdue, and what 回头看 reopened for rectification.
 * Plain data: @cascade/db summarizes a plan into it, @cascade/documents renders it (Markdown, .docx).
 */
export type AnnualReportSection = {
  orgName: string;
  year: number;
  planTitle: string;
  /** The day the figures are as of (YYYY-MM-DD). */
  asOf: string;
  total: number;
  /** Each state with its label and count, in lifecycle order. */
  byState: { state: string; label: string; count: number }[];
  /** Assignments verified or closed (已核验、已销号). */
  done: number;
  overdue: { itemLabel: string; itemText: string; orgName: string; dueOn: string; stateLabel: string }[];
  rectifications: {
    itemLabel: string;
    itemText: string;
    orgName: string;
    stateLabel: string;
    carriedInto: string | null;
  }[];
  /** 台账反馈 of subordinates, when the plan asked for it. */
  feedback: { total: number; fedBack: number } | null;
};
