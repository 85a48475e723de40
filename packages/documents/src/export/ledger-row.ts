import type { Light, UnitRole } from '@cascade/engine';

/**
 * One row of the ledger (台账): one task × one unit × one role (× one period for recurring tasks),
 * as the supervisor exports it to Excel. Values are the domain's; the exporter prints them in
 * Chinese (lead → 牵头, reported → 已报送, red → 红).
 */
export type LedgerRow = {
  /** 序号 */
  number: number;
  /** 工作任务: the headings above the measure, from the top ("一、…", "（一）…"). */
  taskPath: string[];
  /** 具体措施, with its label ("3.规范…"). */
  measure: string;
  /** 单位: the unit's name. */
  unit: string;
  /** 角色: 牵头 / 责任 / 配合. */
  role: UnitRole;
  /** 状态: the workflow's state name (printed in words by its variant's label: 已报送, 初审). */
  state: string;
  /** The state in words where the row's variant is a designed one (its own label); else the built-in label. */
  stateLabel?: string;
  /** 期次 of a recurring task ('2022-Q1'); empty or absent for one-off tasks. */
  period?: string;
  /** 完成时限 as the plan writes it (2022年底前, 每个季度). */
  deadline: string;
  /** 到期日, YYYY-MM-DD; null when the deadline has no date (长期). */
  due: string | null;
  /** 亮灯 */
  light: Light;
  /** 最近报送: YYYY-MM-DD or an ISO timestamp; null before the first report. */
  lastReportedAt: string | null;
  /** 核验意见: the verifier's latest comment (or the reason a report was returned). */
  reviewComment: string | null;
};

export const ROLE_LABELS: Record<UnitRole, string> = { lead: '牵头', responsible: '责任', cooperate: '配合' };

export const LIGHT_LABELS: Record<Light, string> = { green: '绿', yellow: '黄', red: '红', none: '' };
