import * as path from 'node:path';
import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../exitCodes';
import { readLedgerFile } from '../readers';
import { checkMessages as M, CHECK_USAGE } from './checkMessages';
import { todayInChina, CalendarDate } from '../../core/dates';
import { summarise } from '../../core/findings';
import { Settings } from '../../core/settings/schema';
import { presetFlag as checkPresetFlag, readSettingsFile } from '../flagFiles';
import { SheetSummary } from '../../core/ledger';
import { checkWorkbook, type WorkbookCheck } from '../../core/workbook';
import { workbench, type Workbench } from '../../core/workbench';
import { printCheckReport } from './checkPrint';
import { registerWorkbookWithFindings } from '../../reports/render/registerWorkbook';
import { distinctOutputs, InputFile, outDirFlag, planOutputs, resolveInputs, sideInputs, writeFileAtomic } from '../output';

/** One sheet in the `--json` layout of contracts §2. */
export type CheckSheetJson = SheetSummary;

/** One file in the `--json` layout; `error` when the file could not be used. */
export interface CheckFileJson {
  file: string;
  error?: string;
  register?: string;
  sheets: CheckSheetJson[];
}

/** The whole `--json` document of contracts §2. */
export interface CheckJson {
  files: CheckFileJson[];
  summary: { errors: number; warnings: number; infos: number };
}

const KINDS = ['catalogue', 'applications', 'appeals', 'auto'] as const;
type KindFlag = (typeof KINDS)[number];

interface CheckOptions {
  sheet?: string;
  kind: KindFlag;
  /** --preset; otherwise the preset named in the settings. */
  presetFlag?: string;
  /** --settings; otherwise each workbook's own 设置 sheet, otherwise the defaults. */
  settingsFlag?: Settings;
  today: CalendarDate;
  /** Whether --today set the date (the report says which day it used either way). */
  todayGiven: boolean;
  outDir?: string;
}

function parseOptions(argv: string[], io: CliIO): { files: string[]; json: boolean; options: CheckOptions; settingsFile?: string } {
  const { values, positionals } = parseFlags(
    argv,
    {
      sheet: { type: 'string' },
      kind: { type: 'string' },
      preset: { type: 'string' },
      settings: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length === 0) throw new UsageError(M.noFiles, true);
  const kind = (values.kind ?? 'auto') as KindFlag;
  if (!KINDS.includes(kind)) throw new UsageError(M.badKind(String(values.kind)), true);
  const settingsFlag = values.settings ? readSettingsFile(values.settings, io.cwd) : undefined;
  const presetFlag = values.preset ?? settingsFlag?.preset;
  if (presetFlag !== undefined) checkPresetFlag(presetFlag);
  return {
    files: positionals,
    json: values.json === true,
    settingsFile: values.settings,
    options: {
      sheet: values.sheet,
      kind,
      presetFlag,
      settingsFlag,
      today: dateFlag(values.today, 'today') ?? todayInChina(),
      todayGiven: values.today !== undefined,
      outDir: values.out === undefined ? undefined : outDirFlag(values.out, io.cwd),
    },
  };
}

/** Reads and checks one file (checkWorkbook); the grids stay local so they can be freed before the register is written. */
async function validateFile(fullPath: string, file: string, options: CheckOptions, io: CliIO): Promise<{ error: string } | WorkbookCheck> {
  const progress = io.isTTY ? (rows: number) => io.err(`\r${M.progress(path.basename(file), rows)}`) : undefined;
  const read = await readLedgerFile(fullPath, { onProgress: progress });
  if (progress) io.err('\r\x1b[K');
  if (!read.ok) return { error: read.message };
  let grids = read.grids;
  if (options.sheet !== undefined) {
    grids = grids.filter((g) => g.sheet === options.sheet);
    if (grids.length === 0)
      return {
        error: M.sheetNotFound(
          file,
          options.sheet,
          read.grids.map((g) => g.sheet),
        ),
      };
  }
  return checkWorkbook(grids, {
    settings: options.settingsFlag,
    settingsGrid: read.settingsSheet,
    presetName: options.presetFlag,
    today: options.today,
    kind: options.kind,
    readerFindings: read.findings,
    settingsNote: M.settingsSheet,
  });
}

/** Checks one file (its register goes to `target`, planned and guarded beforehand); returns its JSON entry and whether it was usable. */
async function checkFile(
  input: InputFile,
  target: string | undefined,
  options: CheckOptions,
  io: CliIO,
): Promise<{ entry: CheckFileJson; usable: boolean; desk?: Workbench }> {
  const { given: file, path: fullPath } = input;
  const entry: CheckFileJson = { file, sheets: [] };
  const validated = await validateFile(fullPath, file, options, io);
  if ('error' in validated) {
    entry.error = validated.error;
    return { entry, usable: false };
  }
  const { sheets, registers, findings: allFindings } = validated;
  entry.sheets.push(...sheets);
  if (registers.length === 0) {
    entry.error = M.noRegister(file);
    return { entry, usable: false };
  }
  if (target) {
    const { bytes, findings: written } = await registerWorkbookWithFindings({ registers, findings: allFindings });
    writeFileAtomic(target, bytes);
    entry.register = target;
    // What writing changed (columns past XFD, characters removed, cells cut) is reported with its sheet.
    for (const f of written) entry.sheets.find((s) => s.sheet === f.sheet)?.findings.push(f);
  }
  const { calendar, preset, settings } = validated.office;
  return { entry, usable: true, desk: workbench({ registers, today: options.today, calendar, preset, settings }) };
}

/** `ogi check` (contracts §2). */
export const checkCommand: Command = {
  name: 'check',
  summary: M.summary,
  usage: CHECK_USAGE,
  async run(argv, io) {
    const { files, json, options, settingsFile } = parseOptions(argv, io);
    // Outputs are planned and compared with every input (real paths) before anything is read or written.
    const inputs = resolveInputs(files, io.cwd, (message) => io.err(`ogi check: ${message}\n`));
    const targets = options.outDir
      ? planOutputs(
          distinctOutputs(inputs, options.outDir, (base) => `${base}.register.xlsx`),
          [...inputs, ...sideInputs([settingsFile], io.cwd)],
        )
      : [];
    const result: CheckJson = { files: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    let unusable = false;
    const desks: Workbench[] = [];
    for (const [i, input] of inputs.entries()) {
      const { entry, usable, desk } = await checkFile(input, targets[i], options, io);
      result.files.push(entry);
      if (desk) desks.push(desk);
      if (!usable) {
        unusable = true;
        io.err(`ogi check: ${entry.error}\n`);
      }
    }
    result.summary = summarise(result.files.flatMap((f) => f.sheets.flatMap((s) => s.findings)));
    // The summary (overdue, due soon, errors, warnings) comes before the first finding, so the files print once all are checked.
    if (json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else printCheckReport({ today: options.today, todayGiven: options.todayGiven, entries: result.files, desks }, io);
    if (unusable) return EXIT_USAGE;
    return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
