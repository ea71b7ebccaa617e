import { Finding, FindingCode } from '../../core/findings';
import {
  AnyRegister,
  AppealRecord,
  ApplicationRecord,
  CatalogueRecord,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  Table3Row,
} from '../../core/register/types';
import {
  AnnualReportModel,
  DocCounts,
  ReportSource,
  Table2,
  Table3,
  Table4,
  Table4Cell,
  Table4GroupId,
  TABLE4_CELLS,
  TABLE4_GROUPS,
  UnreadAnswer,
} from './model';
import { AnnualInputs } from './inputs';
import { docClass, saysAbolished } from './docClass';
import { checkAnnualReport } from './checks';
import { annualText } from './text';
import { msg } from './messages';
import { classifyApplication } from './countable';
import { yearBoundsOf } from './yearBounds';

export interface AnnualOptions {
  year: number;
  office: string;
  inputs?: AnnualInputs;
}

export interface AnnualResult {
  model: AnnualReportModel;
  findings: Finding[];
  /** Applications that touch the year but could not be counted (each has a finding; incomplete appeals are findings too). */
  excluded: number;
}

/** Counts the national annual-report tables 二, 三 and 四 for `year` from the registers (contracts §4). */
export function annualReport(registers: readonly AnyRegister[], options: AnnualOptions): AnnualResult {
  const { year } = options;
  const findings: Finding[] = [];
  let excluded = 0;
  const applications: ApplicationRecord[] = [];
  const appeals: AppealRecord[] = [];
  const catalogue: CatalogueRecord[] = [];
  const has = new Set<string>();
  for (const reg of registers) {
    has.add(reg.kind);
    if (reg.kind === 'applications') applications.push(...reg.records);
    else if (reg.kind === 'appeals') appeals.push(...reg.records);
    else catalogue.push(...reg.records);
  }

  const t3 = countTable3(applications, year, findings);
  excluded += t3.excluded;
  const t4 = countTable4(appeals, year, findings);
  const t2 = table2(catalogue, has.has('catalogue'), year, options.inputs);
  const office = options.office.trim();

  // A table whose source was not given is 未提供 (null), never a row of zeros that would pass the checks.
  const missing: ReportSource[] = [];
  if (!has.has('applications')) missing.push('applications');
  const blockA = [t2.rules, t2.normativeDocs].flatMap((b) => [b.issued, b.abolished, b.inForce]);
  if (!has.has('catalogue') && blockA.some((v) => v === null)) missing.push('catalogue');
  if (!has.has('appeals')) missing.push('appeals');
  if (office === '') missing.push('office');

  const model: AnnualReportModel = {
    year,
    office,
    table2: t2,
    table3: has.has('applications') ? t3.table : nullTable3(),
    table4: has.has('appeals') ? t4.table : nullTable4(),
    checks: [],
    excluded,
  };
  if (missing.length > 0) model.missing = missing;
  if (t3.unread.length > 0) model.unread = t3.unread;
  model.checks = checkAnnualReport(model, { lastYearCarryOut: options.inputs?.lastYearCarryOut });
  model.text = annualText(model, applications);
  return { model, findings, excluded };
}

/** An empty table 三 (all zeros). */
export function emptyTable3(): Table3 {
  const rows = {} as Record<Table3Row, number[]>;
  for (const r of TABLE3_ROWS) rows[r] = TABLE3_COLUMNS.map(() => 0);
  return { columns: [...TABLE3_COLUMNS], rows };
}

/** An empty table 四 (all zeros). */
export function emptyTable4(): Table4 {
  const t = {} as Table4;
  for (const g of TABLE4_GROUPS) {
    t[g] = {} as Record<Table4Cell, number>;
    for (const c of TABLE4_CELLS) t[g][c] = 0;
  }
  return t;
}

/** Table 三 of a report without an applications register: every cell 未提供 (null). */
export function nullTable3(): Table3 {
  const rows = {} as Record<Table3Row, (number | null)[]>;
  for (const r of TABLE3_ROWS) rows[r] = TABLE3_COLUMNS.map(() => null);
  return { columns: [...TABLE3_COLUMNS], rows };
}

/** Table 四 of a report without an appeals register: every cell 未提供 (null). */
export function nullTable4(): Table4 {
  const t = {} as Table4;
  for (const g of TABLE4_GROUPS) {
    t[g] = {} as Record<Table4Cell, number | null>;
    for (const c of TABLE4_CELLS) t[g][c] = null;
  }
  return t;
}

export { resultRowOf } from './countable';

function finding(
  a: { source: { sheet: string; row: number } },
  field: string,
  code: FindingCode,
  message: string,
  severity: Finding['severity'] = 'error',
): Finding {
  return { sheet: a.source.sheet, row: a.source.row, column: null, field, severity, code, message };
}

function countTable3(applications: readonly ApplicationRecord[], year: number, findings: Finding[]) {
  const table = emptyTable3();
  let excluded = 0;
  const unread: UnreadAnswer[] = [];
  const totalIndex = TABLE3_COLUMNS.indexOf('total');
  for (const a of applications) {
    const c = classifyApplication(a, year);
    if (c.kind === 'outside') continue;
    if (c.kind === 'excluded') {
      findings.push(finding(a, c.field, c.code, c.message));
      excluded++;
      continue;
    }
    const col = TABLE3_COLUMNS.indexOf(c.column);
    const add = (r: Table3Row) => {
      const cells = table.rows[r] as number[];
      cells[col]++;
      cells[totalIndex]++;
    };
    add(c.inflow);
    if (c.row) {
      add(c.row);
      add('total');
    } else if (c.unread) {
      // Received, so it stays in 本年新收; its answer cannot be placed, so the identities fail until it is fixed.
      findings.push(finding(a, c.unread.field, c.unread.code, c.unread.message));
      unread.push({ sheet: a.source.sheet, row: a.source.row, ...(a.appNo ? { appNo: a.appNo } : {}) });
    } else {
      add('carry_out');
    }
  }
  return { table, excluded, unread };
}

const CASE_GROUP: Record<string, Table4GroupId> = { 行政复议: 'review', 直接起诉: 'suitDirect', 复议后起诉: 'suitAfterReview' };
const CASE_CELL: Record<string, Table4Cell> = { 维持: 'upheld', 纠正: 'corrected', 其他: 'other', 尚未审结: 'pending' };

function countTable4(appeals: readonly AppealRecord[], year: number, findings: Finding[]) {
  const { first, last } = yearBoundsOf(year);
  const table = emptyTable4();
  for (const c of appeals) {
    if (!c.caseType || !c.filedDate) {
      // Only report cases that may belong to the year.
      if (!c.filedDate || (c.filedDate >= first && c.filedDate <= last)) {
        findings.push(
          finding(c, c.caseType ? 'filedDate' : 'caseType', 'report.annual.appealIncomplete', msg.appealIncomplete(c.caseNo, year)),
        );
      }
      continue;
    }
    if (c.filedDate < first || c.filedDate > last) continue;
    const group = table[CASE_GROUP[c.caseType]];
    let cell: Table4Cell = 'pending';
    if (c.result && c.result !== '尚未审结') {
      if (!c.closedDate) {
        findings.push(finding(c, 'closedDate', 'report.annual.appealNoClosedDate', msg.appealNoClosedDate(c.caseNo), 'warning'));
        cell = CASE_CELL[c.result];
      } else if (c.closedDate <= last) {
        cell = CASE_CELL[c.result];
      }
    }
    group[cell] = (group[cell] ?? 0) + 1;
    group.total = (group.total ?? 0) + 1;
  }
  return { table };
}

function table2(catalogue: readonly CatalogueRecord[], hasCatalogue: boolean, year: number, inputs: AnnualInputs | undefined): Table2 {
  const { first, last } = yearBoundsOf(year);
  const counted = (): DocCounts =>
    hasCatalogue ? { issued: 0, abolished: 0, inForce: 0 } : { issued: null, abolished: null, inForce: null };
  const blocks: Record<'rules' | 'normativeDocs', DocCounts> = { rules: counted(), normativeDocs: counted() };
  for (const item of catalogue) {
    if (item.attribute && item.attribute !== '主动公开') continue;
    const cls = docClass(item);
    if (!cls || !item.formedDate) continue;
    const b = blocks[cls];
    const inc = (k: keyof DocCounts) => {
      b[k] = (b[k] ?? 0) + 1;
    };
    if (item.formedDate >= first && item.formedDate <= last) inc('issued');
    if (item.abolishedDate && item.abolishedDate >= first && item.abolishedDate <= last) inc('abolished');
    const abolishedByYearEnd = item.abolishedDate ? item.abolishedDate <= last : saysAbolished(item.validity);
    if (item.formedDate <= last && !abolishedByYearEnd) inc('inForce');
  }
  const merge = (base: DocCounts, over: Partial<DocCounts> | undefined): DocCounts => ({
    issued: over?.issued !== undefined ? over.issued : base.issued,
    abolished: over?.abolished !== undefined ? over.abolished : base.abolished,
    inForce: over?.inForce !== undefined ? over.inForce : base.inForce,
  });
  return {
    rules: merge(blocks.rules, inputs?.rules),
    normativeDocs: merge(blocks.normativeDocs, inputs?.normativeDocs),
    licensing: inputs?.licensing ?? null,
    penalty: inputs?.penalty ?? null,
    enforcement: inputs?.enforcement ?? null,
    feesWanYuan: inputs?.feesWanYuan ?? null,
  };
}
