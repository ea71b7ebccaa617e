import type { CalendarDate } from '../dates';
import type { Finding } from '../findings';
import type { Grid } from '../grid';
import { sheetSummary, validateLedger, type LedgerOptions, type SheetOutcome, type SheetSummary } from '../ledger';
import type { AnyRegister, RegisterKind } from '../register/types';
import type { Settings } from '../settings/schema';
import { workbookMessages } from './messages';
import { resolveOffice, type ResolvedOffice } from './resolveOffice';

/** How to check a workbook's ledger sheets. */
export interface CheckWorkbookOptions {
  /** Settings given explicitly; they win over `settingsGrid`. */
  settings?: Settings;
  /** The workbook's 设置 sheet. */
  settingsGrid?: Grid;
  /** A preset named explicitly; otherwise the settings' preset. */
  presetName?: string;
  /** The day of the check (required: the faces pass it). */
  today: CalendarDate;
  /** The office already resolved (forms read several files with one office): settings, settingsGrid and presetName are then unused. */
  office?: ResolvedOffice;
  kind?: RegisterKind | 'auto';
  /** The reader's findings (error cells, encoding notes …): each sheet's come first in its summary. */
  readerFindings?: readonly Finding[];
  /** What the 设置 sheet's entry says it was used for (the CLI adds that --settings wins). */
  settingsNote?: string;
  /** Called before each ledger sheet is checked (the page's progress). */
  onSheet?: (sheet: string, index: number, total: number) => void;
}

/** A checked workbook, in the order `ogi check` lists it. */
export interface WorkbookCheck {
  office: ResolvedOffice;
  /** The 设置 sheet first when the settings came from it, then every ledger sheet (reader's findings first). */
  sheets: SheetSummary[];
  /** The validator's outcome of each ledger sheet, in workbook order. */
  outcomes: SheetOutcome[];
  registers: AnyRegister[];
  /** All findings in that same order: the 设置 sheet's, then each sheet's (reader's, then validation's). */
  findings: Finding[];
}

/**
 * Settings → preset → calendar → validate each ledger grid → its reader findings: the one pipeline of
 * `ogi check`, `ogi report`, the forms commands, the page and the add-in. Pure; never throws on bad input.
 */
export function checkWorkbook(grids: readonly Grid[], options: CheckWorkbookOptions): WorkbookCheck {
  const office =
    options.office ??
    resolveOffice({ settings: options.settings, settingsGrid: options.settingsGrid, presetName: options.presetName, today: options.today });
  const sheets: SheetSummary[] = [];
  const findings: Finding[] = [];
  if (office.settingsGrid) {
    sheets.push({
      sheet: office.settingsGrid.sheet,
      kind: null,
      headerRow: null,
      dataRows: 0,
      mapping: {},
      unmapped: [],
      skipped: options.settingsNote ?? workbookMessages.settingsSheetUsed,
      findings: office.findings,
    });
    findings.push(...office.findings);
  }
  // One options object for every sheet: validateLedger resolves it once (the unknown-preset finding goes on each sheet).
  const ledgerOptions: LedgerOptions = {
    kind: options.kind ?? 'auto',
    presetName: office.presetName,
    settings: office.settings,
    today: options.today,
    calendar: office.calendar,
  };
  const readerFindings = options.readerFindings ?? [];
  const outcomes: SheetOutcome[] = [];
  const registers: AnyRegister[] = [];
  grids.forEach((grid, i) => {
    options.onSheet?.(grid.sheet, i, grids.length);
    const outcome = validateLedger(grid, ledgerOptions);
    const sheet = sheetSummary(
      outcome,
      readerFindings.filter((f) => f.sheet === outcome.sheet),
    );
    outcomes.push(outcome);
    if (outcome.register) registers.push(outcome.register);
    findings.push(...sheet.findings);
    sheets.push(sheet);
  });
  return { office, sheets, outcomes, registers, findings };
}
