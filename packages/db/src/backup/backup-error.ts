import { DomainError } from '@cascade/engine';
/** Why a backup could not be written or restored. */
export type BackupErrorReason = 'unreadable' | 'notBackup' | 'newerFormat' | 'damaged' | 'otherSchema' | 'notEmpty';

const MESSAGES: Record<BackupErrorReason, [zh: string, en: string]> = {
  unreadable: ['无法读取备份文件', 'the backup file cannot be read'],
  notBackup: ['这不是本系统的备份文件', 'this is not a backup of this system'],
  newerFormat: ['备份文件的格式比本程序新，请用新版程序恢复', 'the backup was written by a newer version'],
  damaged: ['备份文件不完整或已损坏', 'the backup is incomplete or damaged'],
  otherSchema: [
    '备份与本程序的数据库结构版本不同，请用写出备份的同一版本恢复',
    'the backup has another schema version than this program',
  ],
  notEmpty: ['目标数据库不是空的：只能恢复到新建的空数据库', 'the target database is not empty'],
};

/** A backup or restore that cannot go on, with a reason a caller can switch on (zh — en message). */
export class BackupError extends DomainError {
  readonly reason: BackupErrorReason;
  constructor(reason: BackupErrorReason, detail?: string) {
    const [zh, en] = MESSAGES[reason];
    const chinese = `${zh}${detail ? `：${detail}` : ''}`;
    super('backup.refused', `${chinese} — ${en}`, { chinese, english: en, details: { reason } });
    this.name = 'BackupError';
    this.reason = reason;
  }
}
