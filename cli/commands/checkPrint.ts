import type { CalendarDate } from '../../core/dates';
import { summarise, type Finding } from '../../core/findings';
import { fieldLabel } from '../../core/ledger/headerSynonyms';
import type { Workbench } from '../../core/workbench';
import type { CliIO } from '../io';
import { paint, type Paint } from '../colour';
import { checkMessages as M } from './checkMessages';
import type { CheckFileJson } from './check';

/** Hints listed per sheet before the rest are folded; errors and warnings are always listed in full. */
const MAX_HINTS = 10;
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** What `ogi check` prints without --json: the check date and the summary first, then each file. */
export interface CheckReport {
  today: CalendarDate;
  /** Whether the date came from --today (else it is today in Beijing). */
  todayGiven: boolean;
  entries: CheckFileJson[];
  /** The 工作台 of each usable file, for the overdue and due-soon lines. */
  desks: Workbench[];
}

/** Prints the human report of `ogi check`: date, summary (overdue, due soon, errors, warnings), overdue cases, then every sheet. */
export function printCheckReport(report: CheckReport, io: CliIO): void {
  const p = paint(io.colour === true);
  const findings = report.entries.flatMap((e) => e.sheets.flatMap((s) => s.findings));
  const c = summarise(findings);
  const rows = report.desks.flatMap((d) => d.rows);
  const overdue = rows.filter((r) => r.counter === 'overdue');
  const dueToday = rows.filter((r) => r.counter === 'dueToday').length;
  const dueSoon = dueToday + rows.filter((r) => r.counter === 'dueSoon').length;
  io.out(`${p.bold(M.checkDate(report.today, report.todayGiven))}\n`);
  const overdueText = M.overdueCount(overdue.length);
  io.out(
    `${overdue.length > 0 ? p.severity('error', overdueText) : overdueText}，${M.dueSoonCount(dueSoon, dueToday)}；${severityCounts(c, p)}\n`,
  );
  for (const r of overdue)
    io.out(`  ${p.severity('error', M.overdueCase(r.appNo || `第 ${r.row} 行`, r.remaining, r.due, r.department))}\n`);
  io.out('\n');
  for (const entry of report.entries) printFile(entry, io, p);
  io.out(`${M.total(c.errors, c.warnings, c.infos)}\n`);
}

/** `错误 N 条，警告 N 条，提示 N 条`, errors and warnings in their colours. */
export function severityCounts(c: { errors: number; warnings: number; infos: number }, p: Paint): string {
  return `${p.severity('error', M.errorCount(c.errors))}，${p.severity('warning', M.warningCount(c.warnings))}，${M.infoCount(c.infos)}`;
}

function printFile(entry: CheckFileJson, io: CliIO, p: Paint): void {
  io.out(`${M.file(entry.file)}\n`);
  for (const s of entry.sheets) {
    if (!s.kind) {
      io.out(`${M.skipped(s.sheet, s.skipped ?? '')}\n`);
      continue;
    }
    const kind = s.kind;
    io.out(`${M.sheetLine(s.sheet, M.kindLabel[kind], kind, s.headerRow ?? 0, s.dataRows)}\n`);
    io.out(`${M.mapping(mappingText(s.mapping, (field) => fieldLabel(kind, field)))}\n`);
    if (s.unmapped.length > 0) io.out(`${M.unmapped(s.unmapped.join('、'))}\n`);
    const c = summarise(s.findings);
    io.out(`${M.counts(c.errors, c.warnings, c.infos)}\n`);
    printFindings(s.findings, (line) => io.out(line), p, { indent: '    ', moreHints: M.moreHints });
  }
  if (entry.register) io.out(`${M.wrote(entry.register)}\n`);
}

/** How a list of findings is laid out: its indent, whether each line names its sheet, and the line for folded hints. */
export interface FindingListStyle {
  indent: string;
  /** Prefix each line with `[sheet]` (lists that span sheets, like ogi report's). */
  withSheet?: boolean;
  moreHints: (n: number) => string;
}

/** Prints findings most severe first: every error and warning, then at most MAX_HINTS hints and one line for the rest. */
export function printFindings(findings: readonly Finding[], write: (line: string) => void, p: Paint, style: FindingListStyle): void {
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const hints = sorted.filter((f) => f.severity === 'info');
  const listed = [...sorted.filter((f) => f.severity !== 'info'), ...hints.slice(0, MAX_HINTS)];
  for (const f of listed) write(`${style.indent}${findingLine(f, p, style.withSheet === true)}\n`);
  if (hints.length > MAX_HINTS) write(`${p.dim(style.moreHints(hints.length - MAX_HINTS))}\n`);
}

function findingLine(f: Finding, p: Paint, withSheet: boolean): string {
  const sheet = withSheet && f.sheet ? `[${f.sheet}] ` : '';
  const where = f.row === null ? '' : `第 ${f.row} 行${f.column ? ` ${f.column} 列` : ''} `;
  return `${sheet}${where}${p.severity(f.severity, `[${M.severity[f.severity]}]`)} ${f.message}`;
}

function mappingText(mapping: Record<string, string>, labels: (field: string) => string): string {
  return Object.entries(mapping)
    .sort((a, b) => a[1].length - b[1].length || a[1].localeCompare(b[1]))
    .map(([field, letter]) => `${letter}→${labels(field)}`)
    .join('  ');
}
