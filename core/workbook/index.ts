export { readWorkbook, type WorkbookReadResult, type WorkbookSheet, type ReadWorkbookOptions } from './readWorkbook';
export { readCsvBytes, readCsvText, decodeCsvBytes, parseCsv, detectDelimiter, type DecodedText } from './csv';
export { sortSheets, SETTINGS_SHEET, EXTRA_SHEETS, type SortedSheets } from './sheets';
export { READER_LIMITS, type ReaderLimits } from './limits';
export { hasCentralDirectory, type RawInflate } from './zip';
export { isDateFormat, BUILTIN_NUMBER_FORMATS } from './numberFormats';
export { workbookMessages } from './messages';
