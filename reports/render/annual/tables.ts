import { TABLE3_COLUMNS, Table3Row } from '../../../core/register/types';
import { missingSources } from '../../statistics/checks';
import { AnnualReportModel, ReportSource, TABLE4_CELLS, TABLE4_GROUPS } from '../../statistics/model';
import {
  REPORT_TEXT,
  SECTION_HEADINGS,
  TABLE2_TEXT,
  TABLE3_HEADER,
  TABLE3_NOTE,
  TABLE3_OUTCOMES,
  TABLE3_TOP_ROWS,
  TABLE4_TEXT,
} from './labels';
import { GridBuilder, TableGrid } from './tableGrid';

/** A figure as shown: 未提供 where its source was not given and nothing else filled it, else the number (or blank). */
function shown(model: AnnualReportModel, source: ReportSource, value: number | null | undefined): number | string | null {
  if (value !== null && value !== undefined) return value;
  return model.missing?.includes(source) || missingSources(model).includes(source) ? REPORT_TEXT.notProvided : null;
}

/** Table 二 in the official four-block layout (4 columns; B–D values span 3 columns). */
export function table2Grid(model: AnnualReportModel): TableGrid {
  const t = model.table2;
  const g = new GridBuilder();
  const T = TABLE2_TEXT;
  g.next().add(T.itemA, 'caption', { colSpan: 4 });
  g.next().add(T.content, 'header').add(T.issued, 'header').add(T.abolished, 'header').add(T.inForce, 'header');
  for (const cls of ['rules', 'normativeDocs'] as const) {
    g.next().add(T[cls], 'label');
    for (const k of ['issued', 'abolished', 'inForce'] as const)
      g.add(shown(model, 'catalogue', t[cls][k]), 'number', { id: `table2.${cls}.${k}`, toFill: true });
  }
  const block = (caption: string, header: string, rows: Array<[string, number | null, string]>) => {
    g.next().add(caption, 'caption', { colSpan: 4 });
    g.next().add(T.content, 'header').add(header, 'header', { colSpan: 3 });
    for (const [label, value, id] of rows) g.next().add(label, 'label').add(value, 'number', { colSpan: 3, id, toFill: true });
  };
  block(T.itemB, T.decisions, [[T.licensing, t.licensing, 'table2.licensing']]);
  block(T.itemC, T.decisions, [
    [T.penalty, t.penalty, 'table2.penalty'],
    [T.enforcement, t.enforcement, 'table2.enforcement'],
  ]);
  block(T.itemD, T.feeAmount, [[T.fees, t.feesWanYuan, 'table2.feesWanYuan']]);
  return {
    heading: SECTION_HEADINGS.table2,
    columns: 4,
    rows: g.rowCount,
    headerRows: 0,
    cells: g.cells,
    xlsxWidths: [22, 18, 18, 18],
    pdfWidths: [150, 0, 0, 0],
    pdfFontSize: 10,
  };
}

/** Table 三: the 勾稽 note over the 3 label columns, 申请人情况 over 7 data columns, 25 data rows. */
export function table3Grid(model: AnnualReportModel): TableGrid {
  const g = new GridBuilder();
  const H = TABLE3_HEADER;
  g.next().add(TABLE3_NOTE, 'note', { rowSpan: 3, colSpan: 3 }).add(H.applicants, 'header', { colSpan: 7 });
  g.next().add(H.natural, 'header', { rowSpan: 2 }).add(H.organisations, 'header', { colSpan: 5 }).add(H.total, 'header', { rowSpan: 2 });
  g.next();
  for (const label of H.orgColumns) g.add(label, 'header');
  const numbers = (row: Table3Row) => {
    const values = model.table3.rows[row] ?? [];
    TABLE3_COLUMNS.forEach((col, i) => g.add(shown(model, 'applications', values[i]), 'number', { id: `table3.${row}.${col}` }));
  };
  g.next().add(TABLE3_TOP_ROWS.new, 'label', { colSpan: 3 });
  numbers('new');
  g.next().add(TABLE3_TOP_ROWS.carry_in, 'label', { colSpan: 3 });
  numbers('carry_in');
  const outcomeRows = TABLE3_OUTCOMES.reduce((n, b) => n + ('rows' in b ? b.rows.length : 1), 0) + 1;
  g.next().add(TABLE3_TOP_ROWS.results, 'label', { rowSpan: outcomeRows });
  let first = true;
  for (const block of TABLE3_OUTCOMES) {
    if (!first) g.next();
    first = false;
    if ('row' in block) {
      g.add(block.label, 'label', { colSpan: 2 });
      numbers(block.row);
      continue;
    }
    g.add(block.label, 'label', { rowSpan: block.rows.length });
    block.rows.forEach((sub, i) => {
      if (i > 0) g.next();
      g.add(sub.label, 'label');
      numbers(sub.row);
    });
  }
  g.next().add(TABLE3_TOP_ROWS.total, 'label', { colSpan: 2 });
  numbers('total');
  g.next().add(TABLE3_TOP_ROWS.carry_out, 'label', { colSpan: 3 });
  numbers('carry_out');
  return {
    heading: SECTION_HEADINGS.table3,
    columns: 10,
    rows: g.rowCount,
    headerRows: 3,
    cells: g.cells,
    xlsxWidths: [8, 12, 40, 9, 9, 9, 11, 11, 9, 9],
    pdfWidths: [24, 66, 0, 30, 30, 30, 36, 36, 28, 32],
    pdfFontSize: 8.5,
  };
}

/** Table 四: 行政复议 (5) and 行政诉讼 (10 = 未经复议直接起诉 5 + 复议后起诉 5), one data row. */
export function table4Grid(model: AnnualReportModel): TableGrid {
  const g = new GridBuilder();
  const T = TABLE4_TEXT;
  g.next().add(T.review, 'header', { colSpan: 5 }).add(T.suit, 'header', { colSpan: 10 });
  g.next();
  for (const c of TABLE4_CELLS) g.add(T.cells[c], 'header', { rowSpan: 2 });
  g.add(T.groups.suitDirect, 'header', { colSpan: 5 }).add(T.groups.suitAfterReview, 'header', { colSpan: 5 });
  g.next();
  for (let i = 0; i < 2; i++) for (const c of TABLE4_CELLS) g.add(T.cells[c], 'header');
  g.next();
  for (const grp of TABLE4_GROUPS)
    for (const c of TABLE4_CELLS) g.add(shown(model, 'appeals', model.table4[grp][c]), 'number', { id: `table4.${grp}.${c}` });
  return {
    heading: SECTION_HEADINGS.table4,
    columns: 15,
    rows: g.rowCount,
    headerRows: 3,
    cells: g.cells,
    xlsxWidths: Array.from({ length: 15 }, () => 9),
    pdfWidths: Array.from({ length: 15 }, () => 0),
    pdfFontSize: 8,
  };
}

/** Per-office breakdown of a consolidated report: one row per office, then the total. */
export function officesGrid(model: AnnualReportModel): TableGrid | undefined {
  if (!model.offices || model.offices.length === 0) return undefined;
  const g = new GridBuilder();
  g.next();
  for (const label of REPORT_TEXT.officeColumns) g.add(label, 'header');
  const total = TABLE3_COLUMNS.indexOf('total');
  const line = (name: string, m: AnnualReportModel, bold = false) => {
    const t3 = (row: Table3Row) => m.table3.rows[row]?.[total] ?? null;
    const suits = [m.table4.suitDirect.total, m.table4.suitAfterReview.total];
    const suitTotal = suits.some((v) => v === null) ? null : suits.reduce<number>((s, v) => s + (v ?? 0), 0);
    g.next().add(name, 'label', { bold });
    for (const v of [
      t3('new'),
      t3('carry_in'),
      t3('granted'),
      t3('partial'),
      t3('total'),
      t3('carry_out'),
      m.table4.review.total,
      suitTotal,
    ]) {
      g.add(v, 'number');
    }
  };
  for (const office of model.offices) line(office.office, office);
  line(REPORT_TEXT.officesTotal, model, true);
  return {
    heading: REPORT_TEXT.officesHeading,
    columns: REPORT_TEXT.officeColumns.length,
    rows: g.rowCount,
    headerRows: 1,
    cells: g.cells,
    xlsxWidths: [28, 10, 10, 10, 10, 10, 10, 10, 10],
    pdfWidths: [0, 42, 42, 42, 42, 42, 42, 42, 42],
    pdfFontSize: 9,
  };
}
