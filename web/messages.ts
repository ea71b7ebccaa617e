/** Chinese texts of the offline page, kept together. */
export const messages = {
  title: '政务公开台账助手（离线版）',
  pickFile: '打开台账文件',
  dropHint: '把 .xlsx 或 .csv 文件拖到这里，或点击“打开台账文件”。文件只在本机浏览器中处理，不会上传。',
  stageLoad: '正在读取文件',
  stageSheets: '正在整理工作表',
  stageCheck: '正在检查',
  stageWrite: '正在生成文件',
  cancel: '取消',
  cancelled: '已取消。',
  unsupported: (name: string) => `不支持的文件类型：${name}。请打开 .xlsx 或 .csv 文件（.xls 请先在 Excel/WPS 中另存为 .xlsx）。`,
  unreadable: (name: string, reason: string) => `无法读取文件 ${name}：${reason}`,
  noFile: '请先打开一个台账文件。',
  noSheet: (sheet: string) => `文件中没有工作表「${sheet}」。`,
  opened: (name: string, sheets: number) => `已打开 ${name}（${sheets} 个工作表）。`,
  downloaded: (name: string) => `已下载 ${name}`,
  settingsDownloaded: (name: string) => `设置已写入工作簿副本并下载为 ${name}。原文件未改动；以后请使用这个副本。`,
  reportSheetDownloaded: (name: string) => `已生成 ${name} 并下载（离线版不能写入原工作簿）。`,
  // Same wording as the CLI reader (cli/readers/messages.ts, Node-only), so both faces say the same.
  cellError: (address: string, error: string) =>
    `单元格 ${address} 是 Excel 错误值 ${error}（公式出错或引用失效），该值无法使用。请修正公式或改为直接填写数值。`,
  csvGbk: '该 CSV 文件不是 UTF-8 编码，已按 GB18030（GBK）编码读取。',
  stageFonts: '正在载入字体（首次生成 PDF 时）',
  noFonts: '无法载入 PDF 字体。',
  noRegister: '没有可用的台账：请先检查，或确认文件中有台账工作表。',
  cellText: (text: string) => (text === '' ? '（空单元格）' : `：${text}`),
  badMonth: '请选择月份（YYYY-MM）。',
  settingsSheet: '设置工作表：已按其中的设置检查本文件',
  fileProtocol:
    '本页面是直接从文件夹打开的（file://），浏览器不允许在这种方式下后台处理文件。请把 dist/web 文件夹放到单位内网的网站服务器上访问，或在本机运行 npm run start:web 后打开 http://127.0.0.1:8090/。',
  hostLabel: '离线网页版（本机文件）',
  workerFailed: (reason: string) => `后台处理出错：${reason}`,
} as const;
