import { call, http } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

type Schemas = components['schemas'];
export type NoticeSummary = Schemas['NoticeSummary'];
export type NoticeDetail = Schemas['NoticeDetail'];
export type NoticeList = Schemas['NoticeList'];
export type NoticeAction = NoticeSummary['actions'][number];

const noticePath = (noticeId: string) => ({ params: { path: { noticeId } } });

/** 督办单 / 约谈 through the typed client. */
export const noticesApi = {
  list: (query: { side: 'issued' | 'received'; orgId?: string; year?: number }) =>
    call(http.GET('/api/supervision-notices', { params: { query } })),
  ofAssignment: (assignmentId: string) =>
    call(http.GET('/api/assignments/{assignmentId}/supervision-notices', { params: { path: { assignmentId } } })),
  issue: (body: Schemas['IssueNotice']) => call(http.POST('/api/supervision-notices', { body })),
  sign: (noticeId: string) => call(http.POST('/api/supervision-notices/{noticeId}/sign', noticePath(noticeId))),
  answer: (noticeId: string, body: Schemas['AnswerNotice']) =>
    call(http.POST('/api/supervision-notices/{noticeId}/answer', { ...noticePath(noticeId), body })),
  return: (noticeId: string, note: string) =>
    call(http.POST('/api/supervision-notices/{noticeId}/return', { ...noticePath(noticeId), body: { note } })),
  close: (noticeId: string, note: string) =>
    call(
      http.POST('/api/supervision-notices/{noticeId}/close', {
        ...noticePath(noticeId),
        body: note ? { note } : {},
      }),
    ),
};

/** The Word document of a notice (督办通知书 / 约谈通知书). */
export const noticeDocx = (noticeId: string) => `/api/supervision-notices/${encodeURIComponent(noticeId)}/export.docx`;
