import { CalendarDate, isCalendarDate, toUtcMidnight } from '../../../core/dates';
import {
  AnyRegister,
  APPLICANT_TYPES,
  ApplicationComputed,
  ApplicationStatus,
  ATTRIBUTES,
  CatalogueComputed,
  FieldName,
  FieldValue,
  FieldValues,
  fieldValue,
  RecordBase,
  CASE_RESULTS,
  CASE_TYPES,
  CHANNELS,
  RegisterKind,
  RESULT_TYPES,
} from '../../../core/register/types';
import { HEADER_TABLES } from '../../../core/ledger/headerSynonyms';
import { registerLabels as L } from './registerMessages';
import { safeText } from './cellText';

export type CellOut = string | number | CalendarDate | undefined;
export type ColumnType = 'text' | 'date' | 'number';

/** One column of a register sheet. */
export interface ColumnSpec {
  header: string;
  type: ColumnType;
  /** Canonical field whose findings land in this column. */
  field?: string;
  /** Header of the 代码表 column holding the allowed values. */
  codeList?: string;
  /** A source column that mapped to no field, kept under its own header. */
  extra?: boolean;
  value(record: RecordView): CellOut;
}

/** A record read generically (the writer serves all three kinds): every record of a register is one. */
export type RecordView = RecordBase & FieldValues & { computed?: Partial<ApplicationComputed & CatalogueComputed> };

export const STATUSES: readonly ApplicationStatus[] = [
  '已逾期',
  '即将到期',
  '办理中',
  '补正中',
  '征求意见中',
  '待缴费',
  '逾期不补正',
  '逾期未缴费',
  '按期办结',
  '逾期办结',
];

/** The hidden 代码表: one column per value list, referenced by the dropdowns. */
export const CODE_LISTS: ReadonlyArray<{ header: string; values: readonly string[] }> = [
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

/** The columns of a kind: source, canonical fields in order, extra columns, computed ones, original values. */
export function columnsFor(kind: RegisterKind, registers: readonly AnyRegister[]): ColumnSpec[] {
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
  for (const header of extraHeaders) cols.push({ header, type: 'text', extra: true, value: (r) => r.extra[header] });
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

function sampleValue(registers: readonly AnyRegister[], field: FieldName): unknown {
  for (const reg of registers) {
    for (const rec of reg.records) {
      const v = fieldValue(rec, field);
      if (v !== undefined && v !== null) return v;
    }
  }
  return undefined;
}

function asCellOut(v: FieldValue | boolean | null | undefined): CellOut {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v;
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
export function cellValue(type: ColumnType, v: CellOut): string | number | Date | null {
  if (v === undefined || v === '') return null;
  if (type === 'date' && typeof v === 'string' && isCalendarDate(v)) return toUtcMidnight(v);
  if (type === 'number' && typeof v === 'number') return v;
  return typeof v === 'number' ? String(v) : v;
}

export function tableColumnNames(cols: readonly ColumnSpec[]): string[] {
  const used = new Set<string>();
  return cols.map((c) => {
    // Source headers become table column names: only characters a workbook can hold.
    const clean = safeText(c.header);
    const base = clean.trim() === '' ? '列' : clean.replace(/[\r\n]+/g, ' ');
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}（${i}）`;
    used.add(name);
    return name;
  });
}

/** The Chinese label of a canonical field (the first kind that has it), else the id. */
export function fieldName(field: string): string {
  for (const kind of ['applications', 'catalogue', 'appeals'] as const) {
    const label = HEADER_TABLES[kind].labels[field];
    if (label) return label;
  }
  return field;
}
