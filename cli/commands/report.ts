import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from './types';
import { CliIO } from '../io';
import { parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { readLedgerFile } from '../readers';
import { loadPdfFonts } from '../fonts';
import { reportMessages as M, REPORT_USAGE } from './reportMessages';
import { printFindings, severityCounts } from './checkPrint';
import { paint } from '../colour';
import { CalendarDate, calendarDate } from '../../core/dates';
import { Finding, summarise } from '../../core/findings';
import { AnyRegister, ApplicationRecord } from '../../core/register/types';
import { Settings } from '../../core/settings/schema';
import { WorkCalendar } from '../../core/calendar';
import { Preset } from '../../core/presets';
import { presetFlag, readJsonFile, readSettingsFile } from '../flagFiles';
import { checkWorkbook, resolveOffice } from '../../core/workbook';
import { annualReport } from '../../reports/statistics/annual';
import { AnnualInputs, inputsFromGrid, INPUTS_SHEET, parseAnnualInputs } from '../../reports/statistics/inputs';
import { consolidate, ConsolidateError } from '../../reports/statistics/consolidate';
import { checkAnnualReport, hasHardFailure, RULES } from '../../reports/statistics/checks';
import { parseReportJson } from '../../reports/statistics/parseReport';
import { importReportXlsx } from '../../reports/statistics/importXlsx';
import { MonthError, monthBounds, monthlyReport, MonthlyReportModel } from '../../reports/statistics/monthly';
import { AnnualReportModel, CheckResult } from '../../reports/statistics/model';
import { TABLE3_COLUMN_LABELS, TABLE3_ROW_LABELS, TABLE4_CELL_LABELS, TABLE4_GROUP_LABELS } from '../../reports/statistics/messages';
import { annualJson } from '../../reports/render/annual/json';
import { annualPdf } from '../../reports/render/annual/pdf';
import { annualXlsx } from '../../reports/render/annual/xlsx';
import { monthlyPdf, monthlyXlsx } from '../../reports/render/monthly';
import { cleanedFinding, planOutputs, InputFile, outDirFlag, resolveInputs, sideInputs, writeFileAtomic } from '../output';

interface Common {
  /** The ledger files as given, each once (a file given twice is read once, with a warning). */
  files: string[];
  /** Every file the command reads (ledgers and flag files), for the output guard. */
  inputs: InputFile[];
  json: boolean;
  office?: string;
  outDir?: string;
  /** --settings, which wins over each workbook's 设置 sheet. */
  flagSettings?: Settings;
  /** --preset, which wins over the settings' preset. */
  flagPreset?: string;
}

/** The registers of one ledger file, with the sheets it held apart (e.g. 年报补充). */
interface LoadedFile {
  file: string;
  /** The settings this file was read with (--settings, else its 设置 sheet, else defaults). */
  settings: Settings;
  preset: Preset;
  calendar: WorkCalendar;
  registers: AnyRegister[];
  findings: Finding[];
  inputsSheet?: ReturnType<typeof inputsFromGrid>;
}

function common(values: Record<string, string | boolean | undefined>, positionals: string[], io: CliIO): Common {
  if (positionals.length === 0) throw new UsageError(M.noFiles, true);
  const ledgers = resolveInputs(positionals, io.cwd, (message) => io.err(`ogi report: ${message}\n`));
  const flagFiles = sideInputs(
    [values.settings, values.inputs].map((v) => (typeof v === 'string' ? v : undefined)),
    io.cwd,
  );
  let flagSettings: Settings | undefined;
  if (typeof values.settings === 'string') flagSettings = readSettingsFile(values.settings, io.cwd);
  const flagPreset = typeof values.preset === 'string' ? values.preset : undefined;
  if (flagPreset !== undefined) presetFlag(flagPreset);
  return {
    files: ledgers.map((l) => l.given),
    inputs: [...ledgers, ...flagFiles],
    json: values.json === true,
    office: typeof values.office === 'string' ? values.office : undefined,
    outDir: typeof values.out === 'string' ? outDirFlag(values.out, io.cwd) : undefined,
    flagSettings,
    flagPreset,
  };
}

async function loadFile(file: string, c: Common, today: CalendarDate, io: CliIO): Promise<LoadedFile> {
  const read = await readLedgerFile(path.resolve(io.cwd, file));
  if (!read.ok) throw new UsageError(read.message);
  const office = resolveOffice({ settings: c.flagSettings, settingsGrid: read.settingsSheet, presetName: c.flagPreset, today });
  // A report needs the preset it names: an unknown one stops here (exit 2), where ogi check only reports it.
  if (office.presetProblem !== undefined) presetFlag(office.presetName);
  const { settings, preset, calendar } = office;
  const { outcomes, registers } = checkWorkbook(read.grids, { office, today });
  if (registers.length === 0) throw new UsageError(M.noRegister(file));
  io.err(`${M.fileLine(file, registers.map((r) => `${r.sheet}（${r.kind}，${r.records.length} 条）`).join('、'))}\n`);
  const sheet = read.extraSheets[INPUTS_SHEET];
  return {
    file,
    settings,
    preset,
    calendar,
    registers,
    // Everything the reader said first (also about sheets that are not ledgers), then the 设置 sheet's, then each sheet's.
    findings: [...read.findings, ...office.findings, ...outcomes.flatMap((o) => o.findings)],
    inputsSheet: sheet ? inputsFromGrid(sheet) : undefined,
  };
}

/** The office a file reports for: its settings' office name, else its file name without ledger words and years. */
const officeOf = (l: LoadedFile) => l.settings.office.name || officeFromFileName(l.file);

/** `某街道依申请公开登记台账2025.xlsx` → `某街道`; the whole base name when nothing is left. */
export function officeFromFileName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const stripped = base
    .replace(/(?:19|20)\d{2}\s*年?(?:度)?/g, '')
    .replace(/政府信息公开|政务公开|依申请公开|主动公开|登记|台账|目录|工作|统计|[（(][^）)]*[）)]/g, '')
    .replace(/[-_\s]+/g, '')
    .trim();
  return stripped || base;
}

const applicationsOf = (registers: readonly AnyRegister[]): ApplicationRecord[] =>
  registers.flatMap((r) => (r.kind === 'applications' ? r.records : []));

const NOTHING: Record<string, string> = Object.freeze({});
/** An application as the consolidated sentences need it: without unmapped columns, original texts and explanation steps. */
const slimApplication = (a: ApplicationRecord): ApplicationRecord => ({
  ...a,
  extra: NOTHING,
  original: NOTHING,
  computed: { due: a.computed.due, status: a.computed.status },
});

/** The findings as ogi check prints them: their counts first, then every error and warning; only hints are folded. */
function listFindings(findings: readonly Finding[], io: CliIO): void {
  if (findings.length === 0) return;
  const p = paint(io.colour === true);
  io.out(`${M.findingsHeader(severityCounts(summarise(findings), p))}\n`);
  printFindings(findings, (line) => io.out(line), p, { indent: '  ', withSheet: true, moreHints: M.moreHints });
}

/** 通过 / 未通过 / 不完整 of a report's checks: a report lacking a source is 不完整 whatever its identities say. */
function reportStatus(checks: readonly CheckResult[]): '通过' | '未通过' | '不完整' {
  if (checks.some((c) => c.rule === RULES.complete && !c.ok)) return '不完整';
  return hasHardFailure(checks) ? '未通过' : '通过';
}

function printChecks(checks: readonly CheckResult[], io: CliIO): void {
  const failed = checks.filter((c) => !c.ok && c.severity !== 'warning');
  const warned = checks.filter((c) => !c.ok && c.severity === 'warning');
  const incomplete = reportStatus(checks) === '不完整';
  // 不完整 first; then the identities of the tables that were given (never "全部相符" for the whole report).
  const identities = failed.filter((c) => c.rule !== RULES.complete).length;
  if (incomplete) io.out(`${M.incomplete}\n`);
  io.out(`${identities === 0 ? (incomplete ? M.checksOkGiven : M.checksOk) : M.checksFailed(identities)}\n`);
  for (const c of failed) io.out(`  ✗ ${c.message}\n`);
  if (warned.length > 0) io.out(`${M.warnings(warned.length)}\n`);
  for (const c of warned) io.out(`  ! ${c.message}\n`);
}

function printAnnual(model: AnnualReportModel, io: CliIO): void {
  io.out(`${M.title(model.office, model.year)}\n`);
  for (const [row, cells] of Object.entries(model.table3.rows)) {
    io.out(
      `${M.row(TABLE3_ROW_LABELS[row] ?? row, cells.map((v, i) => `${TABLE3_COLUMN_LABELS[model.table3.columns[i]]} ${v ?? ''}`).join('，'))}\n`,
    );
  }
  for (const [group, cells] of Object.entries(model.table4)) {
    io.out(
      `${M.row(
        `表四 ${TABLE4_GROUP_LABELS[group]}`,
        Object.entries(cells)
          .map(([k, v]) => `${TABLE4_CELL_LABELS[k]} ${v ?? ''}`)
          .join('，'),
      )}\n`,
    );
  }
  if (model.text) io.out(`${model.text.overview}\n${model.text.fees}\n`);
}

/** The three files a report writes, `<dir>/<stem>.json|.xlsx|.pdf`. */
const reportFiles = (dir: string, stem: string) => ['json', 'xlsx', 'pdf'].map((ext) => path.join(dir, `${stem}.${ext}`));

async function writeAnnual(model: AnnualReportModel, dir: string, io: CliIO, findings: Finding[]): Promise<void> {
  const base = path.join(dir, `annual-${model.year}`);
  writeFileAtomic(`${base}.json`, annualJson(model));
  io.err(`${M.wrote(`${base}.json`)}\n`);
  // Fixed metadata date from the input: the report's year end, so two runs give the same bytes.
  const date = calendarDate(model.year, 12, 31);
  writeFileAtomic(`${base}.xlsx`, await annualXlsx(model, { date, onCleaned: (r) => findings.push(cleanedFinding(`${base}.xlsx`, r)) }));
  io.err(`${M.wrote(`${base}.xlsx`)}\n`);
  const pdf = await annualPdf(model, loadPdfFonts(), date);
  writeFileAtomic(`${base}.pdf`, pdf.bytes);
  findings.push(...pdf.findings);
  io.err(`${M.wrote(`${base}.pdf`)}\n`);
}

async function annual(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      year: { type: 'string' },
      office: { type: 'string' },
      inputs: { type: 'string' },
      consolidate: { type: 'boolean' },
      preset: { type: 'string' },
      settings: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (values.year === undefined) throw new UsageError(M.noYear, true);
  // Four digits from 1000: CalendarDate starts at 1000-01-01 (0999 was a crash, exit 3).
  if (!/^\d{4}$/.test(values.year.trim()) || Number(values.year.trim()) < 1000) throw new UsageError(M.badYear(values.year));
  const year = Number(values.year.trim());
  const c = common(values, positionals, io);
  if (values.consolidate && values.inputs) throw new UsageError(M.inputsWithConsolidate);
  let flagInputs: AnnualInputs | undefined;
  if (values.inputs) {
    const parsed = parseAnnualInputs(readJsonFile(values.inputs, io.cwd, M.inputsUnreadable));
    if (!parsed.ok) throw new UsageError(M.inputsInvalid(values.inputs, parsed.message));
    flagInputs = parsed.inputs;
  }
  if (c.outDir) planOutputs(reportFiles(c.outDir, `annual-${year}`), c.inputs);
  const today = calendarDate(year, 12, 31);
  // Only findings the statistics raise are listed: the ledger check (`ogi check`) reports the rest.
  const findings: Finding[] = [];
  let model: AnnualReportModel;
  if (values.consolidate) {
    // One office at a time: read, count, keep its model and a slim copy of its applications (for the
    // report's sentences), drop its registers — 100 offices fit where all their registers would not.
    const models: AnnualReportModel[] = [];
    const applications: ApplicationRecord[] = [];
    let firstOffice: string | undefined;
    for (const file of c.files) {
      const l = await loadFile(file, c, today, io);
      firstOffice ??= officeOf(l);
      findings.push(...(l.inputsSheet?.findings ?? []));
      const r = annualReport(l.registers, { year, office: officeOf(l), inputs: l.inputsSheet?.inputs });
      findings.push(...r.findings);
      models.push(r.model);
      for (const a of applicationsOf(l.registers)) applications.push(slimApplication(a));
    }
    // Consolidated: each file is an office, named by its settings or its file name in the breakdown.
    const officeName = c.office ?? firstOffice ?? '';
    try {
      model = consolidate(models, { office: officeName, applications });
    } catch (e) {
      if (e instanceof ConsolidateError) throw new UsageError(e.message);
      throw e;
    }
  } else {
    const loaded: LoadedFile[] = [];
    for (const file of c.files) loaded.push(await loadFile(file, c, today, io));
    // One office: its name as given or set, never guessed (a missing name makes the report 不完整).
    const officeName = c.office ?? loaded[0].settings.office.name;
    const sheetInputs = loaded.map((l) => l.inputsSheet).find((s) => s !== undefined);
    findings.push(...(flagInputs ? [] : (sheetInputs?.findings ?? [])));
    const r = annualReport(
      loaded.flatMap((l) => l.registers),
      { year, office: officeName, inputs: flagInputs ?? sheetInputs?.inputs },
    );
    findings.push(...r.findings);
    model = r.model;
  }
  if (c.outDir) await writeAnnual(model, c.outDir, io, findings);
  if (c.json) io.out(`${JSON.stringify({ ...JSON.parse(annualJson(model)), findings }, null, 2)}\n`);
  else {
    printAnnual(model, io);
    if (model.excluded) io.out(`${M.excluded(model.excluded)}\n`);
    listFindings(findings, io);
    printChecks(model.checks, io);
  }
  const hardFinding = findings.some((f) => f.severity === 'error');
  return hasHardFailure(model.checks) || hardFinding ? EXIT_FINDINGS : EXIT_OK;
}

async function writeMonthly(model: MonthlyReportModel, dir: string, io: CliIO, findings: Finding[]): Promise<void> {
  const base = path.join(dir, `monthly-${model.month}`);
  writeFileAtomic(`${base}.json`, `${JSON.stringify(model, null, 2)}\n`);
  io.err(`${M.wrote(`${base}.json`)}\n`);
  // Metadata dated the month end: the same input gives the same bytes.
  const date = model.period.to;
  writeFileAtomic(`${base}.xlsx`, await monthlyXlsx(model, { date, onCleaned: (r) => findings.push(cleanedFinding(`${base}.xlsx`, r)) }));
  io.err(`${M.wrote(`${base}.xlsx`)}\n`);
  const pdf = await monthlyPdf(model, loadPdfFonts(), date);
  writeFileAtomic(`${base}.pdf`, pdf.bytes);
  findings.push(...pdf.findings);
  io.err(`${M.wrote(`${base}.pdf`)}\n`);
}

async function monthly(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      month: { type: 'string' },
      office: { type: 'string' },
      preset: { type: 'string' },
      settings: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (values.month === undefined) throw new UsageError(M.noMonth, true);
  let bounds;
  try {
    bounds = monthBounds(values.month);
  } catch (e) {
    if (e instanceof MonthError) throw new UsageError(e.message);
    throw e;
  }
  const c = common(values, positionals, io);
  if (c.outDir) planOutputs(reportFiles(c.outDir, `monthly-${values.month.trim()}`), c.inputs);
  const loaded: LoadedFile[] = [];
  for (const file of c.files) loaded.push(await loadFile(file, c, bounds.to, io));
  const model = monthlyReport(
    loaded.flatMap((l) => l.registers),
    {
      month: values.month,
      office: c.office ?? officeOf(loaded[0]),
      calendar: loaded[0].calendar,
      preset: loaded[0].preset,
    },
  );
  const findings: Finding[] = [];
  if (c.outDir) await writeMonthly(model, c.outDir, io, findings);
  if (c.json) io.out(`${JSON.stringify(model, null, 2)}\n`);
  else {
    io.out(`${M.monthlyTitle(model.office, model.month)}\n`);
    for (const r of [...model.departments, model.total, model.yearToDate]) {
      const a = r.applications;
      const k = r.catalogue;
      io.out(
        `  ${r.department}：主动公开 生成 ${k.formed}、公开 ${k.published}、按期率 ${k.onTimeRate === null ? '—' : `${Math.round(k.onTimeRate * 1000) / 10}%`}；` +
          `依申请 收到 ${a.received}、答复 ${a.answered}、未办结 ${a.open}、已逾期 ${a.overdue}\n`,
      );
    }
    for (const n of model.notes) io.out(`${n}\n`);
  }
  // On stderr: with --json, stdout holds the JSON document only.
  printFindings(findings, (line) => io.err(line), paint(false), { indent: '  ', withSheet: true, moreHints: M.moreHints });
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { 'last-year': { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError(M.oneFile, true);
  const load = async (file: string): Promise<AnnualReportModel> => {
    const full = path.resolve(io.cwd, file);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(full);
    } catch (e) {
      throw new UsageError(M.reportUnreadable(file, e instanceof Error ? e.message : String(e)));
    }
    if (/\.xlsx$/i.test(file) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      const parsed = await importReportXlsx(bytes);
      if (!parsed.ok) throw new UsageError(M.reportUnreadable(file, parsed.message));
      return parsed.model;
    }
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new UsageError(M.reportNotJson(file, e instanceof Error ? e.message : String(e)));
    }
    const parsed = parseReportJson(value);
    if (!parsed.ok) throw new UsageError(M.reportUnreadable(file, parsed.message));
    return parsed.model;
  };
  const model = await load(positionals[0]);
  const last = values['last-year'] ? await load(values['last-year']) : undefined;
  const lastYearCarryOut = last?.table3.rows.carry_out.map((v) => v ?? 0);
  const lastYearInForce = last ? { rules: last.table2.rules.inForce, normativeDocs: last.table2.normativeDocs.inForce } : undefined;
  const checks = checkAnnualReport(model, { lastYearCarryOut, lastYearInForce });
  const failed = hasHardFailure(checks);
  if (values.json)
    io.out(
      `${JSON.stringify({ file: positionals[0], year: model.year, office: model.office, ok: !failed, status: reportStatus(checks), checks }, null, 2)}\n`,
    );
  else printChecks(checks, io);
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

/** `ogi report annual|monthly|check` (contracts §2). */
export const reportCommand: Command = {
  name: 'report',
  summary: M.summary,
  usage: REPORT_USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined) throw new UsageError(M.noSub, true);
    if (sub === 'annual') return annual(rest, io);
    if (sub === 'monthly') return monthly(rest, io);
    if (sub === 'check') return check(rest, io);
    throw new UsageError(M.badSub(sub), true);
  },
};
