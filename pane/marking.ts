/**
 * Which cells a marking touches and how they look, for every host that marks in place (Excel, WPS):
 * one cell per address with its worst severity and all its messages, runs of rows per column, the
 * fill colours, the prefix that identifies our notes, and the rows of the 检查结果 sheet.
 */
import type { Finding, Severity } from '../core/findings';
import { neutraliseText } from './registerTable';
import { OUR_SHEET_NAMES } from '../core/workbook/sheetRoles';

/** Prefix of our notes and comments. */
export const NOTE_PREFIX = '【台账助手】';
/** The findings list written when notes are unavailable or capped. */
export const RESULTS_SHEET = OUR_SHEET_NAMES.findings;
/** Fill colours (`#RRGGBB`) per severity. */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** One cell to mark: its worst severity and all its messages. */
export interface MarkedCell {
  sheet: string;
  row: number;
  column: string;
  severity: Severity;
  messages: string[];
}

/** Cells to mark, one per address, worst severity first. */
export function cellsToMark(findings: readonly Finding[]): MarkedCell[] {
  const byCell = new Map<string, MarkedCell>();
  for (const f of findings) {
    if (f.row === null || f.column === null) continue;
    const key = `${f.sheet}\u0000${f.column}${f.row}`;
    const cell = byCell.get(key);
    if (!cell) byCell.set(key, { sheet: f.sheet, row: f.row, column: f.column, severity: f.severity, messages: [f.message] });
    else {
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[cell.severity]) cell.severity = f.severity;
      cell.messages.push(f.message);
    }
  }
  return [...byCell.values()];
}

/** [from, to] runs of consecutive numbers (input need not be sorted). */
export function contiguousRuns(numbers: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** Addresses (`C5:C9`, `D7`) covering the cells, runs of rows merged per column. */
export function runAddresses(cells: ReadonlyArray<{ row: number; column: string }>): string[] {
  const byColumn = new Map<string, number[]>();
  for (const c of cells) {
    const rows = byColumn.get(c.column) ?? [];
    rows.push(c.row);
    byColumn.set(c.column, rows);
  }
  const out: string[] = [];
  for (const [column, rows] of byColumn) {
    for (const [from, to] of contiguousRuns(rows)) out.push(from === to ? `${column}${from}` : `${column}${from}:${column}${to}`);
  }
  return out;
}

/** Joins addresses into comma lists no longer than `max` characters. */
export function areaGroups(addresses: readonly string[], max: number): string[] {
  const groups: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + a.length + 1 > max) {
      groups.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) groups.push(cur);
  return groups;
}

/** The 检查结果 table: a header and one row per finding, every text neutralised (written as text). */
export function findingsTableRows(findings: readonly Finding[]): string[][] {
  const header = ['工作表', '单元格', '级别', '字段', '代码', '说明'];
  const rows = findings.map((f) => [
    f.sheet,
    f.row !== null && f.column !== null ? `${f.column}${f.row}` : '',
    SEVERITY_ZH[f.severity],
    f.field ?? '',
    f.code,
    f.message,
  ]);
  return [header, ...rows].map((r) => r.map((v) => neutraliseText(v)));
}
