/** Why a document could not be imported at all (anything partial goes to `unplaced` instead). */
export type ImportErrorReason = 'empty' | 'binary' | 'tooLarge' | 'noMeasures' | 'unsupportedType' | 'unreadable';

const MESSAGES: Record<ImportErrorReason, string> = {
  empty: '文件为空，没有可导入的内容',
  binary: '文件不是文本：请上传 .txt、.md、.docx 或 .xlsx 文件',
  tooLarge: '文件过大',
  noMeasures: '没有识别到任何编号的工作任务（如“1.”“（一）”）',
  unsupportedType: '不支持的文件类型',
  unreadable: '文件已损坏或无法读取',
};

export class ImportError extends Error {
  constructor(
    readonly reason: ImportErrorReason,
    detail?: string,
    readonly line?: number,
  ) {
    super(`${MESSAGES[reason]}${detail ? `：${detail}` : ''}${line ? `（第 ${line} 行）` : ''}`);
    this.name = 'ImportError';
  }
}
