import { addDays, asCalendarDate, CalendarDate } from '../../../core/dates';
import {
  AnyRegister,
  AppealRecord,
  ApplicantType,
  APPLICANT_COLUMN,
  ApplicationRecord,
  CaseResult,
  CaseType,
  CatalogueRecord,
  RESULT_ROWS,
  RESULT_ROW_TYPE,
  ResultRow,
  TABLE3_COLUMNS,
} from '../../../core/register/types';
import { AnnualReportModel } from '../../../reports/statistics/model';

let rowCounter = 4;

/** An application record with the given fields (source row numbers count up). */
export function app(fields: Partial<ApplicationRecord>): ApplicationRecord {
  return { source: { sheet: '依申请公开', row: rowCounter++ }, extra: {}, original: {}, computed: {}, ...fields };
}
export function appeal(fields: Partial<AppealRecord>): AppealRecord {
  return { source: { sheet: '复议诉讼', row: rowCounter++ }, extra: {}, original: {}, ...fields };
}
export function item(fields: Partial<CatalogueRecord>): CatalogueRecord {
  return { source: { sheet: '主动公开目录', row: rowCounter++ }, extra: {}, original: {}, computed: {}, ...fields };
}

export function register(kind: AnyRegister['kind'], records: AnyRegister['records']): AnyRegister {
  return {
    kind,
    sheet: kind,
    headerRow: 3,
    dataRows: records.length,
    mapping: {},
    unmapped: [],
    unmappedHeaders: {},
    records,
    findings: [],
  } as AnyRegister;
}

const d = (s: string) => asCalendarDate(s);
const TYPE_OF_COLUMN = Object.fromEntries(Object.entries(APPLICANT_COLUMN).map(([t, c]) => [c, t])) as Record<string, ApplicantType>;

/**
 * Builds applications that reproduce table 三 of a published report for `year`: per applicant
 * column, carry-in cases received last December, new cases spread over the year; the first
 * `total` of them are answered in the year by the report's result rows, the rest stay open.
 * Plus noise that must not count: cases answered the year before, cases received the year after.
 */
export function applicationsFor(model: AnnualReportModel): ApplicationRecord[] {
  const year = model.year;
  const out: ApplicationRecord[] = [];
  const rows = model.table3.rows;
  TABLE3_COLUMNS.forEach((column, ci) => {
    if (column === 'total') return;
    const applicantType = TYPE_OF_COLUMN[column];
    const carryIn = rows.carry_in[ci] ?? 0;
    const fresh = rows.new[ci] ?? 0;
    const results: ResultRow[] = [];
    for (const r of RESULT_ROWS) for (let k = 0; k < (rows[r][ci] ?? 0); k++) results.push(r);
    const all = carryIn + fresh;
    for (let i = 0; i < all; i++) {
      const received =
        i < carryIn
          ? addDays(d(`${year - 1}-12-01`), i % 28)
          : addDays(d(`${year}-01-01`), Math.floor(((i - carryIn) * 364) / Math.max(fresh, 1)));
      const result = results[i];
      let replyDate: CalendarDate | undefined;
      if (result) {
        replyDate = addDays(received, 15);
        if (replyDate > d(`${year}-12-31`)) replyDate = d(`${year}-12-31`);
        if (replyDate < d(`${year}-01-01`)) replyDate = d(`${year}-01-02`);
      }
      out.push(
        app({
          appNo: `${year}-${column}-${i + 1}`,
          applicantType,
          receivedDate: received,
          replyDate,
          applicantName: `张三${i}`,
          idNumber: '110101199003071234',
          phone: '13800138000',
          resultType: result ? RESULT_ROW_TYPE[result] : undefined,
          resultRow: result,
          computed: result ? { due: addDays(received, 28) } : {},
        }),
      );
    }
  });
  // Noise outside the year.
  out.push(
    app({
      appNo: 'old',
      applicantType: '自然人',
      receivedDate: d(`${year - 1}-03-01`),
      replyDate: d(`${year - 1}-03-20`),
      resultType: '予以公开',
      resultRow: 'granted',
    }),
  );
  out.push(app({ appNo: 'next', applicantType: '商业企业', receivedDate: d(`${year + 1}-01-02`) }));
  return out;
}

const CELL_RESULT: Record<string, CaseResult> = { upheld: '维持', corrected: '纠正', other: '其他' };
const GROUP_TYPE: Record<string, CaseType> = { review: '行政复议', suitDirect: '直接起诉', suitAfterReview: '复议后起诉' };

/** Appeals reproducing table 四: closed cases in the year, pending ones open or closed after year end. */
export function appealsFor(model: AnnualReportModel): AppealRecord[] {
  const year = model.year;
  const out: AppealRecord[] = [];
  for (const [group, cells] of Object.entries(model.table4)) {
    const caseType = GROUP_TYPE[group];
    for (const [cell, result] of Object.entries(CELL_RESULT)) {
      for (let k = 0; k < (cells[cell as 'upheld'] ?? 0); k++) {
        out.push(
          appeal({ caseNo: `${group}-${cell}-${k}`, caseType, filedDate: d(`${year}-03-01`), result, closedDate: d(`${year}-06-01`) }),
        );
      }
    }
    for (let k = 0; k < (cells.pending ?? 0); k++) {
      // Alternate the two ways a case is still open at year end.
      out.push(
        k % 2 === 0
          ? appeal({ caseNo: `${group}-p-${k}`, caseType, filedDate: d(`${year}-11-01`), result: '尚未审结' })
          : appeal({
              caseNo: `${group}-p-${k}`,
              caseType,
              filedDate: d(`${year}-11-01`),
              result: '维持',
              closedDate: d(`${year + 1}-02-01`),
            }),
      );
    }
  }
  out.push(
    appeal({
      caseNo: 'last-year',
      caseType: '行政复议',
      filedDate: d(`${year - 1}-12-30`),
      result: '纠正',
      closedDate: d(`${year}-01-20`),
    }),
  );
  return out;
}
