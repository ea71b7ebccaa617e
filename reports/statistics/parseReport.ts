import { TABLE3_COLUMNS, TABLE3_ROWS, Table3Row } from '../../core/register/types';
import {
  AnnualReportModel,
  DocCounts,
  REPORT_SOURCES,
  ReportSource,
  Table2,
  Table4,
  Table4Cell,
  TABLE4_CELLS,
  TABLE4_GROUPS,
} from './model';

export type ParsedReport = { ok: true; model: AnnualReportModel; notes: string[] } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cell of an imported table: numbers stay, numeric text becomes a number, blank/`/`/`-` is null. */
export function importedCell(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const t = value.trim().replace(/[，,]/g, '');
    if (t === '' || t === '/' || t === '-' || t === '—' || t === '／' || t === '未提供') return null;
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
    return Number.NaN;
  }
  return null;
}

/**
 * Reads an annual report in our JSON layout (contracts §4) — ours or hand-made — into a model
 * for checking. Missing rows or cells become blank (null, a warning in the check); anything that
 * is not the layout at all is `{ok:false}` with a Chinese message. Unknown keys are ignored.
 */
export function parseReportJson(value: unknown): ParsedReport {
  if (!isObject(value)) return { ok: false, message: '不是年度报告 JSON：顶层应为对象' };
  const t3 = value.table3;
  if (!isObject(t3) || !isObject(t3.rows)) return { ok: false, message: '不是年度报告 JSON：缺少 table3.rows（表三）' };
  const notes: string[] = [];
  const columns = Array.isArray(t3.columns) ? t3.columns.map(String) : [...TABLE3_COLUMNS];
  const order = TABLE3_COLUMNS.map((c) => columns.indexOf(c));
  if (order.some((i) => i < 0)) return { ok: false, message: `表三的列应为 ${TABLE3_COLUMNS.join(', ')}，收到 ${columns.join(', ')}` };
  const rowsIn = t3.rows;
  const rows = {} as Record<Table3Row, (number | null)[]>;
  for (const r of TABLE3_ROWS) {
    const cells = rowsIn[r];
    if (!Array.isArray(cells)) {
      notes.push(`表三缺少“${r}”行，按空白处理`);
      rows[r] = TABLE3_COLUMNS.map(() => null);
    } else {
      rows[r] = order.map((i) => importedCell(cells[i]));
    }
  }
  for (const key of Object.keys(rowsIn))
    if (!(TABLE3_ROWS as readonly string[]).includes(key)) notes.push(`表三的“${key}”行不是标准行，已忽略`);

  const t4in = isObject(value.table4) ? value.table4 : {};
  const table4 = {} as Table4;
  for (const g of TABLE4_GROUPS) {
    const grp = isObject(t4in[g]) ? t4in[g] : {};
    table4[g] = {} as Record<Table4Cell, number | null>;
    for (const c of TABLE4_CELLS) table4[g][c] = importedCell(grp[c]);
  }

  const t2in = isObject(value.table2) ? value.table2 : {};
  const docs = (v: unknown): DocCounts => {
    const o = isObject(v) ? v : {};
    return { issued: importedCell(o.issued), abolished: importedCell(o.abolished), inForce: importedCell(o.inForce) };
  };
  const table2: Table2 = {
    rules: docs(t2in.rules),
    normativeDocs: docs(t2in.normativeDocs),
    licensing: importedCell(t2in.licensing),
    penalty: importedCell(t2in.penalty),
    enforcement: importedCell(t2in.enforcement),
    feesWanYuan: importedCell(t2in.feesWanYuan),
  };
  const year = typeof value.year === 'number' ? value.year : Number(value.year);
  const model: AnnualReportModel = {
    year: Number.isInteger(year) ? year : 0,
    office: typeof value.office === 'string' ? value.office : '',
    table2,
    table3: { columns: [...TABLE3_COLUMNS], rows },
    table4,
    checks: [],
  };
  const missing = Array.isArray(value.missing)
    ? value.missing.filter((m): m is ReportSource => (REPORT_SOURCES as readonly unknown[]).includes(m))
    : [];
  if (missing.length > 0) model.missing = missing;
  return { ok: true, model, notes };
}
