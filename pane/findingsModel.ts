/**
 * The 检查 view's findings without DOM: the summary line's counts, the sections (期限 apart from
 * typing mistakes, then errors, warnings, hints and the cells that only want a tidier form), each
 * item with its case and mechanical fix, and the order 上一条 / 下一条 walk.
 */
import type { Finding, Severity } from '../core/findings';
import { summarise } from '../core/findings';
import { findingSpec } from '../core/findingCodes';
import type { Grid } from '../core/grid';
import { registerFixes, type CellFix } from '../core/ledger/fixes';
import type { AnyRegister } from '../core/register/types';
import { FINDINGS_MSG as M, type SectionId } from './views/findingsMessages';

export type { SectionId } from './views/findingsMessages';

/** Items listed per field; the rest are counted (they are all on the 检查结果 sheet). */
export const ITEMS_PER_FIELD = 500;

/** Codes of open cases past their date (今日逾期) and due within three working days (即将到期). */
const OVERDUE_CODES: ReadonlySet<string> = new Set(['deadline.reply.overdue', 'deadline.publication.overdue']);
const DUE_SOON_CODES: ReadonlySet<string> = new Set(['deadline.reply.soon']);
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One line of the list: a finding, or a cell that only wants its normal form (then `finding` is absent). */
export interface FindingItem {
  /** Unique in the model, stable across renders of the same check. */
  key: string;
  sheet: string;
  row: number | null;
  column: string | null;
  field: string | null;
  severity: Severity;
  /** `C5`, or 整表 for a finding about the whole sheet. */
  address: string;
  /** 申请编号, 信息名称 or 案件编号 of the row, when it has one. */
  caseName?: string;
  message: string;
  finding?: Finding;
  fix?: CellFix;
}

/** One section of the list, its items by field in order of first appearance. */
export interface FindingSection {
  id: SectionId;
  /** The worst severity of its items (the section's colour). */
  severity: Severity;
  count: number;
  /** Open by default: the overdue cases when one is an error, and the errors. */
  open: boolean;
  /** Sub-groups: by field, or in 期限 by kind of deadline (`label` is then the code's title, 已逾期未答复 …). */
  fields: Array<{ field: string; label?: string; items: FindingItem[]; hidden: number }>;
}

/** The summary line: 今日逾期 N 件 · 即将到期 N 件 · 错误 N · 警告 N. */
export interface FindingsSummary {
  overdue: number;
  dueSoon: number;
  errors: number;
  warnings: number;
}

export interface FindingsModel {
  summary: FindingsSummary;
  sections: FindingSection[];
  /** Every listed item in display order (what 上一条 / 下一条 walk). */
  order: FindingItem[];
}

/** The model of one checked sheet's findings; with its register and grid, the mechanical fixes too. */
export function findingsModel(findings: readonly Finding[], register?: AnyRegister, grid?: Grid): FindingsModel {
  const caseOf = caseNames(register);
  const fixes = register && grid ? registerFixes(register, grid) : [];
  const fixAt = new Map(fixes.map((f) => [`${f.row}:${f.column}`, f]));
  const used = new Set<CellFix>();
  const seen = new Map<string, number>();
  const keyOf = (base: string) => {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  };

  const items = findings.map((f): FindingItem => {
    const address = f.row !== null && f.column !== null ? `${f.column}${f.row}` : M.wholeSheet;
    const candidate = fixAt.get(`${f.row}:${f.column}`);
    // A fix answers the finding that names its kind (免予公开 → attribute.legacy), never a different problem of that cell.
    const fix = candidate && candidate.kind === f.code ? candidate : undefined;
    if (fix) used.add(fix);
    return {
      key: keyOf(`${f.sheet}!${address}:${f.code}`),
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      field: f.field,
      severity: f.severity,
      address,
      caseName: f.row !== null ? caseOf.get(f.row) : undefined,
      message: f.message,
      finding: f,
      fix,
    };
  });
  const formatItems = fixes
    .filter((x) => !used.has(x))
    .map((x): FindingItem => ({
      key: keyOf(`${x.sheet}!${x.column}${x.row}:${x.kind}`),
      sheet: x.sheet,
      row: x.row,
      column: x.column,
      field: x.field,
      severity: 'info',
      address: `${x.column}${x.row}`,
      caseName: caseOf.get(x.row),
      message: M.fixNote[x.kind](x.from),
      fix: x,
    }));

  const isDeadline = (i: FindingItem) => i.finding?.code.startsWith('deadline.') === true;
  const deadline = items.filter(isDeadline).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const rest = items.filter((i) => !isDeadline(i));
  const sections = [
    // A clerk acts on a deadline by its kind (已逾期未答复, 即将到期 …), not by the column it sits in.
    section('deadline', deadline, (i) => (i.finding ? { key: i.finding.code, label: findingSpec(i.finding.code).title } : { key: '' })),
    section(
      'error',
      rest.filter((i) => i.severity === 'error'),
    ),
    section(
      'warning',
      rest.filter((i) => i.severity === 'warning'),
    ),
    section(
      'info',
      rest.filter((i) => i.severity === 'info'),
    ),
    section('format', formatItems),
  ].filter((s): s is FindingSection => s !== null);

  const counts = summarise(findings);
  const rowsWith = (codes: ReadonlySet<string>) =>
    new Set(findings.filter((f) => codes.has(f.code)).map((f) => `${f.sheet}:${f.row}`)).size;
  return {
    summary: { overdue: rowsWith(OVERDUE_CODES), dueSoon: rowsWith(DUE_SOON_CODES), errors: counts.errors, warnings: counts.warnings },
    sections,
    order: sections.flatMap((s) => s.fields.flatMap((f) => f.items)),
  };
}

type GroupOf = (item: FindingItem) => { key: string; label?: string };
const BY_FIELD: GroupOf = (i) => ({ key: i.field ?? '' });

function section(id: SectionId, items: FindingItem[], groupOf: GroupOf = BY_FIELD): FindingSection | null {
  if (items.length === 0) return null;
  const groups = new Map<string, { label?: string; list: FindingItem[] }>();
  for (const i of items) {
    const { key, label } = groupOf(i);
    const group = groups.get(key);
    if (group) group.list.push(i);
    else groups.set(key, { label, list: [i] });
  }
  const severity = items.reduce<Severity>((worst, i) => (RANK[i.severity] < RANK[worst] ? i.severity : worst), 'info');
  return {
    id,
    severity,
    count: items.length,
    open: id === 'error' || (id === 'deadline' && severity === 'error'),
    fields: [...groups].map(([field, { label, list }]) => ({
      field,
      label,
      items: list.slice(0, ITEMS_PER_FIELD),
      hidden: Math.max(0, list.length - ITEMS_PER_FIELD),
    })),
  };
}

/** The item after (`step` 1) or before (-1) the one keyed `current`; the first (or last) when none is current. */
export function stepItem(order: readonly FindingItem[], current: string | null, step: 1 | -1): FindingItem | undefined {
  const at = current === null ? -1 : order.findIndex((i) => i.key === current);
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[at + step];
}

/** Each data row's case, as a clerk names it: 申请编号, 信息名称 or 案件编号. */
export function caseNames(register: AnyRegister | undefined): ReadonlyMap<number, string> {
  const names = new Map<number, string>();
  for (const r of register?.records ?? []) {
    const name = 'appNo' in r && r.appNo ? r.appNo : 'title' in r && r.title ? r.title : 'caseNo' in r && r.caseNo ? r.caseNo : '';
    if (name) names.set(r.source.row, name);
  }
  return names;
}
