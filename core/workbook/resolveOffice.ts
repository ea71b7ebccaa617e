import { WorkCalendar } from '../calendar';
import type { CalendarDate } from '../dates';
import type { Finding } from '../findings';
import type { Grid } from '../grid';
import { presetOrNational, type Preset } from '../presets';
import type { Settings } from '../settings/schema';
import { effectiveSettings } from '../settings/fromGrid';

/** Where an office's rules come from, as a face knows them. */
export interface OfficeSource {
  /** Settings given explicitly (a `--settings` file, the pane's own): they win over the 设置 sheet. */
  settings?: Settings;
  /** The workbook's 设置 sheet, read when no settings are given. */
  settingsGrid?: Grid;
  /** A preset named explicitly (`--preset`); otherwise the settings' preset. */
  presetName?: string;
  /** The day of the check: the faces pass it (core never reads the clock). */
  today: CalendarDate;
}

/** An office's settings, preset and calendar, resolved once for a whole workbook. */
export interface ResolvedOffice {
  settings: Settings;
  /** The findings of the 设置 sheet (none when settings were given or there is no sheet). */
  findings: Finding[];
  /** The 设置 sheet the settings came from, when they did. */
  settingsGrid?: Grid;
  /** The preset name asked for (flag, else settings). */
  presetName: string;
  /** That preset, or the national one when the name is unknown (`presetProblem` says why). */
  preset: Preset;
  presetProblem?: string;
  calendar: WorkCalendar;
  today: CalendarDate;
}

/** Settings (given, else the 设置 sheet, else the defaults) → preset → calendar: the one order every face uses. */
export function resolveOffice(source: OfficeSource): ResolvedOffice {
  const { settings, findings } = effectiveSettings(source.settings, source.settingsGrid);
  const presetName = source.presetName ?? settings.preset;
  const { preset, problem } = presetOrNational(presetName);
  const fromSheet = !source.settings && source.settingsGrid ? { settingsGrid: source.settingsGrid } : {};
  return {
    settings,
    findings,
    ...fromSheet,
    presetName,
    preset,
    ...(problem !== undefined ? { presetProblem: problem } : {}),
    calendar: officeCalendar(settings),
    today: source.today,
  };
}

/** The standard calendar with the office's own days off and workdays (cached per overrides by WorkCalendar). */
export function officeCalendar(settings: Pick<Settings, 'calendar'> | undefined): WorkCalendar {
  return WorkCalendar.standard(settings?.calendar ?? {});
}
