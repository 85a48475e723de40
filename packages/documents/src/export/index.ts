export * from './annual-report-section.ts';
export { exportAnnualReportDocx } from './export-annual-report-docx.ts';
export * from './export-ledger-xlsx.ts';
export { exportPlanDocx, type PlanDocxOptions } from './export-plan-docx.ts';
export * from './export-plan-xlsx.ts';
export { exportSupervisionNoticeDocx, type SupervisionNoticeDocument } from './export-supervision-notice-docx.ts';
export * from './ledger-row.ts';
export { planTaskTable, type TaskCell, type TaskColumn, type TaskTable, type TaskTableRow } from './plan-task-table.ts';
