import { DomainError } from '@cascade/engine';

/** A notice id that names no 督办单 or 约谈通知. */
export class NoticeNotFoundError extends DomainError {
  constructor(id: string) {
    super('notice.notFound', `督办单或约谈通知不存在：${id}`);
    this.name = 'NoticeNotFoundError';
  }
}

/** A step the notice's state does not allow now (签收 twice, 办结 before the answer): a conflict. */
export class NoticeStateError extends DomainError {
  constructor(message: string) {
    super('notice.stepNotAllowed', message);
    this.name = 'NoticeStateError';
  }
}

/** An answer without a plan or with a date before the day it is given. */
export class NoticeInputError extends DomainError {
  constructor(message: string) {
    super('notice.inputRefused', message);
    this.name = 'NoticeInputError';
  }
}
