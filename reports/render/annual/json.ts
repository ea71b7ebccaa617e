import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../../core/register/types';
import { AnnualReportModel, TABLE4_CELLS, TABLE4_GROUPS } from '../../statistics/model';

/** The report in the key order of contracts §4 (year, office, table2, table3, table4, checks), then the extras. */
function ordered(model: AnnualReportModel): Record<string, unknown> {
  const rows: Record<string, (number | null)[]> = {};
  for (const r of TABLE3_ROWS) rows[r] = TABLE3_COLUMNS.map((_, i) => model.table3.rows[r]?.[i] ?? null);
  const table4: Record<string, Record<string, number | null>> = {};
  for (const g of TABLE4_GROUPS) {
    table4[g] = {};
    for (const c of TABLE4_CELLS) table4[g][c] = model.table4[g][c];
  }
  const t2 = model.table2;
  const out: Record<string, unknown> = {
    year: model.year,
    office: model.office,
    table2: {
      rules: { issued: t2.rules.issued, abolished: t2.rules.abolished, inForce: t2.rules.inForce },
      normativeDocs: { issued: t2.normativeDocs.issued, abolished: t2.normativeDocs.abolished, inForce: t2.normativeDocs.inForce },
      licensing: t2.licensing,
      penalty: t2.penalty,
      enforcement: t2.enforcement,
      feesWanYuan: t2.feesWanYuan,
    },
    table3: { columns: [...TABLE3_COLUMNS], rows },
    table4,
    checks: model.checks,
  };
  if (model.text) out.text = model.text;
  if (model.excluded !== undefined) out.excluded = model.excluded;
  // What the report lacks (its tables are null, 未提供) and the answers it could not place.
  if (model.missing && model.missing.length > 0) out.missing = model.missing;
  if (model.unread && model.unread.length > 0) out.unread = model.unread;
  if (model.offices) out.offices = model.offices.map(ordered);
  return out;
}

/** `annual-YYYY.json` text (contracts §4): two-space indent, each table 三 row on one line. */
export function annualJson(model: AnnualReportModel): string {
  const text = JSON.stringify(ordered(model), null, 2);
  // Seven numbers per row read best on one line: "new": [1, 2, …].
  return `${text.replace(
    /\[\n\s+((?:-?[\d.]+|null),\n\s+)*(?:-?[\d.]+|null)\n\s+\]/g,
    (m) =>
      `[${m
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .join(', ')}]`,
  )}\n`;
}
