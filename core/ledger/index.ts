import { WorkCalendar } from '../calendar';
import { CalendarDate } from '../dates';
import { Finding } from '../findings';
import { Grid } from '../grid';
import { Preset, presetOrNational } from '../presets';
import { isHeldApart } from '../workbook/sheetRoles';
import { RegisterKind } from '../register/types';
import { Settings } from '../settings/schema';
import { messages } from './messages';
import { ResolvedOptions, SheetOutcome, validateSheet } from './validateSheet';

export type { SheetOutcome } from './validateSheet';
export { HEADER_TABLES, fieldLabel } from './headerSynonyms';
export { normaliseHeader } from './header/normaliseHeader';
export { detectHeader } from './header/detectHeader';
export { sheetSummary, type SheetSummary } from './sheetSummary';
export { duplicateIdFindings } from './validate/common';
export { GROUNDS, groundsFor, groundsText, lawfulGround } from './normalise/grounds';
export type { Ground, GroundContext, LawfulGround, UnlawfulGround } from './normalise/grounds';

/** How to read a ledger (contracts: ledger pipeline). */
export interface LedgerOptions {
  kind?: RegisterKind | 'auto';
  presetName?: string;
  settings?: Settings;
  /** The day the check is made (the faces pass it: core never reads the clock). */
  today: CalendarDate;
  /** The office's calendar (resolveOffice); otherwise the standard one with the settings' overrides. */
  calendar?: WorkCalendar;
}

/**
 * Reads one sheet as a register: finds the header, maps columns, normalises values and checks every
 * row. Never throws on bad input: problems are findings, a sheet that is not a register is `skipped`.
 */
export function validateLedger(grid: Grid, options: LedgerOptions): SheetOutcome {
  const { resolved, findings } = resolve(grid.sheet, options);
  if (isHeldApart(grid.sheet) && (options.kind ?? 'auto') === 'auto') {
    return { sheet: grid.sheet, skipped: messages.settingsSheet(grid.sheet), findings };
  }
  const outcome = validateSheet(grid, resolved);
  if (findings.length > 0) {
    outcome.findings.unshift(...findings);
  }
  return outcome;
}

/** validateLedger for every sheet of a workbook, with the options resolved once. */
export function validateWorkbook(grids: Grid[], options: LedgerOptions): SheetOutcome[] {
  return grids.map((g) => validateLedger(g, options));
}

const resolvedCache = new WeakMap<LedgerOptions, { preset: Preset; calendar: WorkCalendar; problem?: string }>();

function resolve(sheet: string, options: LedgerOptions): { resolved: ResolvedOptions; findings: Finding[] } {
  let cached = resolvedCache.get(options);
  if (!cached) {
    const { preset, problem } = presetOrNational(options.presetName ?? options.settings?.preset ?? 'national');
    const calendar = options.calendar ?? WorkCalendar.standard(options.settings?.calendar ?? {});
    cached = { preset, calendar, problem };
    resolvedCache.set(options, cached);
  }
  const findings: Finding[] = cached.problem
    ? [{ sheet, row: null, column: null, field: null, severity: 'error', code: 'settings.preset.unknown', message: cached.problem }]
    : [];
  return {
    resolved: {
      kind: options.kind ?? 'auto',
      settings: options.settings,
      today: options.today,
      calendar: cached.calendar,
      preset: cached.preset,
    },
    findings,
  };
}
