import ExcelJS from 'exceljs';
import { CalendarDate, isCalendarDate, toUtcMidnight } from '../../core/dates';
import { Finding, Severity } from '../../core/findings';
import { columnLetter } from '../../core/grid';
import {
  AnyRegister, APPLICANT_TYPES, ApplicationStatus, ATTRIBUTES, CASE_RESULTS, CASE_TYPES, CHANNELS, RegisterKind, RESULT_TYPES,
} from '../../core/register/types';
import { HEADER_TABLES } from '../../core/ledger/headerSynonyms';
import { registerLabels as L } from './xlsx/registerMessages';
import { columnWidth } from './xlsx/columnWidth';

/** What the register workbook is made from: the registers of one source file and every finding about it. */
export interface RegisterWorkbookInput {
  registers: readonly AnyRegister[];
  /** All findings (of registers, skipped sheets and the reader); each is listed on the 检查结果 sheet. */
  findings: readonly Finding[];
}

type CellOut = string | number | CalendarDate | undefined;
type ColumnType = 'text' | 'date' | 'number';

/** One column of a register sheet. */
interface ColumnSpec {
  header: string;
  type: ColumnType;
  /** Canonical field whose findings land in this column. */
  field?: string;
  /** Header of the 代码表 column holding the allowed values. */
  codeList?: string;
  value(record: RecordView): CellOut;
}

/** A record read generically (the writer serves all three kinds). */
interface RecordView {
  source: { sheet: string; row: number };
  extra: Record<string, string>;
  original: Record<string, string>;
  computed?: Record<string, unknown>;
  [field: string]: unknown;
}

const STATUSES: readonly ApplicationStatus[] = ['已逾期', '即将到期', '办理中', '补正中', '征求意见中', '待缴费', '按期办结', '逾期办结'];

/** The hidden 代码表: one column per value list, referenced by the dropdowns. */
const CODE_LISTS: ReadonlyArray<{ header: string; values: readonly string[] }> = [
  { header: '公开属性', values: ATTRIBUTES },
  { header: '申请方式', values: CHANNELS },
  { header: '申请人类型', values: APPLICANT_TYPES },
  { header: '答复类型', values: RESULT_TYPES },
  { header: '案件类型', values: CASE_TYPES },
  { header: '审理结果', values: CASE_RESULTS },
  { header: '状态', values: STATUSES },
];

const ENUM_FIELDS: Readonly<Record<RegisterKind, Readonly<Record<string, string>>>> = {
  catalogue: { attribute: '公开属性' },
  applications: { channel: '申请方式', applicantType: '申请人类型', resultType: '答复类型' },
  appeals: { caseType: '案件类型', result: '审理结果' },
};

const TABLE_NAMES: Readonly<Record<RegisterKind, string>> = { catalogue: 'Catalogue', applications: 'Applications', appeals: 'Appeals' };

const FILL: Readonly<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const STATUS_COLOURS: Readonly<Partial<Record<ApplicationStatus, string>>> = {
  已逾期: 'FFFF9999', 即将到期: 'FFFFD966', 逾期办结: 'FFF8CBAD', 按期办结: 'FFC6EFCE', 补正中: 'FFBDD7EE', 征求意见中: 'FFBDD7EE', 待缴费: 'FFBDD7EE',
};
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
// Notes are heavy (one drawing shape each); beyond this many the fill and the 检查结果 sheet carry the message.
const MAX_NOTES = 2000;

/**
 * Builds the register workbook (one sheet per register kind, 检查结果, hidden 代码表) and returns its bytes.
 * Pure: no file system; the caller decides where the bytes go.
 */
export async function registerWorkbook(input: RegisterWorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ogi-ledger';
  const located = new Map<string, Placement>();

  const kinds = (['applications', 'catalogue', 'appeals'] as const).filter((k) => input.registers.some((r) => r.kind === k));
  const usedSheetNames = new Set<string>([L.codeSheet, L.findingsSheet]);
  for (const kind of kinds) {
    const registers = input.registers.filter((r) => r.kind === kind);
    const sheetName = uniqueName(HEADER_TABLES[kind].label, usedSheetNames);
    writeRegisterSheet(wb, sheetName, kind, registers, located);
  }
  writeFindingsSheet(wb, input.findings, located);
  writeCodeSheet(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base.slice(0, 31);
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)}(${i})`;
  used.add(name);
  return name;
}

function sourceKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

/** The columns of a kind: source, canonical fields in order, extra columns, computed ones, original values. */
function columnsFor(kind: RegisterKind, registers: readonly AnyRegister[]): ColumnSpec[] {
  const table = HEADER_TABLES[kind];
  const cols: ColumnSpec[] = [
    { header: L.sourceSheet, type: 'text', value: (r) => r.source.sheet },
    { header: L.sourceRow, type: 'number', value: (r) => r.source.row },
  ];
  for (const field of table.fields) {
    cols.push({
      header: table.labels[field] ?? field,
      type: field.endsWith('Date') ? 'date' : typeof sampleValue(registers, field) === 'number' ? 'number' : 'text',
      field,
      codeList: ENUM_FIELDS[kind][field],
      value: (r) => asCellOut(r[field]),
    });
  }
  const extraHeaders: string[] = [];
  for (const reg of registers) {
    for (const letter of reg.unmapped) {
      const header = reg.unmappedHeaders[letter] ?? letter;
      if (!extraHeaders.includes(header)) extraHeaders.push(header);
    }
  }
  for (const header of extraHeaders) cols.push({ header, type: 'text', value: (r) => r.extra[header] });
  if (kind === 'applications') {
    cols.push(
      { header: L.due, type: 'date', value: (r) => asCellOut(r.computed?.due) },
      { header: L.workdaysLeft, type: 'number', value: (r) => asCellOut(r.computed?.workdaysLeft) },
      { header: L.status, type: 'text', codeList: '状态', value: (r) => asCellOut(r.computed?.status) },
      { header: L.explanation, type: 'text', value: explanation },
    );
  } else if (kind === 'catalogue') {
    cols.push(
      { header: L.publicationDue, type: 'date', value: (r) => asCellOut(r.computed?.publicationDue) },
      { header: L.transferDue, type: 'date', value: (r) => asCellOut(r.computed?.transferDue) },
      { header: L.explanation, type: 'text', value: explanation },
    );
  }
  cols.push({ header: L.original, type: 'text', value: (r) => originalText(kind, r) });
  return cols;
}

function sampleValue(registers: readonly AnyRegister[], field: string): unknown {
  for (const reg of registers) {
    for (const rec of reg.records) {
      const v = (rec as unknown as RecordView)[field];
      if (v !== undefined && v !== null) return v;
    }
  }
  return undefined;
}

function asCellOut(v: unknown): CellOut {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function explanation(r: RecordView): string | undefined {
  const steps = r.computed?.steps;
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  const lines = steps.map(String);
  if (r.computed?.uncertain === true) lines.push(L.uncertain);
  return lines.join('\n');
}

function originalText(kind: RegisterKind, r: RecordView): string | undefined {
  const entries = Object.entries(r.original);
  if (entries.length === 0) return undefined;
  return entries.map(([field, text]) => `${HEADER_TABLES[kind].labels[field] ?? field}：${text}`).join('；');
}

/** The value as it goes into the cell: dates as real dates, text as text, numbers as numbers. */
function cellValue(type: ColumnType, v: CellOut): string | number | Date | null {
  if (v === undefined || v === '') return null;
  if (type === 'date' && typeof v === 'string' && isCalendarDate(v)) return toUtcMidnight(v);
  if (type === 'number' && typeof v === 'number') return v;
  return typeof v === 'number' ? String(v) : v;
}

function tableColumnNames(cols: readonly ColumnSpec[]): string[] {
  const used = new Set<string>();
  return cols.map((c) => {
    const base = c.header.trim() === '' ? '列' : c.header.replace(/[\r\n]+/g, ' ');
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}（${i}）`;
    used.add(name);
    return name;
  });
}

/**
 * Cell styles are shared objects: exceljs caches a style id per style object, so one object per kind of
 * cell (instead of one per cell) keeps writing 100,000 rows fast. Never mutate them (no `cell.fill = …`).
 */
const STYLES = {
  text: { numFmt: TEXT_FORMAT },
  date: { numFmt: DATE_FORMAT },
  number: {},
  wrap: { numFmt: TEXT_FORMAT, alignment: { wrapText: true, vertical: 'top' } },
} satisfies Record<string, Partial<ExcelJS.Style>>;
type StyleKey = keyof typeof STYLES;
const FILLED = new Map<Partial<ExcelJS.Style>, Map<Severity, Partial<ExcelJS.Style>>>();

/** The shared style of `base` with the fill of a finding's severity. */
function filledStyle(base: Partial<ExcelJS.Style>, severity: Severity): Partial<ExcelJS.Style> {
  let bySeverity = FILLED.get(base);
  if (!bySeverity) FILLED.set(base, (bySeverity = new Map()));
  let style = bySeverity.get(severity);
  if (!style) {
    style = { ...base, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[severity] } } };
    bySeverity.set(severity, style);
  }
  return style;
}

/** Where a source row landed: register sheet, row, the column of each field and each column's base style. */
interface Placement {
  sheet: string;
  row: number;
  columns: Map<string, number>;
  styles: ReadonlyArray<Partial<ExcelJS.Style>>;
}

function styleKey(c: ColumnSpec): StyleKey {
  if (c.header === L.explanation || c.header === L.original) return 'wrap';
  return c.type;
}

function writeRegisterSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  kind: RegisterKind,
  registers: readonly AnyRegister[],
  located: Map<string, Placement>,
): void {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const cols = columnsFor(kind, registers);
  const names = tableColumnNames(cols);
  const fieldColumn = new Map<string, number>();
  cols.forEach((c, j) => c.field && fieldColumn.set(c.field, j + 1));
  const styles = cols.map((c) => STYLES[styleKey(c)]);

  const records: RecordView[] = [];
  for (const reg of registers) for (const rec of reg.records) records.push(rec as unknown as RecordView);
  const lastRow = Math.max(2, records.length + 1);
  const samples: string[][] = cols.map(() => []);
  // Cells are written one by one with shared styles; empty values create no cell at all.
  records.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    cols.forEach((c, j) => {
      const v = cellValue(c.type, c.value(r));
      if (v === null) return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      cell.style = styles[j];
      if (i < 300) samples[j].push(v instanceof Date ? '2025-01-01' : String(v));
    });
    located.set(sourceKey(r.source.sheet, r.source.row), { sheet: sheetName, row: i + 2, columns: fieldColumn, styles });
  });

  if (records.length > 0) {
    // The table is declared over the header only (so exceljs does not rewrite every cell), then widened.
    const table = ws.addTable({
      name: TABLE_NAMES[kind],
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows: [],
    }) as unknown as { table: { tableRef: string; autoFilterRef: string } };
    const ref = `A1:${columnLetter(cols.length)}${lastRow}`;
    table.table.tableRef = ref;
    table.table.autoFilterRef = ref;
  } else {
    names.forEach((n, j) => (ws.getCell(1, j + 1).value = n));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  }
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };

  cols.forEach((c, j) => {
    ws.getColumn(j + 1).width = c.header === L.explanation ? 60 : columnWidth(names[j], samples[j]);
  });

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

/** Fills the cells that have findings and lists every finding with a link to its register cell. */
function writeFindingsSheet(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  located: Map<string, Placement>,
): void {
  // Marks on the register sheets: worst severity wins the fill; the note lists every message of the cell.
  const marks = new Map<string, { place: Placement; col: number; severity: Severity; messages: string[] }>();
  const links: Array<string | null> = [];
  for (const f of findings) {
    const place = f.row === null ? undefined : located.get(sourceKey(f.sheet, f.row));
    if (!place) {
      links.push(null);
      continue;
    }
    const col = (f.field && place.columns.get(f.field)) || 2; // whole-row findings sit on 来源行
    links.push(`'${place.sheet}'!${columnLetter(col)}${place.row}`);
    const key = `${place.sheet}\u0000${place.row}\u0000${col}`;
    const mark = marks.get(key);
    if (mark) {
      mark.messages.push(f.message);
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[mark.severity]) mark.severity = f.severity;
    } else {
      marks.set(key, { place, col, severity: f.severity, messages: [f.message] });
    }
  }
  let notes = 0;
  for (const m of marks.values()) {
    const cell = wb.getWorksheet(m.place.sheet)!.getCell(m.place.row, m.col);
    cell.style = filledStyle(m.place.styles[m.col - 1] ?? STYLES.text, m.severity);
    if (notes < MAX_NOTES) {
      cell.note = `${L.noteTitle}\n${m.messages.join('\n')}`;
      notes++;
    }
  }

  const ws = wb.addWorksheet(L.findingsSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const rows = findings.map((f, i) => {
    const link = links[i];
    const target = link ?? null;
    return [
      i + 1,
      L.severity[f.severity],
      f.sheet,
      f.row,
      f.column,
      f.field ? fieldName(f.field) : null,
      f.code,
      f.message,
      target
        ? { formula: `HYPERLINK("#${target.replace(/"/g, '""')}","${target.replace(/'/g, '').replace(/"/g, '""')}")`, result: target.replace(/'/g, '') }
        : f.row === null ? null : L.notInRegister,
    ];
  });
  const names = [...L.findingColumns];
  if (rows.length > 0) {
    ws.addTable({
      name: 'Findings',
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name, j) => ({ name, filterButton: true, style: { numFmt: j === 0 || j === 3 ? 'General' : TEXT_FORMAT } })),
      rows,
    });
  } else {
    names.forEach((n, j) => (ws.getCell(1, j + 1).value = n));
    ws.getCell(2, 1).value = L.noFindings;
  }
  ws.getRow(1).font = { bold: true };
  const widths = [6, 8, 16, 6, 5, 16, 26, 90, 24];
  widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  ws.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  rows.forEach((r, i) => {
    const sev = findings[i].severity;
    ws.getCell(i + 2, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[sev] } };
    if (r[8] && typeof r[8] === 'object') ws.getCell(i + 2, 9).font = { color: { argb: 'FF0563C1' }, underline: true };
  });
}

/** The Chinese label of a canonical field (the first kind that has it), else the id. */
function fieldName(field: string): string {
  for (const kind of ['applications', 'catalogue', 'appeals'] as const) {
    const label = HEADER_TABLES[kind].labels[field];
    if (label) return label;
  }
  return field;
}

function writeCodeSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(L.codeSheet, { state: 'hidden' });
  CODE_LISTS.forEach((list, j) => {
    ws.getCell(1, j + 1).value = list.header;
    list.values.forEach((v, i) => {
      const cell = ws.getCell(i + 2, j + 1);
      cell.value = v;
      cell.numFmt = TEXT_FORMAT;
    });
    ws.getColumn(j + 1).width = 14;
  });
}
