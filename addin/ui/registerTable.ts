/**
 * A register laid out as a table: canonical columns in order, the source's extra columns, then the
 * computed ones. Pure data, so the Excel host writes it with Office.js and the offline page with exceljs.
 */
import type { AnyRegister, RegisterKind } from '../../core/register/types';
import {
  ATTRIBUTES, CHANNELS, APPLICANT_TYPES, RESULT_TYPES, CASE_TYPES, CASE_RESULTS,
} from '../../core/register/types';
import { isCalendarDate } from '../../core/dates';
import catalogueHeaders from '../../templates/headers/catalogue.json';
import applicationsHeaders from '../../templates/headers/applications.json';
import appealsHeaders from '../../templates/headers/appeals.json';

/** How a column's cells are written: text ('@' format), real dates, or numbers. */
export type ColumnType = 'text' | 'date' | 'number';

export interface TableColumn {
  header: string;
  type: ColumnType;
  /** Name of the 代码表 list for a dropdown, when the column is an enum. */
  list?: string;
}

/** A cell of the table: text, number, or a CalendarDate string for date columns. */
export type TableCell = string | number | null;

export interface RegisterTable {
  /** Preferred sheet name, e.g. `登记台账_申请` */
  sheetName: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Dropdown lists for the hidden 代码表 sheet: list name → values. */
  lists: Record<string, readonly string[]>;
}

const HEADERS: Record<RegisterKind, { label: string; fields: ReadonlyArray<{ field: string; label: string }> }> = {
  catalogue: catalogueHeaders,
  applications: applicationsHeaders,
  appeals: appealsHeaders,
};

const SHEET_NAMES: Record<RegisterKind, string> = {
  catalogue: '登记_主动公开目录',
  applications: '登记_依申请公开',
  appeals: '登记_复议诉讼',
};

const NUMBER_FIELDS = new Set(['pages', 'copies', 'extensionDays', 'feeAmount']);

/** Enum fields → the 代码表 list they draw from. */
const ENUM_LISTS: Record<string, { name: string; values: readonly string[] }> = {
  attribute: { name: '公开属性', values: ATTRIBUTES },
  channel: { name: '申请方式', values: CHANNELS },
  applicantType: { name: '申请人类型', values: APPLICANT_TYPES },
  resultType: { name: '答复类型', values: RESULT_TYPES },
  caseType: { name: '案件类型', values: CASE_TYPES },
  result: { name: '审理结果', values: CASE_RESULTS },
};

/** Computed columns per kind: header and how to read the value from `record.computed`. */
const COMPUTED: Record<RegisterKind, ReadonlyArray<{ header: string; key: string; type: ColumnType }>> = {
  applications: [
    { header: '法定期限', key: 'due', type: 'date' },
    { header: '剩余工作日', key: 'workdaysLeft', type: 'number' },
    { header: '状态', key: 'status', type: 'text' },
    { header: '期限说明', key: 'steps', type: 'text' },
  ],
  catalogue: [
    { header: '公开期限', key: 'publicationDue', type: 'date' },
    { header: '移交期限', key: 'transferDue', type: 'date' },
    { header: '期限说明', key: 'steps', type: 'text' },
  ],
  appeals: [],
};

/** Lays a register out as a table (header row + one row per record, in source order). */
export function registerTable(register: AnyRegister): RegisterTable {
  const kind = register.kind;
  const fields = HEADERS[kind].fields;
  const extraHeaders = register.unmapped.map((letter) => register.unmappedHeaders[letter] ?? letter);
  const columns: TableColumn[] = [
    { header: '源行号', type: 'number' },
    ...fields.map((f): TableColumn => ({
      header: f.label,
      type: f.field.endsWith('Date') ? 'date' : NUMBER_FIELDS.has(f.field) ? 'number' : 'text',
      list: ENUM_LISTS[f.field]?.name,
    })),
    ...extraHeaders.map((h): TableColumn => ({ header: h, type: 'text' })),
    ...COMPUTED[kind].map((c): TableColumn => ({ header: c.header, type: c.type })),
  ];
  const rows: TableCell[][] = (register.records as ReadonlyArray<object>).map((recordObj) => {
    const record = recordObj as Record<string, unknown> & { source: { row: number }; extra: Record<string, string>; computed?: Record<string, unknown> };
    return [
      record.source.row,
      ...fields.map((f) => cell(record[f.field], f.field.endsWith('Date') ? 'date' : NUMBER_FIELDS.has(f.field) ? 'number' : 'text')),
      ...extraHeaders.map((h) => cell(record.extra[h], 'text')),
      ...COMPUTED[kind].map((c) => cell(record.computed?.[c.key], c.type)),
    ];
  });
  const lists: Record<string, readonly string[]> = {};
  for (const f of fields) {
    const list = ENUM_LISTS[f.field];
    if (list) lists[list.name] = list.values;
  }
  return { sheetName: SHEET_NAMES[kind], columns, rows, lists };
}

function cell(value: unknown, type: ColumnType): TableCell {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.join('；');
  if (type === 'date') return typeof value === 'string' && isCalendarDate(value) ? value : String(value);
  if (type === 'number') return typeof value === 'number' ? value : String(value);
  return String(value);
}

/** A cell text neutralised so Excel can never read it as a formula (leading = + - @ get an apostrophe). */
export function neutraliseText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
