/** Chinese messages of the workbook and CSV readers (refusals and findings), kept together. */
export const workbookMessages = {
  truncatedZip: (file: string) => `“${file}”不完整或已损坏（压缩包结尾缺失，可能下载或复制中断）。请重新导出或从原始位置重新复制后再检查。`,
  notXlsx: (file: string) => `“${file}”是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。`,
  corrupt: (file: string, part: string, reason: string) =>
    `“${file}”已损坏，无法按 Excel 工作簿读取（${part}：${reason}）。请在 Excel 或 WPS 中打开后另存一份再检查。`,
  missingPart: (file: string, part: string) =>
    `“${file}”已损坏：工作簿列出的部件 ${part} 不在文件中。请在 Excel 或 WPS 中打开后另存一份再检查。`,
  encrypted: (file: string, part: string) => `“${file}”中的 ${part} 经过压缩包加密，无法读取。请去掉密码后另存一份再检查。`,
  compression: (file: string, part: string, method: number) =>
    `“${file}”中的 ${part} 使用了不支持的压缩方式（${method}），无法读取。请在 Excel 或 WPS 中另存一份再检查。`,
  fileTooLarge: (file: string, mb: number) => `“${file}”超过 ${mb} MB，超出本工具能处理的大小。请按年度或科室拆分成几个文件后再检查。`,
  entryTooLarge: (file: string, part: string, mb: number) =>
    `“${file}”中的 ${part} 解压后超过 ${mb} MB，超出本工具能处理的大小，已停止读取。请拆分工作簿后再检查。`,
  totalTooLarge: (file: string, mb: number) =>
    `“${file}”解压后总计超过 ${mb} MB，超出本工具能处理的大小，已停止读取。请拆分工作簿后再检查。`,
  zipBomb: (file: string, part: string, ratio: number) =>
    `“${file}”中的 ${part} 压缩比异常（超过 ${ratio} 倍，正常工作簿不会这样），可能是恶意构造的“压缩炸弹”，已停止读取。`,
  textRunTooLong: (file: string, part: string, mb: number) =>
    `“${file}”中的 ${part} 有一段超过 ${mb} MB 的连续文字（Excel 单元格最多 32,767 个字符，正常工作簿不会这样），可能是恶意构造的文件，已停止读取。`,
  tooManyCells: (file: string, limit: number) =>
    `“${file}”的单元格超过 ${limit.toLocaleString('en-US')} 个，超出本工具能处理的大小，已停止读取。请拆分工作簿后再检查。`,
  doctype: (file: string, part: string) =>
    `“${file}”中的 ${part} 含有 DTD 声明（<!DOCTYPE>），Excel 工作簿不会这样写，可能是恶意构造的文件，已拒绝读取。`,
  noSheets: (file: string) => `“${file}”中没有任何工作表。`,
  // What a file is, judged from its bytes (the CLI sniffs them; any face may).
  empty: (file: string) => `文件“${file}”是空文件（0 字节），没有可检查的内容。`,
  xls: (file: string) =>
    `“${file}”是旧版 Excel 97-2003 格式（.xls），暂不支持。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）或 CSV 后再检查。`,
  encryptedFile: (file: string) =>
    `“${file}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存一份再检查。`,
  ole2Other: (file: string) => `“${file}”是旧版 Office 二进制文件，不是 Excel 工作簿（.xlsx）或 CSV，无法读取。`,
  unknownFormat: (file: string) =>
    `“${file}”既不是 Excel 工作簿（.xlsx）也不是文本格式的 CSV，无法识别（文件内容可能已损坏或不是表格文件）。`,

  cellError: (address: string, error: string) =>
    `单元格 ${address} 是 Excel 错误值 ${error}（公式出错或引用失效），该值无法使用。请修正公式或改为直接填写数值。`,
  sharedStringMissing: (address: string, index: string, count: number) =>
    `单元格 ${address} 引用的共享文本第 ${index} 项不存在（文件中只有 ${count} 项），该单元格的内容无法读出。请在 Excel 或 WPS 中打开后另存一份再检查。`,
  beyondGrid: (address: string, rows: number, columns: number) =>
    `单元格 ${address} 超出 Excel 的表格范围（最多 ${rows.toLocaleString('en-US')} 行、${columns.toLocaleString('en-US')} 列，即到 XFD 列），未读入。请把数据移到范围之内。`,
  beyondGridMore: (count: number) => `另有 ${count} 个单元格超出 Excel 的表格范围，未读入。`,
  cellTooLong: (address: string, length: number, limit: number, preview: string) =>
    `单元格 ${address} 有 ${length.toLocaleString('en-US')} 个字符，超过 Excel 单元格上限 ${limit.toLocaleString('en-US')} 个，只读入前 ${limit.toLocaleString('en-US')} 个。开头是：“${preview}…”`,
  cellTooLongMore: (count: number, limit: number) => `另有 ${count} 个单元格超过 ${limit.toLocaleString('en-US')} 个字符，均已截断。`,
  duplicateSheet: (name: string, renamed: string) =>
    `工作簿中有两个名为“${name}”的工作表（Excel 不允许重名，文件可能被其他程序改写过），后一个按“${renamed}”读取。`,
  skippedSheet: (name: string, kind: string) => `“${name}”是${kind}，没有单元格数据，已跳过。`,
  sheetKinds: { chartsheet: '图表工作表', dialogsheet: '对话框工作表', macrosheet: '宏表（Excel 4.0 宏）' } as Record<string, string>,

  settingsSheetUsed: '设置工作表：已按其中的设置检查本文件',

  csvGbk: '该 CSV 文件不是 UTF-8 编码，已按 GB18030（GBK）编码读取。',
  csvBomNotUtf8: '该 CSV 文件开头标明是 UTF-8（带 BOM），但内容不是 UTF-8 编码，已按 GB18030（GBK）编码读取。请核对中文是否显示正确。',
  csvUndecodable: (count: number) =>
    `该 CSV 文件既不是有效的 UTF-8 也不是有效的 GB18030（GBK）编码，有 ${count} 处无法识别的字节已显示为 �。请在 Excel 或 WPS 中另存为“CSV UTF-8”后再检查。`,
  csvUnclosedQuote: (row: number) => `第 ${row} 行起的引号没有闭合，该行之后的内容可能被合并到同一单元格，请检查 CSV 文件。`,
} as const;
