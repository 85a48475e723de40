/** Words of 批量导入 on 账号管理: an .xlsx of accounts previewed row by row, then created in one step. */
export const ACCOUNT_IMPORT_ZH = {
  'accountImport.open': '批量导入',
  'accountImport.title': '批量导入账号',
  'accountImport.intro':
    '上传 Excel 账号表（.xlsx）：用户名、姓名、单位（代码或名称）、角色、电话（可不填）；列的顺序不限，其他列不读。先逐行检查，全部无误后一次创建。',
  'accountImport.template': '下载模板',
  'accountImport.file': '账号表（.xlsx）',
  'accountImport.choose': '选择文件后会先检查每一行，不会创建任何账号。',
  'accountImport.checking': '正在检查 {file}…',
  'accountImport.summary': '{file}：共 {total} 行，{valid} 行可创建，{invalid} 行有误。',
  'accountImport.allGood': '全部 {total} 行无误，可以创建。',
  'accountImport.fixFirst':
    '有误的行以红字标出。为避免只建了一部分，有任何一行有误时不会创建；请在 Excel 中改正后重新选择文件。',
  'accountImport.onlyBad': '只看有误的行',
  'accountImport.caption': '账号表逐行检查结果',
  'accountImport.col.row': '行号',
  'accountImport.col.status': '检查结果',
  'accountImport.ok': '可创建',
  'accountImport.create': '创建 {n} 个账号',
  'accountImport.creating': '正在创建 {n} 个账号（生成并加密一次性密码，约需 {seconds} 秒）…',
  'accountImport.created': '已创建 {n} 个账号。每个账号首次登录须设置新密码。',
  'accountImport.download': '下载一次性密码',
  'accountImport.downloaded': '已下载。请将密码分别交给本人，用后妥善保管或销毁此文件。',
  'accountImport.onceOnly': '一次性密码只能在此下载这一次，关闭后无法再取得（只能逐个重置密码）。',
  'accountImport.another': '再导入一个文件',
  'accountImport.done': '完成',
  'accountImport.refusedAgain': '创建前再次检查时发现问题，未创建任何账号；下表为最新检查结果。',
} as const;

export const ACCOUNT_IMPORT_EN: Record<keyof typeof ACCOUNT_IMPORT_ZH, string> = {
  'accountImport.open': 'Import from Excel',
  'accountImport.title': 'Import accounts',
  'accountImport.intro':
    'Upload an Excel sheet (.xlsx) of accounts: username, name, org (code or name), role, phone (optional); columns in any order, others ignored. Every row is checked first; all are created in one step once none has a fault.',
  'accountImport.template': 'Download the template',
  'accountImport.file': 'Account sheet (.xlsx)',
  'accountImport.choose': 'Choosing a file only checks its rows; nothing is created yet.',
  'accountImport.checking': 'Checking {file}…',
  'accountImport.summary': '{file}: {total} rows, {valid} ready, {invalid} with faults.',
  'accountImport.allGood': 'All {total} rows are ready to create.',
  'accountImport.fixFirst':
    'Rows with faults are shown in red. So that no batch is created only in part, nothing is created while any row has a fault: correct them in Excel and choose the file again.',
  'accountImport.onlyBad': 'Only rows with faults',
  'accountImport.caption': 'Each row of the account sheet, checked',
  'accountImport.col.row': 'Row',
  'accountImport.col.status': 'Check',
  'accountImport.ok': 'Ready',
  'accountImport.create': 'Create {n} accounts',
  'accountImport.creating': 'Creating {n} accounts (making and hashing one-time passwords, about {seconds} s)…',
  'accountImport.created': '{n} accounts created. Each must set a new password at first sign-in.',
  'accountImport.download': 'Download the one-time passwords',
  'accountImport.downloaded': 'Downloaded. Hand each password to its holder; keep the file safe or destroy it after.',
  'accountImport.onceOnly':
    'The one-time passwords can be downloaded here this once; after closing they are gone (reset passwords one by one).',
  'accountImport.another': 'Import another file',
  'accountImport.done': 'Done',
  'accountImport.refusedAgain':
    'Checking again before creating found faults; nothing was created. The table shows the latest check.',
};
