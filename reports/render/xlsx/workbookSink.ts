import ExcelJS from 'exceljs';
import { FIXED_DOCUMENT_DATE, fixZipTimes } from './xlsxBytes';

/** One sheet being written: the exceljs worksheet and how to finish a row. */
export interface SheetSink {
  readonly ws: ExcelJS.Worksheet;
  /** Call once a row is filled (streaming: commits it, so it leaves memory). */
  rowDone(row: ExcelJS.Row): void;
  /** Call once the sheet is complete. */
  done(): void;
}

export interface SheetOptions {
  widths: readonly number[];
  frozenHeader?: boolean;
  hidden?: boolean;
  /** Set up for print: A4 landscape, every column on the page width, the header row on each page. */
  printable?: boolean;
}

/** A4 landscape, all columns to one page wide (as many pages down as needed), row 1 repeated on each page. */
const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/**
 * Where a workbook is written: exceljs's in-memory Workbook (supports Excel tables) or its streaming
 * WorkbookWriter (rows leave memory as they are committed; no tables). Both return the bytes; neither
 * touches the file system.
 */
export interface WorkbookSink {
  readonly streaming: boolean;
  addSheet(name: string, options: SheetOptions): SheetSink;
  bytes(): Promise<Uint8Array>;
}

function sheetProps(options: SheetOptions): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: options.frozenHeader ? [{ state: 'frozen', ySplit: 1, xSplit: 0 }] : [],
    state: options.hidden ? 'hidden' : 'visible',
    ...(options.printable ? { pageSetup: PRINT_SETUP, headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' } } : {}),
  };
}

/** The in-memory workbook: every feature, memory grows with the cells. */
export function memorySink(creator: string, date: Date = FIXED_DOCUMENT_DATE): WorkbookSink {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = wb.modified = date;
  return {
    streaming: false,
    addSheet(name, options) {
      const ws = wb.addWorksheet(name, sheetProps(options));
      options.widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
      return { ws, rowDone: () => undefined, done: () => undefined };
    },
    async bytes() {
      return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
    },
  };
}

/** The streaming writer into memory: for big registers (inline strings, shared styles). */
export function streamingSink(creator: string, date: Date = FIXED_DOCUMENT_DATE): WorkbookSink {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
  wb.creator = creator;
  wb.created = wb.modified = date;
  return {
    streaming: true,
    addSheet(name, options) {
      const ws = wb.addWorksheet(name, sheetProps(options));
      ws.columns = options.widths.map((width) => ({ width }));
      return { ws, rowDone: (row) => row.commit(), done: () => ws.commit() };
    },
    async bytes() {
      await wb.commit();
      // Without a file or stream, exceljs collects the zip in its own in-memory buffer.
      const buffer = (wb as unknown as { stream: { toBuffer(): Uint8Array } }).stream.toBuffer();
      return fixZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    },
  };
}
