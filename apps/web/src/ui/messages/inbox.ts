/** Words of 消息 beyond the list itself: the 待处理 / 全部 tabs, plan headings, 已处理. */
export const INBOX_ZH = {
  'inbox.tabs': '消息范围',
  'inbox.pending': '待处理（{n}）',
  'inbox.all': '全部',
  'inbox.actedOn': '已处理',
  'inbox.actedOn.title': '涉及的任务已报送、核验或销号，无需再办理',
  'inbox.markRead': '标为已读',
  'inbox.planless': '其他',
  'inbox.planCount': '{n} 条',
  'inbox.noPending.title': '没有待处理的消息',
  'inbox.noPending.body': '督办、提醒和退回的任务都已办理。已处理的消息在“全部”中查看。',
} as const;

export const INBOX_EN: Record<keyof typeof INBOX_ZH, string> = {
  'inbox.tabs': 'Which messages',
  'inbox.pending': 'To do ({n})',
  'inbox.all': 'All',
  'inbox.actedOn': 'Done',
  'inbox.actedOn.title': 'The tasks concerned have been reported, verified or closed: nothing left to do',
  'inbox.markRead': 'Mark read',
  'inbox.planless': 'Other',
  'inbox.planCount': '{n}',
  'inbox.noPending.title': 'Nothing to do',
  'inbox.noPending.body': 'Every urged, reminded or returned task has been handled. See handled messages under “All”.',
};
