import * as path from 'node:path';
import { CalendarDate } from '../../core/dates';
import { Finding } from '../../core/findings';
import { WorkCalendar } from '../../core/calendar';
import { Preset } from '../../core/presets';
import { presetFlag, readSettingsFile } from '../flagFiles';
import { AnyRegister } from '../../core/register/types';
import { Settings } from '../../core/settings/schema';
import { checkWorkbook, resolveOffice } from '../../core/workbook';
import { CliIO } from '../io';
import { UsageError } from '../exitCodes';
import { readLedgerFile } from '../readers';
import { formsMessages as M } from './formsMessages';
import { InputFile, resolveInputs, sideInputs, writeFileAtomic } from '../output';

/** What the form commands share: settings (flag file over the workbook's 设置 sheet), preset, calendar, registers. */
export interface FormsInput {
  settings: Settings;
  preset: Preset;
  calendar: WorkCalendar;
  registers: AnyRegister[];
  findings: Finding[];
  /** Every file read (ledgers, each once, and --settings), for the output guard. */
  inputs: InputFile[];
}

/** Reads the ledger files and validates them; the source files are never written. */
export async function loadForms(
  files: string[],
  flags: { settings?: string; preset?: string },
  today: CalendarDate,
  io: CliIO,
): Promise<FormsInput> {
  if (files.length === 0) throw new UsageError(M.noFiles, true);
  const ledgers = resolveInputs(files, io.cwd, (message) => io.err(`${message}\n`));
  const reads = [];
  for (const { given: file, path: full } of ledgers) {
    const read = await readLedgerFile(full);
    if (!read.ok) throw new UsageError(read.message);
    reads.push({ file, read });
  }
  const sheet = reads.find((r) => r.read.settingsSheet)?.read.settingsSheet;
  const given = flags.settings ? readSettingsFile(flags.settings, io.cwd) : undefined;
  // One office for every file: the first 设置 sheet found (or --settings) rules them all.
  const office = resolveOffice({ settings: given, settingsGrid: sheet, presetName: flags.preset, today });
  if (office.presetProblem !== undefined) presetFlag(office.presetName); // unknown preset: exit 2 with its message
  const { settings, preset, calendar, findings } = office;
  const registers: AnyRegister[] = [];
  for (const { file, read } of reads) {
    const found = checkWorkbook(read.grids, { office, today }).registers;
    registers.push(...found);
    io.err(`${M.fileLine(file, found.map((r) => `${r.sheet}（${r.kind}，${r.records.length} 条）`).join('、') || '无台账')}\n`);
  }
  return { settings, preset, calendar, registers, findings, inputs: [...ledgers, ...sideInputs([flags.settings], io.cwd)] };
}

/** Writes a planned file whole or not at all (temporary name, then rename) and says so on stderr. */
export function writeOut(file: string, bytes: Uint8Array, io: CliIO, written: string[]): void {
  writeFileAtomic(file, bytes);
  written.push(file);
  io.err(`${M.wrote(path.relative(io.cwd, file) || file)}\n`);
}

/** A file-name-safe form of a label (keeps CJK; drops path and shell-special characters). */
export function fileSafe(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
}
