import { DomainError } from '@cascade/engine';

/** Why a document could not be imported at all (anything partial goes to `unplaced` instead). */
export type ImportErrorReason =
  | 'empty'
  | 'binary'
  | 'tooLarge'
  | 'noMeasures'
  | 'noYear'
  | 'unsupportedType'
  | 'unreadable';

const MESSAGES: Record<ImportErrorReason, [zh: string, en: string]> = {
  empty: ['文件为空，没有可导入的内容', 'the file is empty'],
  binary: ['文件不是文本：请上传 .txt、.md、.docx 或 .xlsx 文件', 'the file is not text'],
  tooLarge: ['文件过大', 'the file is too large'],
  noMeasures: [
    '没有识别到任何编号的工作任务（如“1.”“（一）”）',
    'no numbered measure (such as "1." or "（一）") was found',
  ],
  noYear: [
    '文件的标题、文号和日期都没有写明计划年度，请填写计划年度（如 2022）',
    'neither the title, the document number nor the date names the plan year: give the year (such as 2022)',
  ],
  unsupportedType: ['不支持的文件类型', 'unsupported file type'],
  unreadable: ['文件已损坏或无法读取', 'the file is damaged or cannot be read'],
};

export type ImportErrorDetails = {
  /** What exactly, in Chinese for the user: "12.3 MB，上限 8 MB". */
  detail?: string;
  /** The same in English, where it names something a reader needs (a limit): "12.3 MB, limit 8 MB". */
  detailEn?: string;
  /** 1-based line the problem is at, when there is one. */
  line?: number;
  file?: string;
};

/**
 * A document that cannot be imported at all, with a reason a caller can switch on and a message
 * in Chinese and English naming the file and line where that helps.
 */
export class ImportError extends DomainError {
  readonly reason: ImportErrorReason;
  readonly line: number | undefined;
  readonly file: string | undefined;
  /** The message in English, for a reader who asked for it (the API's Accept-Language). */
  declare readonly english: string;

  constructor(reason: ImportErrorReason, details: ImportErrorDetails = {}) {
    const [zh, en] = MESSAGES[reason];
    const where = [details.file, details.line ? `第 ${details.line} 行` : undefined].filter(Boolean).join('，');
    const whereEn = [details.file, details.line ? `line ${details.line}` : undefined].filter(Boolean).join(', ');
    const chinese = `${zh}${details.detail ? `：${details.detail}` : ''}${where ? `（${where}）` : ''}`;
    const english = `${en}${details.detailEn ? `: ${details.detailEn}` : ''}${whereEn ? ` (${whereEn})` : ''}`;
    // Past a size limit (also once unpacked) is its own code: the API answers it with a 413.
    super(reason === 'tooLarge' ? 'import.tooLarge' : 'import.refused', `${chinese} — ${english}`, {
      chinese,
      english,
      details: { reason, line: details.line },
    });
    this.name = 'ImportError';
    this.reason = reason;
    this.line = details.line;
    this.file = details.file;
  }
}
