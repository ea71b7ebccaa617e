import { RESULT_ROWS, TABLE3_COLUMNS, TABLE3_ROWS, Table3Row } from '../../core/register/types';
import { AnnualReportModel, CheckResult, REPORT_SOURCES, ReportSource, TABLE4_CELLS, TABLE4_GROUPS } from './model';
import { msg, TABLE2_LABELS, TABLE3_COLUMN_LABELS, TABLE3_ROW_LABELS, TABLE4_CELL_LABELS, TABLE4_GROUP_LABELS } from './messages';

export interface CheckOptions {
  /** Last year's 结转下年度 row (7 numbers) for the soft carry-over check. */
  lastYearCarryOut?: readonly number[];
  /** Last year's 现行有效件数 of table 二 block A, for the soft continuity check (ogi-reference §1.8 rule 8). */
  lastYearInForce?: { rules?: number | null; normativeDocs?: number | null };
}

/** Stable ids of the consistency rules (contracts §4). */
export const RULES = {
  // First: a report that lacks a source or an answer cannot pass, whatever the identities say.
  complete: 'report.complete',
  unread: 'table3.unread',
  rowTotal: 'table3.rowTotal',
  columnTotal: 'table3.columnTotal',
  balance: 'table3.balance',
  groupTotal: 'table4.groupTotal',
  cells: 'cells.nonNegativeInteger',
  fees: 'table2.fees',
  blank: 'cells.blank',
  carryIn: 'table3.carryIn',
  inForce: 'table2.inForce',
} as const;

/** The rule's Chinese name, where a report shows which rule a line is about (the id stays for JSON and tests). */
const RULE_NAMES: Record<string, string> = {
  [RULES.complete]: '报告完整',
  [RULES.unread]: '表三已答复申请均计入',
  [RULES.rowTotal]: '表三行合计',
  [RULES.columnTotal]: '表三列合计',
  [RULES.balance]: '表三勾稽关系',
  [RULES.groupTotal]: '表四合计',
  [RULES.cells]: '非负整数',
  [RULES.fees]: '收费金额',
  [RULES.blank]: '空白单元格',
  [RULES.carryIn]: '上年结转',
  [RULES.inForce]: '表二现行有效件数',
  'consolidate.table2.partial': '汇总表二',
};

/** The Chinese name of a consistency rule (an unknown id is shown as 其他规则, never as the English id). */
export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? '其他规则';
}

const OK_MESSAGES: Record<string, string> = {
  [RULES.rowTotal]: '表三每行“总计”列等于六类申请人之和',
  [RULES.columnTotal]: '表三每列“（七）总计”等于 21 项办理结果之和',
  [RULES.balance]: '表三每列 一＋二 ＝（七）总计＋四（勾稽关系）',
  [RULES.groupTotal]: '表四每组“总计”等于 结果维持＋结果纠正＋其他结果＋尚未审结',
  [RULES.cells]: '所有单元格为非负整数',
  [RULES.fees]: '行政事业性收费为不小于 0 的数',
  [RULES.blank]: '没有空白单元格',
  [RULES.carryIn]: '本年“上年结转”等于上年“结转下年度”',
  [RULES.inForce]: '表二现行有效件数＝上年现行有效＋本年制发－本年废止',
  [RULES.complete]: '报告所需的台账和机关名称均已提供',
  [RULES.unread]: '本年已答复的申请都计入了办理结果',
};

/** The sources a report lacks: those it names, and tables given entirely blank (an imported report). */
export function missingSources(model: AnnualReportModel): ReportSource[] {
  const out = new Set<ReportSource>(model.missing ?? []);
  if (TABLE3_ROWS.every((r) => (model.table3.rows[r] ?? []).every((v) => v === null || v === undefined))) out.add('applications');
  if (TABLE4_GROUPS.every((g) => TABLE4_CELLS.every((c) => model.table4[g]?.[c] === null || model.table4[g]?.[c] === undefined)))
    out.add('appeals');
  if (!model.office || !model.office.trim()) out.add('office');
  return REPORT_SOURCES.filter((s) => out.has(s));
}

/** True when a report lacks a source (不完整): it must never be shown as 通过. */
export function isIncomplete(model: AnnualReportModel): boolean {
  return missingSources(model).length > 0;
}

/** The line at the top of a report naming what is missing, or undefined when nothing is. */
export function incompleteLine(model: AnnualReportModel): string | undefined {
  const missing = missingSources(model);
  return missing.length > 0 ? incompleteMessage(missing) : undefined;
}

function incompleteMessage(missing: readonly ReportSource[]): string {
  return msg.incomplete(missing.map((m) => msg.missingSource[m]).join('、'), missing.map((m) => msg.missingHint[m]).join(''));
}

const rowLabel = (r: string) => TABLE3_ROW_LABELS[r] ?? r;
const colLabel = (c: string) => TABLE3_COLUMN_LABELS[c] ?? c;

/**
 * Checks the table identities of any annual report (ours or imported): hard rules are errors,
 * soft ones warnings; blank (null) cells of tables 三/四 are a warning and count as 0. Each
 * failure names the table, row, column and both numbers; a rule with no failure gets one ok entry.
 */
export function checkAnnualReport(model: AnnualReportModel, options: CheckOptions = {}): CheckResult[] {
  const failures: CheckResult[] = [];
  const fail = (f: Omit<CheckResult, 'ok'>) => failures.push({ ok: false, ...f });
  const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const totalCol = TABLE3_COLUMNS.indexOf('total');
  const rows = model.table3.rows;
  const cell = (r: Table3Row, c: number) => rows[r]?.[c];

  // A table whose source is missing is one 不完整 failure, not 25 × 7 blank cells, and its identities are not judged.
  const missing = missingSources(model);
  const no3 = missing.includes('applications');
  const no4 = missing.includes('appeals');
  if (missing.length > 0) {
    fail({ rule: RULES.complete, severity: 'error', message: incompleteMessage(missing) });
  }
  if (model.unread && model.unread.length > 0) {
    const where = model.unread.map((u) => `［${u.sheet}］第 ${u.row} 行${u.appNo ? `（${u.appNo}）` : ''}`).join('、');
    fail({ rule: RULES.unread, severity: 'error', table: '三', row: 'total', message: msg.unreadAnswers(model.unread.length, where) });
  }

  // Cell-level rules first: blanks (warning) and non-negative integers (error).
  for (const r of no3 ? [] : TABLE3_ROWS) {
    TABLE3_COLUMNS.forEach((c, i) => {
      const v = cell(r, i);
      if (v === null || v === undefined) {
        fail({
          rule: RULES.blank,
          severity: 'warning',
          table: '三',
          row: r,
          column: c,
          message: `表三“${rowLabel(r)}”行“${colLabel(c)}”列为空白，按 0 计算`,
        });
      } else if (!Number.isInteger(v) || v < 0) {
        fail({
          rule: RULES.cells,
          severity: 'error',
          table: '三',
          row: r,
          column: c,
          actual: v,
          message: `表三“${rowLabel(r)}”行“${colLabel(c)}”列为 ${v}，应为非负整数`,
        });
      }
    });
  }
  for (const g of no4 ? [] : TABLE4_GROUPS) {
    for (const c of TABLE4_CELLS) {
      const v = model.table4[g]?.[c];
      if (v === null || v === undefined) {
        fail({
          rule: RULES.blank,
          severity: 'warning',
          table: '四',
          row: g,
          column: c,
          message: `表四“${TABLE4_GROUP_LABELS[g]}”的“${TABLE4_CELL_LABELS[c]}”为空白，按 0 计算`,
        });
      } else if (!Number.isInteger(v) || v < 0) {
        fail({
          rule: RULES.cells,
          severity: 'error',
          table: '四',
          row: g,
          column: c,
          actual: v,
          message: `表四“${TABLE4_GROUP_LABELS[g]}”的“${TABLE4_CELL_LABELS[c]}”为 ${v}，应为非负整数`,
        });
      }
    }
  }
  const t2 = model.table2;
  for (const block of ['rules', 'normativeDocs'] as const) {
    for (const k of ['issued', 'abolished', 'inForce'] as const) {
      const v = t2[block][k];
      if (v !== null && (!Number.isInteger(v) || v < 0)) {
        fail({
          rule: RULES.cells,
          severity: 'error',
          table: '二',
          row: block,
          column: k,
          actual: v,
          message: `表二“${TABLE2_LABELS[block]}”的“${TABLE2_LABELS[k]}”为 ${v}，应为非负整数`,
        });
      }
    }
  }
  for (const k of ['licensing', 'penalty', 'enforcement'] as const) {
    const v = t2[k];
    if (v !== null && (!Number.isInteger(v) || v < 0)) {
      fail({
        rule: RULES.cells,
        severity: 'error',
        table: '二',
        row: k,
        column: 'count',
        actual: v,
        message: `表二“${TABLE2_LABELS[k]}”为 ${v}，应为非负整数`,
      });
    }
  }
  if (t2.feesWanYuan !== null && !(Number.isFinite(t2.feesWanYuan) && t2.feesWanYuan >= 0)) {
    fail({
      rule: RULES.fees,
      severity: 'error',
      table: '二',
      row: 'feesWanYuan',
      column: 'amount',
      actual: t2.feesWanYuan,
      message: `表二“${TABLE2_LABELS.feesWanYuan}”为 ${t2.feesWanYuan}，应为不小于 0 的数`,
    });
  }

  // Table 三 identities.
  for (const r of no3 ? [] : TABLE3_ROWS) {
    let sum = 0;
    for (let i = 0; i < totalCol; i++) sum += n(cell(r, i));
    const total = n(cell(r, totalCol));
    if (sum !== total) {
      fail({
        rule: RULES.rowTotal,
        severity: 'error',
        table: '三',
        row: r,
        column: 'total',
        expected: sum,
        actual: total,
        message: `表三“${rowLabel(r)}”行：“总计”列为 ${total}，六类申请人之和为 ${sum}`,
      });
    }
  }
  (no3 ? [] : TABLE3_COLUMNS).forEach((c, i) => {
    const sum = RESULT_ROWS.reduce((s, r) => s + n(cell(r, i)), 0);
    const total = n(cell('total', i));
    if (sum !== total) {
      fail({
        rule: RULES.columnTotal,
        severity: 'error',
        table: '三',
        row: 'total',
        column: c,
        expected: sum,
        actual: total,
        message: `表三“${colLabel(c)}”列：“（七）总计”为 ${total}，21 项办理结果之和为 ${sum}`,
      });
    }
    const inflow = n(cell('new', i)) + n(cell('carry_in', i));
    const outflow = n(cell('total', i)) + n(cell('carry_out', i));
    if (inflow !== outflow) {
      fail({
        rule: RULES.balance,
        severity: 'error',
        table: '三',
        row: 'carry_out',
        column: c,
        expected: inflow,
        actual: outflow,
        message: `表三“${colLabel(c)}”列：一（本年新收）＋二（上年结转）＝ ${inflow}，而（七）总计＋四（结转下年度）＝ ${outflow}，勾稽关系不成立`,
      });
    }
  });

  // Table 四 identities.
  for (const g of no4 ? [] : TABLE4_GROUPS) {
    const grp = model.table4[g];
    const sum = n(grp?.upheld) + n(grp?.corrected) + n(grp?.other) + n(grp?.pending);
    const total = n(grp?.total);
    if (sum !== total) {
      fail({
        rule: RULES.groupTotal,
        severity: 'error',
        table: '四',
        row: g,
        column: 'total',
        expected: sum,
        actual: total,
        message: `表四“${TABLE4_GROUP_LABELS[g]}”：“总计”为 ${total}，结果维持＋结果纠正＋其他结果＋尚未审结＝ ${sum}`,
      });
    }
  }

  // Soft: carry-over from last year.
  if (options.lastYearCarryOut && !no3) {
    TABLE3_COLUMNS.forEach((c, i) => {
      const last = options.lastYearCarryOut?.[i];
      const now = cell('carry_in', i);
      if (last === undefined || now === null || now === undefined) return;
      if (last !== now) {
        fail({
          rule: RULES.carryIn,
          severity: 'warning',
          table: '三',
          row: 'carry_in',
          column: c,
          expected: last,
          actual: now,
          message: `表三“${colLabel(c)}”列：本年“上年结转”为 ${now}，上年报告“结转下年度”为 ${last}`,
        });
      }
    });
  }

  // Soft: documents in force carry over (revisions and expiry can break it, so a warning only).
  if (options.lastYearInForce) {
    for (const key of ['rules', 'normativeDocs'] as const) {
      const last = options.lastYearInForce[key];
      const { issued, abolished, inForce } = model.table2[key];
      if (typeof last !== 'number' || issued === null || abolished === null || inForce === null) continue;
      const expected = last + issued - abolished;
      if (expected !== inForce) {
        fail({
          rule: RULES.inForce,
          severity: 'warning',
          table: '二',
          row: key,
          column: 'inForce',
          expected,
          actual: inForce,
          message: `表二“${TABLE2_LABELS[key]}”：现行有效件数为 ${inForce}，上年现行有效 ${last}＋本年制发 ${issued}－本年废止 ${abolished}＝ ${expected}（有修订、失效的可能，请核对）`,
        });
      }
    }
  }

  const results: CheckResult[] = [];
  const soft = new Set<string>([RULES.blank, RULES.carryIn, RULES.inForce]);
  const notJudged = new Set<string>([
    ...(no3 ? [RULES.rowTotal, RULES.columnTotal, RULES.balance, RULES.carryIn] : []),
    ...(no4 ? [RULES.groupTotal] : []),
  ]);
  const checked = Object.values(RULES).filter(
    (r) => (r !== RULES.carryIn || options.lastYearCarryOut) && (r !== RULES.inForce || options.lastYearInForce) && !notJudged.has(r),
  );
  for (const rule of checked) {
    const mine = failures.filter((f) => f.rule === rule);
    if (mine.length === 0) results.push({ rule, ok: true, message: OK_MESSAGES[rule], severity: soft.has(rule) ? 'warning' : 'error' });
    else results.push(...mine);
  }
  return results;
}

/** True when any hard rule failed. */
export function hasHardFailure(checks: readonly CheckResult[]): boolean {
  return checks.some((c) => !c.ok && c.severity !== 'warning');
}
