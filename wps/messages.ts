/** The WPS host's own Chinese strings (the pane's are in pane/messages.ts). */
export const WPS_MSG = {
  program: 'WPS 表格',
  hostLabel: (build: string | undefined) => `WPS 表格${build ? `（${build}）` : ''}`,
  noWorkbook: '请先在 WPS 表格中打开台账工作簿。',
  notInWps: '请在 WPS 表格中打开本加载项（未检测到 WPS 表格）。没有 WPS 时可使用离线网页版。',
  saved: (path: string) => `已保存到 ${path}`,
  saveCancelled: '已取消保存。',
  useSheet: '此版本的 WPS 无法从任务窗格保存文件：已写入工作表，请用 文件 > 输出为PDF 或 打印。',
  saveFilter: (ext: string) =>
    ext === 'pdf' ? 'PDF 文件 (*.pdf),*.pdf' : ext === 'xlsx' ? 'Excel 工作簿 (*.xlsx),*.xlsx' : `文件 (*.${ext}),*.${ext}`,
  saveTitle: '保存文件',
  paneTitle: '政务公开台账助手',
  sheetGone: (sheet: string) => `找不到工作表「${sheet}」（可能已改名或删除），请重新检查。`,
};
