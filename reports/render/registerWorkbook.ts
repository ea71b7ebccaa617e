import ExcelJS from 'exceljs';
import { Finding, FindingCode, Severity } from '../../core/findings';
import { columnLetter } from '../../core/grid';
import { AnyRegister, ApplicationStatus, RegisterKind } from '../../core/register/types';
import { HEADER_TABLES } from '../../core/ledger/headerSynonyms';
import { registerLabels as L } from './xlsx/registerMessages';
import { columnWidth } from './xlsx/columnWidth';
import { CODE_LISTS, ColumnSpec, RecordView, cellValue, columnsFor, fieldName, tableColumnNames } from './xlsx/registerColumns';
import { SheetSink, WorkbookSink, memorySink, streamingSink } from './xlsx/workbookSink';
import { cellText, MAX_CELL_CHARS, needsCleaning, safeText } from './xlsx/cellText';

/** What the register workbook is made from: the registers of one source file and every finding about it. */
export interface RegisterWorkbookInput {
  registers: readonly AnyRegister[];
  /** All findings (of registers, skipped sheets and the reader); each is listed on the 检查结果 sheet. */
  findings: readonly Finding[];
  /**
   * Above this many register rows the workbook is streamed (constant memory) and the register sheets get
   * an AutoFilter instead of an Excel table, which exceljs can only build in memory. Default 20,000.
   */
  tableRowLimit?: number;
}

const TABLE_NAMES: Readonly<Record<RegisterKind, string>> = { catalogue: 'Catalogue', applications: 'Applications', appeals: 'Appeals' };
const FILL: Readonly<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const STATUS_COLOURS: Readonly<Partial<Record<ApplicationStatus, string>>> = {
  已逾期: 'FFFF9999',
  即将到期: 'FFFFD966',
  逾期办结: 'FFF8CBAD',
  按期办结: 'FFC6EFCE',
  补正中: 'FFBDD7EE',
  征求意见中: 'FFBDD7EE',
  待缴费: 'FFBDD7EE',
  逾期不补正: 'FFFFD966',
  逾期未缴费: 'FFFFD966',
};
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
const DEFAULT_TABLE_ROW_LIMIT = 20_000;
// Notes are heavy (one drawing shape each); beyond this many the fill and the 检查结果 sheet carry the message.
const MAX_NOTES = 2000;
const CREATOR = 'ogi-ledger';
/** Excel's last column is XFD, the 16,384th: source columns beyond it cannot be written. */
const MAX_COLUMNS = 16_384;

/**
 * Cell styles are shared objects: exceljs caches a style id per style object, so one object per kind of
 * cell (instead of one per cell) keeps writing 100,000 rows fast. Never mutate them (no `cell.fill = …`).
 */
// Thin borders on every cell of the grid so the printed register reads as a table.
const THIN = { style: 'thin', color: { argb: 'FF808080' } } satisfies Partial<ExcelJS.Border>;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } satisfies Partial<ExcelJS.Borders>;
const STYLES = {
  text: { numFmt: TEXT_FORMAT, border: BORDER },
  date: { numFmt: DATE_FORMAT, border: BORDER },
  number: { border: BORDER },
  wrap: { numFmt: TEXT_FORMAT, border: BORDER, alignment: { wrapText: true, vertical: 'top' } },
  header: { numFmt: TEXT_FORMAT, border: BORDER, font: { bold: true }, alignment: { vertical: 'middle', wrapText: true } },
  link: { numFmt: TEXT_FORMAT, border: BORDER, font: { color: { argb: 'FF0563C1' }, underline: true } },
} satisfies Record<string, Partial<ExcelJS.Style>>;
const FILLED = new Map<Partial<ExcelJS.Style>, Map<Severity, Partial<ExcelJS.Style>>>();

/** The shared style of `base` with the fill of a finding's severity. */
function filledStyle(base: Partial<ExcelJS.Style>, severity: Severity): Partial<ExcelJS.Style> {
  let bySeverity = FILLED.get(base);
  if (!bySeverity) FILLED.set(base, (bySeverity = new Map<Severity, Partial<ExcelJS.Style>>()));
  let style = bySeverity.get(severity);
  if (!style) {
    style = { ...base, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[severity] } } };
    bySeverity.set(severity, style);
  }
  return style;
}

/** One register sheet planned before writing: its columns, records and the place of each source row. */
interface SheetPlan {
  kind: RegisterKind;
  name: string;
  cols: ColumnSpec[];
  names: string[];
  records: RecordView[];
  fieldColumn: Map<string, number>;
  /** The registers of this sheet by source sheet name (to name a source column in a finding). */
  sources: Map<string, AnyRegister>;
}

/** Where a source row landed in the register. */
interface Placement {
  plan: SheetPlan;
  row: number;
}

/** The marks of one register cell: worst severity (fill) and every message (note). */
interface Mark {
  severity: Severity;
  messages: string[];
}

/**
 * Builds the register workbook (one sheet per register kind, 检查结果, hidden 代码表) and returns its bytes.
 * Pure: no file system; the caller decides where the bytes go.
 */
export async function registerWorkbook(input: RegisterWorkbookInput): Promise<Uint8Array> {
  return (await registerWorkbookWithFindings(input)).bytes;
}

/**
 * The register workbook and the findings writing it raised: source columns beyond XFD, characters XML 1.0
 * forbids removed, cells cut to 32,767 characters. They are listed on its 检查结果 sheet as well, so the
 * file always opens and nothing changes without a word.
 */
export async function registerWorkbookWithFindings(input: RegisterWorkbookInput): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  const written: Finding[] = [];
  const plans = planSheets(input.registers, written);
  const located = new Map<string, Placement>();
  for (const plan of plans) plan.records.forEach((r, i) => located.set(sourceKey(r.source.sheet, r.source.row), { plan, row: i + 2 }));
  const { marks, links } = placeFindings(input.findings, located);

  const rows = plans.reduce((n, p) => n + p.records.length, 0);
  const sink = rows > (input.tableRowLimit ?? DEFAULT_TABLE_ROW_LIMIT) ? streamingSink(CREATOR) : memorySink(CREATOR);
  for (const plan of plans) writeRegisterSheet(sink, plan, marks, written);
  writeFindingsSheet(sink, [...input.findings, ...written], [...links, ...placeFindings(written, located).links]);
  writeCodeSheet(sink);
  return { bytes: await sink.bytes(), findings: written };
}

function sourceKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

/** Marks by register sheet, then row, then column (nested maps: no string key per cell). */
type MarkIndex = Map<string, Map<number, Map<number, Mark>>>;

function markAt(marks: MarkIndex, sheet: string, row: number, col: number, create: () => Mark): Mark {
  let rows = marks.get(sheet);
  if (!rows) marks.set(sheet, (rows = new Map<number, Map<number, Mark>>()));
  let cols = rows.get(row);
  if (!cols) rows.set(row, (cols = new Map<number, Mark>()));
  let mark = cols.get(col);
  if (!mark) cols.set(col, (mark = create()));
  return mark;
}

function planSheets(registers: readonly AnyRegister[], written: Finding[]): SheetPlan[] {
  const used = new Set<string>([L.codeSheet, L.findingsSheet]);
  const plans: SheetPlan[] = [];
  for (const kind of ['applications', 'catalogue', 'appeals'] as const) {
    const ofKind = registers.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    let name = HEADER_TABLES[kind].label.slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${HEADER_TABLES[kind].label.slice(0, 28)}(${i})`;
    used.add(name);
    const cols = fitColumns(columnsFor(kind, ofKind), ofKind, written);
    const fieldColumn = new Map<string, number>();
    cols.forEach((c, j) => c.field && fieldColumn.set(c.field, j + 1));
    const records: RecordView[] = [];
    for (const reg of ofKind) for (const rec of reg.records) records.push(rec);
    plans.push({
      kind,
      name,
      cols,
      names: tableColumnNames(cols),
      records,
      fieldColumn,
      sources: new Map(ofKind.map((r) => [r.sheet, r])),
    });
  }
  return plans;
}

/**
 * At most XFD (16,384) columns: the last unmapped source columns give way, and each source sheet that
 * loses some gets a finding naming them (the records stay; only those cells are not copied).
 */
function fitColumns(cols: ColumnSpec[], registers: readonly AnyRegister[], written: Finding[]): ColumnSpec[] {
  const over = cols.length - MAX_COLUMNS;
  if (over <= 0) return cols;
  const extras = cols.filter((c) => c.extra);
  const dropped = new Set(extras.slice(Math.max(0, extras.length - over)).map((c) => c.header));
  for (const reg of registers) {
    const letters = reg.unmapped.filter((l) => dropped.has(reg.unmappedHeaders[l] ?? l));
    if (letters.length === 0) continue;
    const listed = letters.length > 6 ? `${letters.slice(0, 3).join('、')}……${letters[letters.length - 1]}` : letters.join('、');
    written.push({
      sheet: reg.sheet,
      row: reg.headerRow,
      column: letters[0],
      field: null,
      severity: 'warning',
      code: 'register.columns.beyondXfd',
      message: L.tooManyColumns(letters.length, listed, MAX_COLUMNS),
    });
  }
  return cols.filter((c) => !(c.extra && dropped.has(c.header)));
}

/** The source column letter of a register column for one record's sheet, when it came from one. */
function sourceColumn(plan: SheetPlan, record: RecordView, c: ColumnSpec): string | null {
  const reg = plan.sources.get(record.source.sheet);
  if (!reg) return null;
  if (c.field) return reg.mapping[c.field] ?? null;
  if (c.extra) return Object.entries(reg.unmappedHeaders).find(([, h]) => h === c.header)?.[0] ?? null;
  return null;
}

/**
 * The text of one register cell made writable (see cellText), each change a finding at the source cell.
 * Columns of our own making (来源工作表, 原始值) report once per sheet, not once per row.
 */
function writableText(
  value: string,
  plan: SheetPlan,
  record: RecordView,
  c: ColumnSpec,
  written: Finding[],
  reported: Set<string>,
): string {
  const t = cellText(value);
  const own = !c.field && !c.extra;
  const at = {
    sheet: record.source.sheet,
    row: record.source.row,
    column: sourceColumn(plan, record, c),
    field: c.field ?? null,
    severity: 'warning' as const,
  };
  const report = (code: FindingCode, message: string) => {
    const key = `${plan.name}\u0000${c.header}\u0000${code}`;
    if (own && reported.has(key)) return;
    reported.add(key);
    written.push({ ...at, code, message });
  };
  if (t.removed > 0) report('register.cell.xmlChars', L.xmlChars(c.header, t.removed));
  if (t.truncatedFrom !== null) report('register.cell.truncated', L.truncated(c.header, t.truncatedFrom, MAX_CELL_CHARS));
  return t.text;
}

/** Finds the register cell of each finding: marks per cell, and the link target per finding (or null). */
function placeFindings(findings: readonly Finding[], located: Map<string, Placement>): { marks: MarkIndex; links: Array<string | null> } {
  const marks: MarkIndex = new Map();
  const links: Array<string | null> = [];
  for (const f of findings) {
    const place = f.row === null ? undefined : located.get(sourceKey(f.sheet, f.row));
    if (!place) {
      links.push(null);
      continue;
    }
    const col = (f.field && place.plan.fieldColumn.get(f.field)) || 2; // whole-row findings sit on 来源行
    links.push(`'${place.plan.name}'!${columnLetter(col)}${place.row}`);
    const mark = markAt(marks, place.plan.name, place.row, col, () => ({ severity: f.severity, messages: [] }));
    mark.messages.push(f.message);
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[mark.severity]) mark.severity = f.severity;
  }
  return { marks, links };
}

function styleOf(c: ColumnSpec): Partial<ExcelJS.Style> {
  if (c.header === L.explanation || c.header === L.original) return STYLES.wrap;
  return STYLES[c.type];
}

function widthsOf(plan: SheetPlan): number[] {
  return plan.cols.map((c, j) => {
    if (c.header === L.explanation) return 60;
    const samples: string[] = [];
    for (let i = 0; i < Math.min(plan.records.length, 300); i++) {
      const v = cellValue(c.type, c.value(plan.records[i]));
      if (v !== null) samples.push(v instanceof Date ? '2025-01-01' : String(v));
    }
    return columnWidth(plan.names[j], samples);
  });
}

function writeHeader(sheet: SheetSink, names: readonly string[]): void {
  const row = sheet.ws.getRow(1);
  names.forEach((n, j) => {
    const cell = row.getCell(j + 1);
    cell.value = n;
    cell.style = STYLES.header;
  });
  sheet.rowDone(row);
}

function writeRegisterSheet(sink: WorkbookSink, plan: SheetPlan, marks: MarkIndex, written: Finding[]): void {
  const { cols, names, records } = plan;
  const sheet = sink.addSheet(plan.name, { widths: widthsOf(plan), frozenHeader: true, printable: true });
  const ws = sheet.ws;
  const lastRow = Math.max(2, records.length + 1);
  const useTable = !sink.streaming && records.length > 0;
  if (useTable) {
    // Declared over the header only (so exceljs does not rewrite every cell), then widened to the data.
    const table = ws.addTable({
      name: TABLE_NAMES[plan.kind],
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows: [],
    }) as unknown as { table: { tableRef: string; autoFilterRef: string } };
    const ref = `A1:${columnLetter(cols.length)}${lastRow}`;
    table.table.tableRef = ref;
    table.table.autoFilterRef = ref;
    names.forEach((_, j) => (ws.getCell(1, j + 1).style = STYLES.header));
  } else {
    writeHeader(sheet, names);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: cols.length } };
  }

  addDropdownsAndColours(ws, cols, lastRow);

  const styles = cols.map(styleOf);
  const sheetMarks = marks.get(plan.name);
  let notes = 0;
  const reported = new Set<string>();
  // Cells are written one by one with shared styles; empty values create no cell unless marked.
  records.forEach((r, i) => {
    const rowNumber = i + 2;
    const row = ws.getRow(rowNumber);
    const rowMarks = sheetMarks?.get(rowNumber);
    cols.forEach((c, j) => {
      let v = cellValue(c.type, c.value(r));
      if (typeof v === 'string' && needsCleaning(v)) v = writableText(v, plan, r, c, written, reported);
      const mark = rowMarks?.get(j + 1);
      // In memory an empty cell still gets its style (the border of the printed grid); streamed, it is skipped.
      if (v === null && !mark && sink.streaming) return;
      const cell = row.getCell(j + 1);
      if (v !== null) cell.value = v;
      cell.style = mark ? filledStyle(styles[j], mark.severity) : styles[j];
      if (mark && notes < MAX_NOTES) {
        cell.note = safeText(`${L.noteTitle}\n${mark.messages.join('\n')}`);
        notes++;
      }
    });
    sheet.rowDone(row);
  });
  sheet.done();
}

function addDropdownsAndColours(ws: ExcelJS.Worksheet, cols: readonly ColumnSpec[], lastRow: number): void {
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  cols.forEach((c, j) => {
    if (!c.codeList) return;
    const listIndex = CODE_LISTS.findIndex((l) => l.header === c.codeList);
    const letter = columnLetter(listIndex + 1);
    const n = CODE_LISTS[listIndex].values.length;
    const col = columnLetter(j + 1);
    validations.add(`${col}2:${col}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${L.codeSheet}'!$${letter}$2:$${letter}$${n + 1}`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: L.dropdownTitle,
      error: L.dropdownError,
    });
    if (c.codeList === '状态') {
      ws.addConditionalFormatting({
        ref: `${col}2:${col}${lastRow}`,
        rules: Object.entries(STATUS_COLOURS).map(([status, argb], k) => ({
          type: 'cellIs',
          operator: 'equal',
          priority: k + 1,
          formulae: [`"${status}"`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } },
        })),
      });
    }
  });
}

/** Lists every finding with a link to its register cell (a HYPERLINK formula: the one formula we write ourselves). */
function writeFindingsSheet(sink: WorkbookSink, findings: readonly Finding[], links: ReadonlyArray<string | null>): void {
  const names = [...L.findingColumns];
  const sheet = sink.addSheet(L.findingsSheet, { widths: [6, 8, 16, 6, 5, 16, 26, 90, 24], frozenHeader: true, printable: true });
  const ws = sheet.ws;
  const lastRow = Math.max(2, findings.length + 1);
  if (!sink.streaming && findings.length > 0) {
    const table = ws.addTable({
      name: 'Findings',
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows: [],
    }) as unknown as { table: { tableRef: string; autoFilterRef: string } };
    table.table.tableRef = `A1:I${lastRow}`;
    table.table.autoFilterRef = `A1:I${lastRow}`;
    names.forEach((_, j) => (ws.getCell(1, j + 1).style = STYLES.header));
  } else {
    writeHeader(sheet, names);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: names.length } };
  }
  if (findings.length === 0) {
    const row = ws.getRow(2);
    row.getCell(1).value = L.noFindings;
    sheet.rowDone(row);
  }
  findings.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    const target = links[i];
    const values: Array<string | number | null> = [
      i + 1,
      L.severity[f.severity],
      f.sheet,
      f.row,
      f.column,
      f.field ? fieldName(f.field) : null,
      f.code,
      f.message,
    ];
    values.forEach((v, j) => {
      if (v === null) return;
      const cell = row.getCell(j + 1);
      // Messages quote source values: the same characters that cannot go into a cell cannot go here.
      cell.value = typeof v === 'string' ? safeText(v) : v;
      cell.style = j === 1 ? filledStyle(STYLES.text, f.severity) : typeof v === 'number' ? STYLES.number : STYLES.wrap;
    });
    const link = row.getCell(9);
    if (target) {
      const shown = target.replace(/'/g, '');
      link.value = { formula: `HYPERLINK("#${target.replace(/"/g, '""')}","${shown.replace(/"/g, '""')}")`, result: shown };
      link.style = STYLES.link;
    } else if (f.row !== null) {
      link.value = L.notInRegister;
      link.style = STYLES.text;
    }
    sheet.rowDone(row);
  });
  sheet.done();
}

function writeCodeSheet(sink: WorkbookSink): void {
  const sheet = sink.addSheet(L.codeSheet, { widths: CODE_LISTS.map(() => 14), hidden: true });
  const height = Math.max(...CODE_LISTS.map((l) => l.values.length));
  for (let i = 0; i <= height; i++) {
    const row = sheet.ws.getRow(i + 1);
    CODE_LISTS.forEach((list, j) => {
      const v = i === 0 ? list.header : list.values[i - 1];
      if (v === undefined) return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      cell.style = STYLES.text;
    });
    sheet.rowDone(row);
  }
  sheet.done();
}
