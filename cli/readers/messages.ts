/** Chinese messages of the file readers, kept together. */
export const readerMessages = {
  notFound: (file: string) => `找不到文件“${file}”，请检查路径。`,
  notAFile: (file: string) => `“${file}”不是文件（可能是文件夹）。`,
  unreadable: (file: string, reason: string) => `无法读取文件“${file}”：${reason}`,
  empty: (file: string) => `文件“${file}”是空文件（0 字节），没有可检查的内容。`,
  xls: (file: string) =>
    `“${file}”是旧版 Excel 97-2003 格式（.xls），暂不支持。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）或 CSV 后再检查。`,
  encrypted: (file: string) =>
    `“${file}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存一份再检查。`,
  ole2Other: (file: string) => `“${file}”是旧版 Office 二进制文件，不是 Excel 工作簿（.xlsx）或 CSV，无法读取。`,
  truncatedZip: (file: string) =>
    `“${file}”不完整或已损坏（压缩包结尾缺失，可能下载或复制中断）。请重新导出或从原始位置重新复制后再检查。`,
  notXlsx: (file: string) => `“${file}”是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。`,
  corruptXlsx: (file: string, reason: string) => `“${file}”已损坏，无法按 Excel 工作簿读取：${reason}`,
  unknownFormat: (file: string) =>
    `“${file}”既不是 Excel 工作簿（.xlsx）也不是文本格式的 CSV，无法识别（文件内容可能已损坏或不是表格文件）。`,
  noSheets: (file: string) => `“${file}”中没有任何工作表。`,
  cellError: (address: string, error: string) =>
    `单元格 ${address} 是 Excel 错误值 ${error}（公式出错或引用失效），该值无法使用。请修正公式或改为直接填写数值。`,
  csvGbk: '该 CSV 文件不是 UTF-8 编码，已按 GB18030（GBK）编码读取。',
  csvUnclosedQuote: (row: number) => `第 ${row} 行起的引号没有闭合，该行之后的内容可能被合并到同一单元格，请检查 CSV 文件。`,
} as const;
