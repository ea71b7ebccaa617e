import { workbookMessages } from '../../core/workbook';

/** Chinese messages of the file readers, kept together (those about a workbook's contents are core/workbook's). */
export const readerMessages = {
  notFound: (file: string) => `找不到文件“${file}”，请检查路径。`,
  notAFile: (file: string) => `“${file}”不是文件（可能是文件夹）。`,
  unreadable: (file: string, reason: string) => `无法读取文件“${file}”：${reason}`,
  empty: (file: string) => `文件“${file}”是空文件（0 字节），没有可检查的内容。`,
  tooLarge: workbookMessages.fileTooLarge,
  xls: (file: string) =>
    `“${file}”是旧版 Excel 97-2003 格式（.xls），暂不支持。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）或 CSV 后再检查。`,
  encrypted: (file: string) =>
    `“${file}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存一份再检查。`,
  ole2Other: (file: string) => `“${file}”是旧版 Office 二进制文件，不是 Excel 工作簿（.xlsx）或 CSV，无法读取。`,
  truncatedZip: workbookMessages.truncatedZip,
  unknownFormat: (file: string) =>
    `“${file}”既不是 Excel 工作簿（.xlsx）也不是文本格式的 CSV，无法识别（文件内容可能已损坏或不是表格文件）。`,
} as const;
