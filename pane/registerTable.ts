/**
 * A register laid out as a table: canonical columns in order, the source's extra columns, then the
 * computed ones. Pure data, so the Excel host writes it with Office.js and the offline page with exceljs.
 */
import type { AnyRegister, ApplicationComputed, CatalogueComputed, FieldValue, RegisterKind } from '../core/register/types';
import { isCalendarDate } from '../core/dates';
import { HEADER_TABLES } from '../core/ledger/headerSynonyms';
import { CODE_LISTS, type RecordView } from '../reports/render/xlsx/registerColumns';
import { registerLabels as L } from '../reports/render/xlsx/registerMessages';

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

const SHEET_NAMES: Record<RegisterKind, string> = {
  catalogue: '登记_主动公开目录',
  applications: '登记_依申请公开',
  appeals: '登记_复议诉讼',
};

const NUMBER_FIELDS = new Set(['pages', 'copies', 'extensionDays', 'feeAmount']);

/** Enum fields → the 代码表 list they draw from (the same lists as the register workbook's). */
const ENUM_LIST_NAMES: Record<string, string> = {
  attribute: '公开属性',
  channel: '申请方式',
  applicantType: '申请人类型',
  resultType: '答复类型',
  caseType: '案件类型',
  result: '审理结果',
};
const ENUM_LISTS: Record<string, { name: string; values: readonly string[] }> = Object.fromEntries(
  Object.entries(ENUM_LIST_NAMES).map(([field, name]) => [
    field,
    { name, values: CODE_LISTS.find((l) => l.header === name)?.values ?? [] },
  ]),
);

/** The computed values shown as columns (not `uncertain`, which the status and explanation already say). */
type ComputedKey = Exclude<keyof (ApplicationComputed & CatalogueComputed), 'uncertain'>;

/** Computed columns per kind: header and how to read the value from `record.computed`. */
const COMPUTED: Record<RegisterKind, ReadonlyArray<{ header: string; key: ComputedKey; type: ColumnType }>> = {
  applications: [
    { header: L.due, key: 'due', type: 'date' },
    { header: L.workdaysLeft, key: 'workdaysLeft', type: 'number' },
    { header: L.status, key: 'status', type: 'text' },
    { header: L.explanation, key: 'steps', type: 'text' },
  ],
  catalogue: [
    { header: L.publicationDue, key: 'publicationDue', type: 'date' },
    { header: L.transferDue, key: 'transferDue', type: 'date' },
    { header: L.explanation, key: 'steps', type: 'text' },
  ],
  appeals: [],
};

/** Lays a register out as a table (header row + one row per record, in source order). */
export function registerTable(register: AnyRegister): RegisterTable {
  const kind = register.kind;
  const table = HEADER_TABLES[kind];
  const fields = table.fields.map((field) => ({ field, label: table.labels[field] ?? field }));
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
  const records: readonly RecordView[] = register.records;
  const rows: TableCell[][] = records.map((record) => [
    record.source.row,
    ...fields.map((f) => cell(record[f.field], f.field.endsWith('Date') ? 'date' : NUMBER_FIELDS.has(f.field) ? 'number' : 'text')),
    ...extraHeaders.map((h) => cell(record.extra[h], 'text')),
    ...COMPUTED[kind].map((c) => cell(record.computed?.[c.key], c.type)),
  ]);
  const lists: Record<string, readonly string[]> = {};
  for (const f of fields) {
    const list = ENUM_LISTS[f.field];
    if (list) lists[list.name] = list.values;
  }
  return { sheetName: SHEET_NAMES[kind], columns, rows, lists };
}

/** A canonical or computed value (computed steps are a list of texts). */
function cell(value: FieldValue | readonly string[] | undefined, type: ColumnType): TableCell {
  if (value === undefined || value === '') return null;
  if (typeof value === 'object') return value.join('；');
  if (type === 'date') return typeof value === 'string' && isCalendarDate(value) ? value : String(value);
  if (type === 'number') return value;
  return String(value);
}

/** A cell text neutralised so Excel can never read it as a formula (leading = + - @ get an apostrophe). */
export function neutraliseText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
