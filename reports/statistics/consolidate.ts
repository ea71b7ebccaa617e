import { ApplicationRecord, TABLE3_COLUMNS, TABLE3_ROWS } from '../../core/register/types';
import { emptyTable3, emptyTable4 } from './annual';
import { checkAnnualReport } from './checks';
import { AnnualReportModel, CheckResult, DocCounts, REPORT_SOURCES, ReportSource, Table2, TABLE4_CELLS, TABLE4_GROUPS } from './model';
import { annualText, overviewSentence } from './text';
import { TABLE2_LABELS } from './messages';
import { UserError } from '../../core/errors';

/** Thrown when the reports cannot be summed (none given, or different years). */
export class ConsolidateError extends UserError {}

export interface ConsolidateOptions {
  /** Name of the compiling body, e.g. 某某区人民政府. */
  office: string;
  /** All offices' applications, for the part 一/六 sentences (on-time rate, fees); omitted → sentences from the tables only. */
  applications?: readonly ApplicationRecord[];
}

/**
 * Sums several offices' annual reports of the same year into one, keeping each office's model in
 * `offices`. Blank cells of tables 三/四 count as 0 (each office's own check warns about them); a
 * table 二 figure stays null only when no office knows it, and a sum over some offices only is a warning.
 */
export function consolidate(models: readonly AnnualReportModel[], options: ConsolidateOptions): AnnualReportModel {
  if (models.length === 0) throw new ConsolidateError('没有可汇总的年度报告');
  const years = [...new Set(models.map((m) => m.year))];
  if (years.length > 1) throw new ConsolidateError(`各单位报告的年度不一致（${years.join('、')}），不能汇总`);
  const table3 = emptyTable3();
  const table4 = emptyTable4();
  for (const m of models) {
    for (const r of TABLE3_ROWS) {
      TABLE3_COLUMNS.forEach((_, i) => {
        (table3.rows[r] as number[])[i] += m.table3.rows[r]?.[i] ?? 0;
      });
    }
    for (const g of TABLE4_GROUPS) for (const c of TABLE4_CELLS) table4[g][c] = (table4[g][c] ?? 0) + (m.table4[g]?.[c] ?? 0);
  }
  const notes: CheckResult[] = [];
  const sum = (label: string, pick: (t: Table2) => number | null): number | null => {
    const known = models.filter((m) => pick(m.table2) !== null);
    if (known.length === 0) return null;
    if (known.length < models.length) {
      const missing = models.filter((m) => pick(m.table2) === null).map((m) => m.office || '（未命名单位）');
      notes.push({
        rule: 'consolidate.table2.partial',
        ok: false,
        severity: 'warning',
        table: '二',
        row: label,
        message: `表二“${TABLE2_LABELS[label] ?? label}”只汇总了已填报的单位，${missing.join('、')}未填报`,
      });
    }
    const total = known.reduce((s, m) => s + (pick(m.table2) ?? 0), 0);
    return Math.round(total * 10000) / 10000;
  };
  const docs = (block: 'rules' | 'normativeDocs'): DocCounts => ({
    issued: sum(block, (t) => t[block].issued),
    abolished: sum(block, (t) => t[block].abolished),
    inForce: sum(block, (t) => t[block].inForce),
  });
  const model: AnnualReportModel = {
    year: years[0],
    office: options.office,
    table2: {
      rules: docs('rules'),
      normativeDocs: docs('normativeDocs'),
      licensing: sum('licensing', (t) => t.licensing),
      penalty: sum('penalty', (t) => t.penalty),
      enforcement: sum('enforcement', (t) => t.enforcement),
      feesWanYuan: sum('feesWanYuan', (t) => t.feesWanYuan),
    },
    table3,
    table4,
    checks: [],
    excluded: models.reduce((s, m) => s + (m.excluded ?? 0), 0),
    offices: models.map((m) => ({ ...m, offices: undefined })),
  };
  // A sum over offices of which one lacks a register is as incomplete as that office (its 0s are not known).
  const missing = new Set<ReportSource>(models.flatMap((m) => (m.missing ?? []).filter((s) => s !== 'office')));
  if (!options.office.trim()) missing.add('office');
  if (missing.size > 0) model.missing = REPORT_SOURCES.filter((s) => missing.has(s));
  const unread = models.flatMap((m) => m.unread ?? []);
  if (unread.length > 0) model.unread = unread;
  model.checks = [...checkAnnualReport(model), ...dedupe(notes)];
  if (options.applications) model.text = annualText(model, options.applications);
  else {
    // Without case data the fee sentence cannot be recounted: quote each office's own.
    const fees = models
      .filter((m) => m.text?.fees)
      .map((m) => `${m.office}：${m.text?.fees}`)
      .join('');
    model.text = { overview: overviewSentence(model, []), fees };
  }
  return model;
}

// `docs` calls `sum` three times per block; report each block once.
function dedupe(notes: CheckResult[]): CheckResult[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.message) ? false : (seen.add(n.message), true)));
}
