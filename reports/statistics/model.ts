import { Table3Column, Table3Row } from '../../core/register/types';

/** Issued / abolished / in force counts of one document class in table 二 block A. */
export interface DocCounts {
  issued: number | null;
  abolished: number | null;
  inForce: number | null;
}

/** Table 二 (主动公开政府信息情况). `null` = unknown (never a silent 0). */
export interface Table2 {
  rules: DocCounts;
  normativeDocs: DocCounts;
  licensing: number | null;
  penalty: number | null;
  enforcement: number | null;
  feesWanYuan: number | null;
}

/** Table 三: seven numbers per row in TABLE3_COLUMNS order. `null` marks a blank cell of an imported table. */
export interface Table3 {
  columns: Table3Column[];
  rows: Record<Table3Row, (number | null)[]>;
}

export type Table4GroupId = 'review' | 'suitDirect' | 'suitAfterReview';
export type Table4Cell = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';
export const TABLE4_GROUPS: readonly Table4GroupId[] = ['review', 'suitDirect', 'suitAfterReview'];
export const TABLE4_CELLS: readonly Table4Cell[] = ['upheld', 'corrected', 'other', 'pending', 'total'];
export type Table4 = Record<Table4GroupId, Record<Table4Cell, number | null>>;

/** One consistency rule's outcome (contracts §4). */
export interface CheckResult {
  rule: string;
  ok: boolean;
  message: string;
  severity?: 'error' | 'warning';
  /** Where it failed: table, row id, column id, and the two numbers compared. */
  table?: '二' | '三' | '四';
  row?: string;
  column?: string;
  expected?: number;
  actual?: number;
}

/** A source a report is counted from; when absent its tables are 未提供 (`null`), never 0. `office` = the 机关名称. */
export type ReportSource = 'applications' | 'catalogue' | 'appeals' | 'office';
export const REPORT_SOURCES: readonly ReportSource[] = ['applications', 'catalogue', 'appeals', 'office'];

/** An application counted as received but whose answer names no table 三 row (it keeps the report from passing). */
export interface UnreadAnswer {
  sheet: string;
  row: number;
  appNo?: string;
}

/** The national-format annual report tables keyed by canonical ids (contracts §4 JSON layout). */
export interface AnnualReportModel {
  year: number;
  office: string;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  checks: CheckResult[];
  /** Report text helpers: part 一 figures sentence and part 六 fee sentence (Chinese). */
  text?: { overview: string; fees: string };
  /** Per-office breakdown when consolidated. */
  offices?: AnnualReportModel[];
  /** How many applications could not be counted (each is a finding). */
  excluded?: number;
  /** Sources not given: their tables are null (未提供) and the report is 不完整. */
  missing?: ReportSource[];
  /** Answers counted in 本年新收/上年结转 but in no outcome row. */
  unread?: UnreadAnswer[];
}
