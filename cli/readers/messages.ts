import { workbookMessages } from '../../core/workbook';

/**
 * Chinese messages of the CLI's file reader: those about the file system are its own; those about what the bytes
 * are and what a workbook holds are core/workbook's (any face reading bytes says the same).
 */
export const readerMessages = {
  notFound: (file: string) => `找不到文件“${file}”，请检查路径。`,
  notAFile: (file: string) => `“${file}”不是文件（可能是文件夹）。`,
  unreadable: (file: string, reason: string) => `无法读取文件“${file}”：${reason}`,
  empty: workbookMessages.empty,
  tooLarge: workbookMessages.fileTooLarge,
  xls: workbookMessages.xls,
  encrypted: workbookMessages.encryptedFile,
  ole2Other: workbookMessages.ole2Other,
  truncatedZip: workbookMessages.truncatedZip,
  unknownFormat: workbookMessages.unknownFormat,
} as const;
